package io.github.newsmodel.html;

import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The reader's text of a page as it is built: lines separated by newlines, each placed with its
 * block kind and source element, and for every character its source range in the decoded HTML
 * ({@link Line#SYNTHETIC} for the newlines and spaces the assembler adds, {@link Line#INEXACT}
 * where the position is not known exactly). Mutable while building; read by {@link HtmlTextLocator}.
 */
final class ReaderText {
  /** A line of the text: its span, its kind and the element it came from (null when made up). */
  record Placed(Span span, BlockKind kind, Element element) {}

  private final StringBuilder text = new StringBuilder();
  private final IntList starts = new IntList(1024);
  private final IntList ends = new IntList(1024);
  private final List<Placed> placed = new ArrayList<>();

  /**
   * Appends lines as one line of the text, joined by spaces.
   *
   * @param lines the assembled lines
   * @param element the element they came from
   * @param kind the block kind
   * @return the span of the new line
   */
  Placed append(List<Line> lines, Element element, BlockKind kind) {
    return append(lines, element, kind, null);
  }

  /**
   * Appends lines as one line of the text, joined by spaces, keeping only the part equal to
   * {@code keep} when the joined lines contain it.
   *
   * @param lines the assembled lines
   * @param element the element they came from
   * @param kind the block kind
   * @param keep the part to keep, or null for all
   * @return the span of the new line
   */
  Placed append(List<Line> lines, Element element, BlockKind kind, String keep) {
    if (keep == null && lines.size() == 1) {
      separate();
      int start = text.length();
      lines.get(0).copyTo(text, starts, ends);
      return place(start, element, kind);
    }
    StringBuilder joined = new StringBuilder();
    IntList joinedStarts = new IntList(128);
    IntList joinedEnds = new IntList(128);
    for (int l = 0; l < lines.size(); l++) {
      if (l > 0) {
        joined.append(' ');
        joinedStarts.add(Line.SYNTHETIC);
        joinedEnds.add(Line.SYNTHETIC);
      }
      lines.get(l).copyTo(joined, joinedStarts, joinedEnds);
    }
    int from = 0;
    int to = joined.length();
    if (keep != null && !keep.isEmpty()) {
      int at = joined.indexOf(keep);
      if (at >= 0) {
        from = at;
        to = at + keep.length();
      }
    }
    separate();
    int start = text.length();
    text.append(joined, from, to);
    starts.addAll(joinedStarts, from, to);
    ends.addAll(joinedEnds, from, to);
    return place(start, element, kind);
  }

  /**
   * Appends a line made from a value that is not visible text of the element (a headline read
   * from metadata): its characters map to the element as a whole.
   *
   * @param value the line
   * @param element the element the value was read from, or null
   * @param kind the block kind
   * @return the span of the new line
   */
  Placed appendValue(String value, Element element, BlockKind kind) {
    separate();
    int start = text.length();
    for (int i = 0; i < value.length(); i++) {
      put(value.charAt(i), Line.INEXACT, Line.INEXACT);
    }
    return place(start, element, kind);
  }

  private void separate() {
    if (text.length() > 0) {
      put('\n', Line.SYNTHETIC, Line.SYNTHETIC);
    }
  }

  private Placed place(int start, Element element, BlockKind kind) {
    Placed p = new Placed(Span.of(start, text.length()), kind, element);
    placed.add(p);
    return p;
  }

  private void put(char c, int start, int end) {
    text.append(c);
    starts.add(start);
    ends.add(end);
  }

  /**
   * Returns the text built so far.
   *
   * @return the text
   */
  String text() {
    return text.toString();
  }

  /**
   * Returns the placed lines, in text order.
   *
   * @return the lines
   */
  List<Placed> placed() {
    return placed;
  }

  /**
   * Returns the per-character source starts.
   *
   * @return a copy, one entry per text character
   */
  int[] sourceStarts() {
    return starts.toArray();
  }

  /**
   * Returns the per-character source ends.
   *
   * @return a copy, one entry per text character
   */
  int[] sourceEnds() {
    return ends.toArray();
  }
}
