package io.github.newsmodel.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of article inputs for property tests: the seed articles, variants of them that must
 * not change what is extracted, and hostile strings. Built by combining small generators.
 */
public final class ArticleGenerators {
  private ArticleGenerators() {}

  /** The seed article texts. */
  public static Gen<String> seeds() {
    return Generate.pick(Fixtures.seeds()).map(Fixtures::text);
  }

  /** Arbitrary UTF-16 strings: lone surrogates, control characters, very long tokens. */
  public static Gen<String> hostileStrings() {
    Gen<String> anything = strings().allPossible().ofLengthBetween(0, 400);
    Gen<String> controls = strings().betweenCodePoints(0, 0x20).ofLengthBetween(0, 200);
    Gen<String> longToken = integers().between(1, 20_000).map(n -> "A".repeat(n));
    Gen<String> markupish = Generate.pick(List.of("<", ">", "&", "&amp;", "<p>", "</p>", "<div>", "\"", "'",
            "HE ", "Sheikh ", "Minister of ", "met with ", ", ", ". ", "\n", "\r\n", "\u00A0", "\uD800",
            "December 18, 2023", "today", "Al-", "bin "))
        .zip(integers().between(1, 60), (piece, count) -> piece.repeat(count));
    return Generate.oneOf(anything, controls, longToken, markupish);
  }

  /** Seeds with random cuts, insertions and deletions. */
  public static Gen<String> mutatedSeeds() {
    return seeds().zip(integers().between(0, 1_000_000), integers().between(0, 300), hostileStrings(),
        (seed, at, length, insert) -> {
          int cut = seed.isEmpty() ? 0 : at % seed.length();
          int end = Math.min(seed.length(), cut + length);
          return seed.substring(0, cut) + insert + seed.substring(end);
        });
  }
}
