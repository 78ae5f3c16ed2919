package io.github.newsmodel.model;

import java.util.regex.Pattern;

/** The textual formats the model checks, compiled once. */
final class ValueFormats {
  /** A BCP 47 language tag as the model accepts it: a primary language and optional subtags. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private ValueFormats() {}

  /**
   * Tells whether a string is 64 lower-case hexadecimal digits (a SHA-256 digest).
   *
   * @param s the string
   * @return true when it is
   */
  static boolean isSha256Hex(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a string is a language tag: two or three lower-case letters, then subtags of two
   * to eight letters or digits, each after a hyphen.
   *
   * @param s the string
   * @return true when it is
   */
  static boolean isLanguageTag(String s) {
    return LANGUAGE_TAG.matcher(s).matches();
  }
}
