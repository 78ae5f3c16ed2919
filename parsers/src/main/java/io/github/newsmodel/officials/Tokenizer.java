package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import java.util.Set;

/**
 * Splits folded text into tokens ({@link TokenList}) in one linear pass. A word keeps inner periods,
 * hyphens and apostrophes when a letter or digit follows them ("U.S", "Al-Thani", "Joa'an",
 * "Minister-in-Charge"), and takes a final period when it is a dotted abbreviation ("U.S."), a
 * single capital letter (the initial in "Antony J. Blinken") or a known short form ("Dr.", "Jr.").
 * A possessive {@code 's} becomes a token of its own, so that "Qatar's" is "Qatar" + "'s".
 *
 * <p>Stateless and thread-safe.
 */
final class Tokenizer {
  /** Short forms that keep their final period ("Dr." stays one token, "Saud." does not). */
  private static final Set<String> PERIOD_WORDS = Set.of(
      "Dr", "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr", "St", "Prof", "Hon", "Rt", "Gen", "Maj", "Lt", "Col",
      "Capt", "Brig", "Adm", "Cmdr", "Sen", "Rep", "Gov", "Amb", "Co", "Corp", "Inc", "Ltd", "No", "Mt");

  private static final int LONGEST_PERIOD_WORD = PERIOD_WORDS.stream().mapToInt(String::length).max().orElse(0);
  /** {@link #PERIOD_WORDS}, looked up where the word is written. */
  private static final WordTable<Boolean> PERIOD_WORD_TABLE = WordTable.ofWords(PERIOD_WORDS);
  /** One string per ASCII character, shared by the punctuation tokens. */
  private static final String[] ASCII = new String[128];
  /** For each ASCII character, whether it is a letter or digit ({@link #isWordChar}). */
  private static final boolean[] ASCII_WORD = new boolean[128];
  /** For each ASCII character, whether it is a space ({@link #isSpace}). */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
      ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  private Tokenizer() {}

  /**
   * Tokenizes a range of a folded text.
   *
   * @param folded the folded text
   * @param from inclusive start
   * @param to exclusive end
   * @return the tokens, in order
   */
  static TokenList tokenize(String folded, int from, int to) {
    return tokenize(folded, from, to, new TokenList(folded, (to - from) / 5 + 4));
  }

  /**
   * Tokenizes a range of a folded text into a list, emptied first.
   *
   * @param folded the folded text
   * @param from inclusive start
   * @param to exclusive end
   * @param tokens the list to fill, made for {@code folded}
   * @return {@code tokens}
   */
  static TokenList tokenize(String folded, int from, int to, TokenList tokens) {
    tokens.clear();
    int i = from;
    while (i < to) {
      char c = folded.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (isWordChar(c)) {
        // Up to the word's end, the characters packed for the classifier's lexicon lookup and a
        // hyphen noted on the way, so that neither has to read the word again.
        long lowerKey = WordTable.packLowerCase(0, c);
        boolean hyphenated = false;
        int j = i + 1;
        while (j < to) {
          char d = folded.charAt(j);
          if (!isWordChar(d) && !continuesWord(folded, i, j, d, to)) {
            break;
          }
          lowerKey = WordTable.packLowerCase(lowerKey, d);
          hyphenated |= d == '-';
          j++;
        }
        if (j < to && folded.charAt(j) == '.' && keepsPeriod(folded, i, j)) {
          lowerKey = WordTable.packLowerCase(lowerKey, '.');
          j++;
        }
        tokens.addWord(i, j, lowerKey, hyphenated);
        i = j;
        if (i < to && folded.charAt(i) == '\'') {
          int possessiveEnd = possessiveEnd(folded, i, to);
          if (possessiveEnd > i) {
            tokens.add(i, possessiveEnd, null, TokenList.Type.POSSESSIVE);
            i = possessiveEnd;
          }
        }
      } else {
        tokens.add(i, i + 1, c < ASCII.length ? ASCII[c] : String.valueOf(c), TokenList.Type.PUNCT);
        i++;
      }
    }
    return tokens;
  }

  /**
   * Tokenizes a whole string, for lexicon phrases.
   *
   * @param phrase the phrase, already folded
   * @return the tokens
   */
  static TokenList tokenize(String phrase) {
    return tokenize(phrase, 0, phrase.length());
  }

  /**
   * Whether a word that starts at {@code start} goes on over the character {@code c} at {@code j},
   * which is not a letter or digit: an inner period, hyphen, apostrophe or ampersand followed by a
   * letter or digit, unless it starts a possessive or follows a dotted abbreviation.
   */
  private static boolean continuesWord(String s, int start, int j, char c, int to) {
    if (!((c == '.' || c == '-' || c == '\'' || c == '&') && j + 1 < to && isWordChar(s.charAt(j + 1)))) {
      return false;
    }
    if (c == '\'' && isPossessiveAt(s, j, to)) {
      return false;
    }
    // "U.S.-Oman": the dotted abbreviation ends before the hyphen.
    return !(c == '-' && j > start && s.charAt(j - 1) == '.');
  }

  private static boolean isPossessiveAt(String s, int apostrophe, int to) {
    int after = apostrophe + 1;
    return after < to && (s.charAt(after) == 's' || s.charAt(after) == 'S')
        && (after + 1 >= to || !isWordChar(s.charAt(after + 1)));
  }

  private static int possessiveEnd(String s, int apostrophe, int to) {
    if (isPossessiveAt(s, apostrophe, to)) {
      return apostrophe + 2;
    }
    boolean afterPluralS = apostrophe > 0 && (s.charAt(apostrophe - 1) == 's' || s.charAt(apostrophe - 1) == 'S');
    if (afterPluralS && (apostrophe + 1 >= to || !isWordChar(s.charAt(apostrophe + 1)))) {
      return apostrophe + 1;
    }
    return apostrophe;
  }

  private static boolean keepsPeriod(String s, int start, int end) {
    if (end - start == 1) {
      return Character.isUpperCase(s.charAt(start));
    }
    for (int k = start + 1; k < end; k++) {
      if (s.charAt(k) == '.') {
        return true; // dotted abbreviation: "U.S", "H.E", "D.C"
      }
    }
    return end - start <= LONGEST_PERIOD_WORD && PERIOD_WORD_TABLE.contains(s, start, end);
  }

  private static boolean isSpace(char c) {
    return c < 0x80 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return ASCII_WORD[c];
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
