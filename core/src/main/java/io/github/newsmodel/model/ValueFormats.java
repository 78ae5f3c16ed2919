package io.github.newsmodel.model;

/** The textual formats the model checks, tested by hand (no pattern matcher per check). */
final class ValueFormats {
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
    // By hand, as [a-z]{2,3}(-[A-Za-z0-9]{2,8})* would match, without a matcher per check.
    int i = 0;
    while (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    if (i < 2 || i > 3) {
      return false;
    }
    while (i < s.length()) {
      if (s.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < s.length() && isAsciiLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i - start < 2 || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
