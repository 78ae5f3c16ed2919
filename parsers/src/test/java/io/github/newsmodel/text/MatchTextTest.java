package io.github.newsmodel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.TextGenerators;
import org.junit.jupiter.api.Test;

/** Folding is one-to-one and follows the table of the class documentation. */
class MatchTextTest {

  @Test
  void everyCharacterFoldsAsDocumented() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(MatchText.fold((char) c)).as("U+%04X", c).isEqualTo(documented((char) c));
    }
  }

  @Test
  void aTextFoldsCharacterByCharacter() {
    qt().forAll(TextGenerators.trickyTexts()).checkAssert(text -> {
      String folded = MatchText.fold(text);
      assertThat(folded).hasSameSizeAs(text);
      for (int i = 0; i < text.length(); i++) {
        assertThat(folded.charAt(i)).isEqualTo(MatchText.fold(text.charAt(i)));
      }
      assertThat(MatchText.of(text).folded()).isEqualTo(folded);
    });
  }

  @Test
  void longTextsFoldAlikeWhereverTheFirstChangeOrWideCharacterFalls() {
    for (int at = 0; at < 200; at += 3) {
      for (String odd : new String[] {"\u2019", "\u4E2D", "\u2013\u4E2D", "\n"}) {
        String text = "a".repeat(at) + odd + " tail \u201Cquoted\u201D".repeat(at % 4) + "b".repeat(150);
        String folded = MatchText.fold(text);
        assertThat(folded).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
          assertThat(folded.charAt(i)).as("at %d, char %d", at, i).isEqualTo(MatchText.fold(text.charAt(i)));
        }
      }
    }
  }

  @Test
  void textsBeyondOneByteFoldToo() {
    String text = "\u201CDoha\u201D \u2013 \u0645\u0646 \u4E2D \u00A0x";
    assertThat(MatchText.fold(text)).isEqualTo("\"Doha\" - \u0645\u0646 \u4E2D  x");
  }

  @Test
  void aTextWithNothingToFoldIsReturnedAsIs() {
    String text = "Plain ASCII, nothing to fold.\n";
    assertThat(MatchText.fold(text)).isSameAs(text);
  }

  /** The folding table, written out as the class documentation states it. */
  private static char documented(char c) {
    switch (c) {
      case '\r':
      case '\u0085':
      case '\u2028':
      case '\u2029':
        return '\n';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC': case '\u00B4':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      case '\uFE58': case '\uFE63': case '\uFF0D':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2000': case '\u2001': case '\u2002': case '\u2003':
      case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u2009': case '\u200A': case '\u3000':
      case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF':
        return ' ';
      default:
        if (c == '\n') {
          return c;
        }
        return c < 0x20 || c >= 0x80 && c < 0xA0 ? ' ' : c;
    }
  }
}
