package io.github.newsmodel.officials;

import java.util.Locale;

/**
 * One token of a sentence: a word, a possessive ending ({@code 's}) or a punctuation character.
 *
 * @param start inclusive start in the document text
 * @param end exclusive end in the document text
 * @param text the folded text of the token ({@link io.github.newsmodel.text.MatchText}): curly
 *     quotes straightened, dashes as {@code -}
 * @param type what kind of token it is
 * @param lower the text in lower case ({@link Locale#ROOT}), computed once so that
 *     case-insensitive lexicon lookups need no copy per lookup; the same instance as {@code text}
 *     when the text has no capitals
 */
record Token(int start, int end, String text, Type type, String lower) {

  /**
   * Creates a token, computing its lower-case form.
   *
   * @param start inclusive start in the document text
   * @param end exclusive end in the document text
   * @param text the folded text of the token
   * @param type what kind of token it is
   */
  Token(int start, int end, String text, Type type) {
    this(start, end, text, type, text.toLowerCase(Locale.ROOT));
  }

  /** Token types. */
  enum Type {
    /** Letters and digits, with inner periods, hyphens and apostrophes ("U.S.", "Al-Thani"). */
    WORD,
    /** A possessive ending: {@code 's} or a lone apostrophe after a plural. */
    POSSESSIVE,
    /** Any other single character that is not a space. */
    PUNCT
  }

  /**
   * Tells whether this token is the given punctuation character.
   *
   * @param c the character
   * @return true for a punctuation token of exactly {@code c}
   */
  boolean is(char c) {
    return type == Type.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }
}
