package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Month names and abbreviations in the languages of the web, from the lexicon {@code month-names.tsv}.
 * Read once per JVM; immutable.
 */
final class MonthNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Map<String, Integer> MONTHS = load();

  private MonthNames() {}

  private static Map<String, Integer> load() {
    Map<String, Integer> months = new HashMap<>();
    for (String[] row : LexiconResource.rows("month-names.tsv", 2)) {
      int month = Integer.parseInt(row[0]);
      if (month < 1 || month > 12) {
        throw new IllegalStateException("month-names.tsv: bad month number " + row[0]);
      }
      for (String name : row[1].split("\\|")) {
        if (!name.isBlank()) {
          months.putIfAbsent(fold(name.strip()), month);
        }
      }
    }
    return Map.copyOf(months);
  }

  /**
   * Folds a word for lookup: lower case, diacritics removed, dotless i as i.
   *
   * @param word the word
   * @return the folded form
   */
  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 128;
    }
    return ascii ? word.toLowerCase(Locale.ROOT) : foldNonAscii(word);
  }

  /**
   * The folding of a word with non-ASCII characters: a method of its own, so that compiling the
   * common ASCII path does not take in the Unicode normaliser and the regular expression.
   */
  private static String foldNonAscii(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('ł', 'l');
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  /**
   * Returns the month a word names.
   *
   * @param word a month name or abbreviation, in any case, without a final period
   * @return the month number 1-12, or empty when the word is not a month
   */
  static OptionalInt month(String word) {
    Integer month = MONTHS.get(fold(word));
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }
}
