package io.github.newsmodel.text;

import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Small span helpers over a text: lines, trimming. */
public final class TextSpans {
  private TextSpans() {}

  /**
   * Splits a text into lines, each span without its line terminator ({@code \n}, {@code \r\n},
   * {@code \r}, U+2028, U+2029, U+0085).
   *
   * @param text the text
   * @return the line spans, including empty lines
   */
  public static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        lines.add(Span.of(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(Span.of(start, n));
    }
    return lines;
  }

  /**
   * Shrinks a range so that it neither starts nor ends with whitespace (including no-break and
   * zero-width spaces).
   *
   * @param text the text
   * @param start inclusive start
   * @param end exclusive end
   * @return the trimmed span, empty (start == end) when the range is blank
   */
  public static Span trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    return Span.of(s, e);
  }

  /**
   * Tells whether a character is whitespace for layout purposes, including no-break, zero-width and
   * byte-order-mark characters.
   *
   * @param c the character
   * @return true for whitespace
   */
  public static boolean isSpace(char c) {
    if (c < 0x80) {
      // What the general test below gives for ASCII, without its two table lookups: the space, tab,
      // line feed, vertical tab, form feed, carriage return and the four separators U+001C-U+001F.
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
        || c == '\u2060' || c == '\u200C' || c == '\u200D';
  }
}
