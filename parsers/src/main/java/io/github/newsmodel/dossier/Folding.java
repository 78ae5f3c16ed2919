package io.github.newsmodel.dossier;

import java.text.Normalizer;
import java.util.List;

/**
 * Folds names and titles for comparison across articles: lower case, diacritics dropped,
 * apostrophes and periods dropped ("U.S." gives "us", "O’Brien" gives "obrien"), every other run
 * of non-letters and non-digits (hyphens, dashes, spaces, commas) turned into one space. "Al-Thani"
 * and "Al Thani" fold to the same "al thani". One pass, linear in the input.
 */
final class Folding {
  private Folding() {}

  /**
   * Folds a string.
   *
   * @param value a name or title
   * @return the folded form, tokens separated by single spaces, no leading or trailing space
   */
  static String fold(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || isJoiner(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(Character.toLowerCase(c));
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /**
   * Folds a string and splits it into tokens.
   *
   * @param value a name or title
   * @return the folded tokens, none empty
   */
  static List<String> tokens(String value) {
    String folded = fold(value);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /** Apostrophes and periods join the letters around them rather than separating words. */
  private static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '.';
  }
}
