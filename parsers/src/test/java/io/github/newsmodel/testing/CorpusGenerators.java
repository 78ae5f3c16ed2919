package io.github.newsmodel.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators for corpus inputs: lines of text and worker settings. */
public final class CorpusGenerators {
  private CorpusGenerators() {}

  /**
   * Lines of printable ASCII and some non-ASCII letters, possibly empty, never containing a newline.
   *
   * @return lists of up to 40 lines of up to 300 characters
   */
  public static Gen<List<String>> lines() {
    Gen<String> line = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 300)
        .mix(strings().betweenCodePoints(0xC0, 0x17F).ofLengthBetween(0, 40), 20);
    return lists().of(line).ofSizeBetween(0, 40);
  }

  /**
   * Worker counts for parallel extraction.
   *
   * @return 1 to 6
   */
  public static Gen<Integer> threads() {
    return integers().between(1, 6);
  }

  /**
   * Window sizes for parallel extraction.
   *
   * @return 1 to 12
   */
  public static Gen<Integer> windows() {
    return integers().between(1, 12);
  }

  /**
   * Sequences of small task durations in milliseconds, so that parallel work finishes out of order.
   *
   * @return lists of up to 30 durations of 0 to 3 ms
   */
  public static Gen<List<Integer>> durations() {
    return lists().of(integers().between(0, 3)).ofSizeBetween(0, 30);
  }
}
