package io.github.newsmodel.events;

/**
 * One token of a sentence: a word, a number, a possessive ending or a punctuation mark.
 *
 * @param start inclusive start in the document text, in UTF-16 code units
 * @param end exclusive end in the document text
 * @param lower the token as folded ({@link io.github.newsmodel.text.MatchText}) and lower-cased
 * @param kind what the token is
 * @param capitalized whether the token starts with an upper-case letter
 * @param quoted whether the token lies inside double quotation marks
 */
public record Token(int start, int end, String lower, Kind kind, boolean capitalized, boolean quoted) {

  /** What a token is. */
  public enum Kind {
    /** Letters, possibly with inner hyphens or apostrophes ("Al-Thani", "Joa'an"). */
    WORD,
    /** A run of letters and digits that starts with a digit ("2023", "18th"). */
    NUMBER,
    /** A possessive ending: {@code 's} or a lone apostrophe after a plural. */
    POSSESSIVE,
    /** Any other single character that is not whitespace. */
    PUNCT
  }

  /**
   * Tells whether this token is a word or number.
   *
   * @return true for {@link Kind#WORD} and {@link Kind#NUMBER}
   */
  public boolean isWordLike() {
    return kind == Kind.WORD || kind == Kind.NUMBER;
  }

  /**
   * Tells whether this token is the punctuation mark {@code c}.
   *
   * @param c the character
   * @return true when it is that mark
   */
  public boolean is(char c) {
    return kind == Kind.PUNCT && lower.length() == 1 && lower.charAt(0) == c;
  }
}
