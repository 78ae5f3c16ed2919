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

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
  }
}
