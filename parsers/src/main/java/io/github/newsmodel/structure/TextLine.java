package io.github.newsmodel.structure;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of the text, trimmed, with its folded copy for matching (same length, so
 * offsets into {@link #folded()} plus {@code span().start()} are offsets into the text).
 *
 * @param index the position among the non-blank lines, from 0
 * @param span the trimmed line in the text
 * @param folded the folded copy of the trimmed line
 * @param blankBefore whether a blank line (or the start of the text) precedes it
 */
record TextLine(int index, Span span, String folded, boolean blankBefore) {

  /**
   * Splits a text into its non-blank lines (any line terminator: LF, CRLF, CR, U+2028, U+2029, NEL).
   *
   * @param text the text
   * @param folded its folded copy ({@link MatchText#fold(String)}), from which the lines' folded
   *     copies are cut
   * @return the lines, in order
   */
  static List<TextLine> of(String text, String folded) {
    List<TextLine> lines = new ArrayList<>();
    boolean blank = true;
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && TextSpans.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && TextSpans.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        blank = true;
      } else {
        lines.add(new TextLine(lines.size(), Span.of(s, e), folded.substring(s, e), blank));
        blank = false;
      }
      if (lineEnd < n && text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n') {
        lineEnd++;
      }
      lineStart = lineEnd + 1;
    }
    return lines;
  }

  /** The line terminators of {@link TextSpans#lines}. */
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /**
   * Returns the length of the line.
   *
   * @return the number of UTF-16 code units
   */
  int length() {
    return span.length();
  }

  /**
   * Returns the start of the line in the text.
   *
   * @return the start offset
   */
  int start() {
    return span.start();
  }

  /**
   * Returns the end of the line in the text.
   *
   * @return the end offset
   */
  int end() {
    return span.end();
  }
}
