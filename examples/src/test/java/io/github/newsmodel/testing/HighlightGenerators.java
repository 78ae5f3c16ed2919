package io.github.newsmodel.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.report.Highlight;
import io.github.newsmodel.report.HighlightKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quicktheories.core.Gen;

/**
 * Generators of highlight sets over a short text: spans that nest, overlap, repeat, touch, are
 * empty, or run past the end of the text, so that the layout meets every shape.
 */
public final class HighlightGenerators {
  /** The length of the text the highlights are laid over. */
  public static final int TEXT_LENGTH = 40;

  private HighlightGenerators() {}

  /**
   * Returns lists of zero to twelve highlights; spans start in {@code [0, TEXT_LENGTH]} and may end
   * up to five units past the text.
   *
   * @return the generator
   */
  public static Gen<List<Highlight>> highlightSets() {
    Gen<int[]> span = integers().between(0, TEXT_LENGTH).zip(integers().between(0, 15), (s, l) -> new int[] {s, s + l});
    return lists().of(span).ofSizeBetween(0, 12).map((List<int[]> spans) -> {
      List<Highlight> highlights = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        int[] s = spans.get(i);
        HighlightKind kind = HighlightKind.values()[i % HighlightKind.values().length];
        highlights.add(new Highlight(s[0], Math.min(s[1], TEXT_LENGTH + 5), kind, "entity " + i, "r" + i, "/f",
            "rule", OptionalDouble.of(0.5), Optional.empty()));
      }
      return highlights;
    });
  }
}
