package io.github.newsmodel.model;

import java.util.Arrays;

/**
 * Compares evidence quotes with the text they quote. {@link String#regionMatches(int, String, int,
 * int)} walks one character at a time, and slowly when the two strings are stored differently (a
 * text with curly quotes is stored in two bytes per character, most quotes taken from it in one);
 * this copies both sides a chunk at a time into a scratch array and compares the chunks with
 * {@link Arrays#equals(char[], int, int, char[], int, int)}, which the JVM runs as wide
 * comparisons. One instance serves one check of a document; not thread-safe.
 */
final class QuoteCheck {
  private static final int CHUNK = 32;
  /** The text's chunk in the first half, the quote's in the second. */
  private final char[] scratch = new char[2 * CHUNK];

  /**
   * Tells whether {@code quote} occurs in {@code text} at {@code start}; the caller has checked that
   * the region lies within the text.
   */
  boolean matches(String text, int start, String quote) {
    int length = quote.length();
    for (int done = 0; done < length; done += CHUNK) {
      int count = Math.min(CHUNK, length - done);
      text.getChars(start + done, start + done + count, scratch, 0);
      quote.getChars(done, done + count, scratch, CHUNK);
      if (!Arrays.equals(scratch, 0, count, scratch, CHUNK, CHUNK + count)) {
        return false;
      }
    }
    return true;
  }
}
