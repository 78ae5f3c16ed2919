package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.TextGenerators;
import org.junit.jupiter.api.Test;

/** Cleaning a quoted value: whitespace collapsed and trimmed, no comma inside a closing quote. */
class TextsTest {

  @Test
  void cleansAsCollapsingWhitespaceAndDroppingQuotedCommas() {
    qt().forAll(TextGenerators.trickyTexts()).checkAssert(raw -> assertThat(Texts.clean(raw)).isEqualTo(slowClean(raw)));
  }

  @Test
  void examples() {
    assertThat(Texts.clean("  Minister of\u00A0 Interior\n")).isEqualTo("Minister of Interior");
    assertThat(Texts.clean("\u201CLekhwiya,\u201D")).isEqualTo("\u201CLekhwiya\u201D");
    String clean = "Crown Prince";
    assertThat(Texts.clean(clean)).isSameAs(clean);
  }

  /** Character by character, as the method documents it. */
  private static String slowClean(String raw) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      boolean closingQuote = i + 1 < raw.length() && "\"\u201D\u2019'".indexOf(raw.charAt(i + 1)) >= 0;
      if (c == ',' && closingQuote) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
