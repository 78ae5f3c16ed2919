package io.github.newsmodel.officials;

/** Small helpers for values taken from the text. */
final class Texts {
  private Texts() {}

  /**
   * Cleans a value quoted from the text: runs of whitespace (including no-break spaces and line
   * breaks) become one space, the ends are trimmed, and a comma written inside a closing quote
   * ("“Lekhwiya,”") is dropped.
   *
   * @param raw the quoted text
   * @return the cleaned value
   */
  static String clean(String raw) {
    if (isClean(raw)) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (c == ',' && i + 1 < raw.length() && isClosingQuote(raw.charAt(i + 1))) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether cleaning would change nothing: single inner spaces only, no comma before a closing quote. */
  private static boolean isClean(String raw) {
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || raw.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c == ',' && i + 1 < n && isClosingQuote(raw.charAt(i + 1))
          || c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
  }
}
