package io.github.newsmodel.structure;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A non-blank line of the text, trimmed, with its folded copy for matching (same length, so
 * offsets into {@link #folded()} plus {@code span().start()} are offsets into the text). The
 * folded copy is cut from the folded text on first use: most lines of the body are never matched.
 * Not shared between threads.
 */
final class TextLine {
  private final int index;
  private final Span span;
  /** The folded copy of the whole text, which {@link #span} indexes. */
  private final String foldedText;
  private final boolean blankBefore;
  /** The folded copy of the line, once cut. */
  private String folded;

  /**
   * Makes a line.
   *
   * @param index the position among the non-blank lines, from 0
   * @param span the trimmed line in the text
   * @param foldedText the folded copy of the whole text
   * @param blankBefore whether a blank line (or the start of the text) precedes it
   */
  TextLine(int index, Span span, String foldedText, boolean blankBefore) {
    this.index = index;
    this.span = span;
    this.foldedText = foldedText;
    this.blankBefore = blankBefore;
  }

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
      // Every line terminator, and nothing else, folds to a line feed: the folded copy is searched
      // with indexOf, which the JVM runs many characters at a time.
      int lineEnd = folded.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
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
        lines.add(new TextLine(lines.size(), Span.of(s, e), folded, blank));
        blank = false;
      }
      if (lineEnd < n && text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n') {
        lineEnd++;
      }
      lineStart = lineEnd + 1;
    }
    return lines;
  }

  /**
   * Returns the part of this line at a span, as a line of its own with the same index.
   *
   * @param part a span inside the line
   * @param blank whether the part counts as following a blank line
   * @return the part
   */
  TextLine part(Span part, boolean blank) {
    return new TextLine(index, part, foldedText, blank);
  }

  /**
   * Returns the position among the non-blank lines.
   *
   * @return the index, from 0
   */
  int index() {
    return index;
  }

  /**
   * Returns the trimmed line in the text.
   *
   * @return the span
   */
  Span span() {
    return span;
  }

  /**
   * Tells whether a blank line (or the start of the text) precedes the line.
   *
   * @return true after a blank line
   */
  boolean blankBefore() {
    return blankBefore;
  }

  /**
   * Returns the folded copy of the trimmed line, cut on first use.
   *
   * @return the folded line
   */
  String folded() {
    if (folded == null) {
      folded = foldedText.substring(span.start(), span.end());
    }
    return folded;
  }

  /**
   * Matches a cue at a position of the folded line without cutting the line.
   *
   * @param cues the cues
   * @param at where the cue must start in the line
   * @return the longest cue found there, positions relative to the line, or empty
   */
  Optional<Cues.Match> cueAt(Cues cues, int at) {
    return cues.at(foldedText, span.start(), span.end(), at);
  }

  /**
   * Counts the whitespace-separated words of the line without cutting it, as {@link
   * LineShape#words(String, int)} counts those of {@link #folded()}.
   *
   * @param limit the count after which counting stops
   * @return the number of words, at most {@code limit + 1}
   */
  int words(int limit) {
    return LineShape.words(foldedText, span.start(), span.end(), limit);
  }

  /**
   * Returns the last character of the folded line that is not a closing quote or bracket, as
   * {@link LineShape#lastMark(String)} of {@link #folded()}, without cutting the line.
   *
   * @return the character, or 0 for none
   */
  char lastMark() {
    return LineShape.lastMark(foldedText, span.start(), span.end());
  }

  /**
   * Tells whether the line starts with a list marker, as {@link LineShape#isListItem(String)} of
   * {@link #folded()}, without cutting the line.
   *
   * @return true for a list item
   */
  boolean isListItem() {
    return LineShape.isListItem(foldedText, span.start(), span.end());
  }

  /**
   * Tells whether the line ends with sentence or clause punctuation, as {@link
   * LineShape#endsWithPunctuation(String)} of {@link #folded()}, without cutting the line.
   *
   * @return true when the last mark is punctuation
   */
  boolean endsWithPunctuation() {
    return LineShape.endsWithPunctuation(foldedText, span.start(), span.end());
  }

  /**
   * Tells whether the line holds a web or e-mail address, as {@link LineShape#hasAddress(String)}
   * of {@link #folded()}, without cutting the line (unless it goes beyond ASCII).
   *
   * @return true when the line holds an address
   */
  boolean hasAddress() {
    return LineShape.hasAddress(foldedText, span.start(), span.end());
  }

  /**
   * Tells whether the line is in capitals, as {@link LineShape#isAllCaps(String)} of {@link
   * #folded()}, without cutting the line.
   *
   * @return true when the line has at least two letters, all upper case
   */
  boolean isAllCaps() {
    return LineShape.isAllCaps(foldedText, span.start(), span.end());
  }

  /**
   * Returns the folded copy of the whole text, in which the line is {@code [start(), end())}: for
   * reading the line in place.
   *
   * @return the folded text
   */
  String foldedText() {
    return foldedText;
  }

  /**
   * Returns one character of the folded line without cutting the line.
   *
   * @param i an offset into the line
   * @return the folded character
   */
  char foldedCharAt(int i) {
    return foldedText.charAt(span.start() + i);
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
