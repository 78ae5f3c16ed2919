package io.github.newsmodel.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns possibly overlapping highlights into properly nested markup: a sequence of open, text and
 * close steps in which every close matches the innermost open element. A highlight that contains
 * another becomes its parent; a highlight that crosses the end of another is split into pieces, one
 * inside and one after it. Each highlight's pieces together cover exactly its span. Empty spans
 * are left out; spans beyond the text are cut at its end. Stateless.
 */
public final class HighlightLayout {
  /** One step of the layout. */
  public sealed interface Step permits Open, Text, Close {}

  /**
   * Opens an element for a highlight (or for the next piece of a split highlight).
   *
   * @param highlight the highlight
   */
  public record Open(Highlight highlight) implements Step {}

  /**
   * A stretch of text.
   *
   * @param start the first index, inclusive
   * @param end the last index, exclusive
   */
  public record Text(int start, int end) implements Step {}

  /**
   * Closes the innermost open element.
   *
   * @param highlight the highlight whose element closes
   */
  public record Close(Highlight highlight) implements Step {}

  private HighlightLayout() {}

  /**
   * Lays out highlights over a text of the given length.
   *
   * @param textLength the length of the text
   * @param highlights the highlights, in any order; ties keep this order (earlier ones outside)
   * @return the steps; the text steps cover {@code [0, textLength)} in order
   */
  public static List<Step> layout(int textLength, List<Highlight> highlights) {
    List<Highlight> sorted = new ArrayList<>();
    TreeSet<Integer> boundaries = new TreeSet<>();
    boundaries.add(0);
    boundaries.add(textLength);
    for (Highlight highlight : highlights) {
      int end = Math.min(highlight.end(), textLength);
      if (highlight.start() < end) {
        sorted.add(highlight);
        boundaries.add(highlight.start());
        boundaries.add(end);
      }
    }
    sorted.sort(Comparator.comparingInt(Highlight::start).thenComparing(Comparator.comparingInt(Highlight::end).reversed()));
    List<Step> steps = new ArrayList<>();
    Deque<Highlight> open = new ArrayDeque<>();
    int next = 0;
    Integer at = boundaries.first();
    while (at != null) {
      closeEndingAt(at, textLength, open, steps);
      while (next < sorted.size() && sorted.get(next).start() == at) {
        open.push(sorted.get(next));
        steps.add(new Open(sorted.get(next)));
        next++;
      }
      Integer following = boundaries.higher(at);
      if (following != null) {
        steps.add(new Text(at, following));
      }
      at = following;
    }
    return steps;
  }

  /** Closes every open highlight that ends here, closing and reopening the ones inside it that go on. */
  private static void closeEndingAt(int at, int textLength, Deque<Highlight> open, List<Step> steps) {
    if (open.stream().noneMatch(h -> Math.min(h.end(), textLength) == at)) {
      return;
    }
    Deque<Highlight> goingOn = new ArrayDeque<>();
    while (open.stream().anyMatch(h -> Math.min(h.end(), textLength) == at)) {
      Highlight top = open.pop();
      steps.add(new Close(top));
      if (Math.min(top.end(), textLength) != at) {
        goingOn.push(top);
      }
    }
    while (!goingOn.isEmpty()) {
      Highlight reopened = goingOn.pop();
      open.push(reopened);
      steps.add(new Open(reopened));
    }
  }
}
