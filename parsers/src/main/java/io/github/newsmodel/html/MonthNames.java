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
  /** The first character of the range whose foldings are kept in {@link #LATIN_FOLDS}. */
  private static final char LATIN_FROM = '\u0080';
  /** The character after the last of that range (Latin-1 Supplement to Latin Extended-B). */
  private static final char LATIN_TO = '\u0250';
  /** The first character of the range whose foldings are kept in {@link #PUNCTUATION_FOLDS}. */
  private static final char PUNCTUATION_FROM = '\u2000';
  /** The character after the last of that range (general punctuation to currency signs). */
  private static final char PUNCTUATION_TO = '\u20D0';
  /** The folding of each character from {@link #LATIN_FROM} to {@link #LATIN_TO}. */
  private static final String[] LATIN_FOLDS = foldsOf(LATIN_FROM, LATIN_TO);
  /** The folding of each character from {@link #PUNCTUATION_FROM} to {@link #PUNCTUATION_TO}. */
  private static final String[] PUNCTUATION_FOLDS = foldsOf(PUNCTUATION_FROM, PUNCTUATION_TO);
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
    int n = word.length();
    int i = 0;
    while (i < n && word.charAt(i) < 0x80) {
      i++;
    }
    return i == n ? word.toLowerCase(Locale.ROOT) : foldByCharacter(word);
  }

  /**
   * Folds a word with non-ASCII characters a character at a time from the tables, which is the
   * same as folding it whole (lower case and the removal of combining marks work on each character
   * alone, for the characters in the tables); a word with any other character is folded whole.
   *
   * @param word the word
   * @return the folded form
   */
  private static String foldByCharacter(String word) {
    int n = word.length();
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        continue;
      }
      String folded;
      if (c >= LATIN_FROM && c < LATIN_TO) {
        folded = LATIN_FOLDS[c - LATIN_FROM];
      } else if (c >= PUNCTUATION_FROM && c < PUNCTUATION_TO) {
        folded = PUNCTUATION_FOLDS[c - PUNCTUATION_FROM];
      } else {
        return foldWhole(word);
      }
      out.append(folded);
    }
    return out.toString();
  }

  /**
   * The folding of each character of a range, as {@link #foldWhole} gives it.
   *
   * @param from the first character
   * @param to the character after the last
   * @return the foldings, indexed from {@code from}
   */
  private static String[] foldsOf(char from, char to) {
    String[] folds = new String[to - from];
    for (char c = from; c < to; c++) {
      folds[c - from] = foldWhole(String.valueOf(c));
    }
    return folds;
  }

  /**
   * Folds a whole word: lower case, dotless i and l with stroke as i and l, then the canonical
   * decomposition without its combining marks. The definition the tables are built from; a method
   * of its own so that compiling the common paths does not take in the Unicode normaliser.
   *
   * @param word the word
   * @return the folded form
   */
  static String foldWhole(String word) {
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
