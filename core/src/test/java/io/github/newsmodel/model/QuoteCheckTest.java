package io.github.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link QuoteCheck} agrees with {@link String#regionMatches(int, String, int, int)}. */
class QuoteCheckTest {
  /** Letters, spaces and a few characters beyond Latin-1, so that both string layouts occur. */
  private static final String ALPHABET = "abcab  .\u00e9\u2019\u2014";

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  @Test
  void agreesWithRegionMatchesOnQuotesOfAnyLengthAndAnyDifference() {
    qt().withExamples(2000).forAll(longs().all(), integers().between(0, 300), integers().between(-1, 299))
        .checkAssert((seed, length, changeAt) -> {
          Random random = new Random(seed);
          String text = randomText(random, 320);
          int start = random.nextInt(text.length() - length + 1);
          // A copy, so that a quote of plain letters is stored in one byte per character.
          StringBuilder quote = new StringBuilder(text.substring(start, start + length));
          if (changeAt >= 0 && changeAt < length) {
            quote.setCharAt(changeAt, quote.charAt(changeAt) == 'z' ? 'y' : 'z');
          }
          String q = quote.toString();
          assertThat(new QuoteCheck().matches(text, start, q))
              .isEqualTo(text.regionMatches(start, q, 0, q.length()));
        });
  }

  @Test
  void oneInstanceChecksManyQuotes() {
    String text = "The minister\u2019s visit \u2014 talks on trade and security \u2014 ended on Friday.";
    QuoteCheck check = new QuoteCheck();
    assertThat(check.matches(text, 4, "minister\u2019s")).isTrue();
    assertThat(check.matches(text, 4, "minister's")).isFalse();
    assertThat(check.matches(text, 0, "")).isTrue();
    assertThat(check.matches(text, 0, text)).isTrue();
    assertThat(check.matches(text, 2, "e minister\u2019s visit")).isTrue();
  }
}
