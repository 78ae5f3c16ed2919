package io.github.newsmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.HighlightGenerators;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Overlapping highlights become properly nested markup that covers each span exactly. */
class HighlightLayoutTest {

  private static Highlight h(String ref, int start, int end) {
    return new Highlight(start, end, HighlightKind.OFFICIAL, ref, ref, "/name", "rule", OptionalDouble.of(1),
        Optional.empty());
  }

  /** Writes the steps as text with [ref ... ] brackets, to compare layouts at a glance. */
  private static String draw(String text, List<HighlightLayout.Step> steps) {
    StringBuilder out = new StringBuilder();
    for (HighlightLayout.Step step : steps) {
      if (step instanceof HighlightLayout.Open open) {
        out.append('[').append(open.highlight().ref()).append(' ');
      } else if (step instanceof HighlightLayout.Close) {
        out.append(']');
      } else {
        HighlightLayout.Text piece = (HighlightLayout.Text) step;
        out.append(text, piece.start(), piece.end());
      }
    }
    return out.toString();
  }

  @Test
  void containedHighlightsNest() {
    String text = "Sheikh Khalifa met Noem";
    assertThat(draw(text, HighlightLayout.layout(text.length(), List.of(h("m", 0, 23), h("o", 0, 14), h("t", 7, 14)))))
        .isEqualTo("[m [o Sheikh [t Khalifa]] met Noem]");
  }

  @Test
  void crossingHighlightsAreSplitAtTheEndOfTheOuterOne() {
    String text = "abcdefghij";
    assertThat(draw(text, HighlightLayout.layout(text.length(), List.of(h("a", 0, 6), h("b", 3, 9)))))
        .isEqualTo("[a abc[b def]][b ghi]j");
    assertThat(draw(text, HighlightLayout.layout(text.length(), List.of(h("a", 0, 4), h("b", 2, 8), h("c", 3, 6)))))
        .isEqualTo("[a ab[b c[c d]]][b [c ef]gh]ij");
  }

  @Test
  void equalSpansNestInInputOrderAndEmptyOrOutsideSpansAreDroppedOrCut() {
    String text = "abcdef";
    assertThat(draw(text, HighlightLayout.layout(text.length(), List.of(h("x", 1, 3), h("y", 1, 3), h("e", 2, 2),
        h("z", 4, 99))))).isEqualTo("a[x [y bc]]d[z ef]");
    assertThat(draw("", HighlightLayout.layout(0, List.of(h("a", 0, 5))))).isEmpty();
  }

  @Test
  void everyLayoutIsWellNestedCoversTheTextInOrderAndEachSpanExactly() {
    qt().forAll(HighlightGenerators.highlightSets()).checkAssert(highlights -> {
      int length = HighlightGenerators.TEXT_LENGTH;
      List<HighlightLayout.Step> steps = HighlightLayout.layout(length, highlights);
      Deque<Highlight> open = new ArrayDeque<>();
      Map<Highlight, TreeSet<Integer>> covered = new IdentityHashMap<>();
      List<int[]> texts = new ArrayList<>();
      for (HighlightLayout.Step step : steps) {
        if (step instanceof HighlightLayout.Open o) {
          assertThat(open).doesNotContain(o.highlight());
          open.push(o.highlight());
        } else if (step instanceof HighlightLayout.Close c) {
          assertThat(open).isNotEmpty();
          assertThat(open.pop()).isSameAs(c.highlight());
        } else {
          HighlightLayout.Text t = (HighlightLayout.Text) step;
          assertThat(t.start()).isLessThan(t.end());
          texts.add(new int[] {t.start(), t.end()});
          for (Highlight h : open) {
            for (int i = t.start(); i < t.end(); i++) {
              covered.computeIfAbsent(h, k -> new TreeSet<>()).add(i);
            }
          }
        }
      }
      assertThat(open).isEmpty();
      int at = 0;
      for (int[] t : texts) {
        assertThat(t[0]).isEqualTo(at);
        at = t[1];
      }
      assertThat(at).isEqualTo(length);
      for (Highlight h : highlights) {
        int end = Math.min(h.end(), length);
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = h.start(); i < end; i++) {
          expected.add(i);
        }
        assertThat(covered.getOrDefault(h, new TreeSet<>())).as("cover of %s", h).isEqualTo(expected);
      }
    });
  }
}
