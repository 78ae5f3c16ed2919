package io.github.newsmodel.text;

import java.nio.charset.StandardCharsets;

/**
 * A copy of a text folded for matching, character for character, so that every index of the folded
 * copy is the same index of the original: curly quotes and apostrophes become straight ones, the
 * many dashes become {@code -}, no-break and other exotic spaces become a space, carriage returns
 * become line feeds, zero-width characters and control characters become spaces.
 *
 * <p>Because the folding is one-to-one, spans found in {@link #folded()} are spans of the original
 * text: no offset map is needed. Folding that would change the length (Unicode normalisation,
 * collapsing whitespace) is left to the matchers, which treat runs of spaces as one.
 */
public final class MatchText {
  /** Characters copied out of a string at a time by {@link #fold(String)}. */
  private static final int FOLD_CHUNK = 64;
  private final String original;
  private final String folded;

  private MatchText(String original, String folded) {
    this.original = original;
    this.folded = folded;
  }

  /**
   * Folds a text.
   *
   * @param text the original text
   * @return the folded view
   */
  public static MatchText of(String text) {
    return new MatchText(text, fold(text));
  }

  /**
   * Returns the original text.
   *
   * @return the text as given
   */
  public String original() {
    return original;
  }

  /**
   * Returns the folded copy, of the same length as the original.
   *
   * @return the folded text
   */
  public String folded() {
    return folded;
  }

  /**
   * Folds one character as {@link #of(String)} does.
   *
   * @param c a UTF-16 code unit
   * @return its folded form
   */
  public static char fold(char c) {
    // Kept small so that it inlines into loops; the rare characters beyond ASCII fold apart.
    if (c >= 0x20 && c < 0x80) {
      return c;
    }
    if (c < 0x20) {
      return c == '\n' || c == '\r' ? '\n' : ' ';
    }
    return foldBeyondAscii(c);
  }

  private static char foldBeyondAscii(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC': case '\u0060':
      case '\u00B4':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      case '\uFE58': case '\uFE63': case '\uFF0D':
        return '-';
      case '\u00A0': case '\u2007': case '\u202F': case '\u2000': case '\u2001': case '\u2002': case '\u2003':
      case '\u2004': case '\u2005': case '\u2006': case '\u2008': case '\u2009': case '\u200A': case '\u3000':
      case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': case '\u0085':
        return c == '\u0085' ? '\n' : ' ';
      case '\u2028': case '\u2029':
        return '\n';
      default:
        return c >= 0x80 && c < 0xA0 ? ' ' : c;
    }
  }

  /**
   * Folds a whole string, keeping its length.
   *
   * @param text the text
   * @return the folded text, same length
   */
  public static String fold(String text) {
    int n = text.length();
    if (n <= FOLD_CHUNK) {
      return foldShort(text);
    }
    // Characters are copied out a chunk at a time: reading a two-byte string with charAt checks its
    // layout and bounds at every character.
    char[] chunk = new char[FOLD_CHUNK];
    int first = n;
    for (int from = 0; from < n && first == n; from += FOLD_CHUNK) {
      int count = Math.min(FOLD_CHUNK, n - from);
      text.getChars(from, from + count, chunk, 0);
      for (int i = 0; i < count; i++) {
        if (fold(chunk[i]) != chunk[i]) {
          first = from + i;
          break;
        }
      }
    }
    if (first == n) {
      return text;
    }
    // Most folded texts fit in one byte per character (quotes and dashes become ASCII): build them
    // as such, without a two-byte copy first.
    byte[] latin = new byte[n];
    for (int from = 0; from < n; from += FOLD_CHUNK) {
      int count = Math.min(FOLD_CHUNK, n - from);
      text.getChars(from, from + count, chunk, 0);
      for (int i = 0; i < count; i++) {
        char f = fold(chunk[i]);
        if (f > 0xFF) {
          return foldWide(text, first);
        }
        latin[from + i] = (byte) f;
      }
    }
    return new String(latin, StandardCharsets.ISO_8859_1);
  }

  /** {@link #fold(String)} for a short string, read in place rather than copied out in chunks. */
  private static String foldShort(String text) {
    int n = text.length();
    int first = 0;
    while (first < n && fold(text.charAt(first)) == text.charAt(first)) {
      first++;
    }
    if (first == n) {
      return text;
    }
    byte[] latin = new byte[n];
    for (int i = 0; i < n; i++) {
      char f = fold(text.charAt(i));
      if (f > 0xFF) {
        return foldWide(text, first);
      }
      latin[i] = (byte) f;
    }
    return new String(latin, StandardCharsets.ISO_8859_1);
  }

  private static String foldWide(String text, int first) {
    char[] chars = text.toCharArray();
    for (int i = first; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    return new String(chars);
  }
}
