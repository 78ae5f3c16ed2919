package io.github.newsmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSpansTest {
  @Test
  void everyCharacterIsASpaceExactlyAsDocumented() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean documented = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B'
          || ch == '\uFEFF' || ch == '\u2060' || ch == '\u200C' || ch == '\u200D';
      assertThat(TextSpans.isSpace(ch)).as("U+%04X", c).isEqualTo(documented);
    }
  }
}
