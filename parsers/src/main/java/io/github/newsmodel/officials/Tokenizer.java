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
  /** Character kinds: a space, a letter or digit ({@link #isWordChar}), anything else. */
  private static final byte SPACE = 1;
  private static final byte WORD = 2;
  private static final byte OTHER = 0;
  /** The kind of each ASCII character. */
  private static final byte[] ASCII_KIND = new byte[128];
  /**
   * By character up to U+0080 (any character beyond read as U+0080): 0 for an ASCII letter or
   * digit, 1 for any other, so that a word's first characters are told apart without a branch each.
   */
  private static final long[] STOPS = new long[129];
  /** How many characters {@link #tokenize} reads at once at the start of a word. */
  private static final int AT_ONCE = 8;

  static {
    for (char c = 0; c < ASCII_KIND.length; c++) {
      boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      ASCII_KIND[c] = word ? WORD : space ? SPACE : OTHER;
      STOPS[c] = word ? 0 : 1;
    }
    STOPS[128] = 1;
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
    // The range is read from a copy in the list's character buffer: one bulk copy, then array
    // reads, rather than a checked String.charAt per character. Positions in it are relative to
    // {@code from}; the rare paths (periods, apostrophes) read the folded text itself.
    int n = to - from;
    char[] chars = tokens.charBuffer(n);
    tokens.charsFrom(from);
    folded.getChars(from, to, chars, 0);
    int i = 0;
    while (i < n) {
      char c = chars[i];
      int kind = c < 0x80 ? ASCII_KIND[c] : nonAsciiKind(c);
      if (kind == SPACE) {
        i++;
      } else if (kind == WORD) {
        // Up to the word's end, noting a hyphen on the way, so that the classifier need not read
        // the word again. The characters are packed as written on the way too, seven bits each
        // (the form WordTable packs), unchecked: whether the word can be packed at all (ASCII, short
        // enough) is decided at its end.
        boolean hyphenated = false;
        boolean ascii = c < 0x80;
        // The first characters at once, where the range holds them: where the first of them that
        // is no ASCII letter or digit is (a stop), without a branch per character, and all of them
        // packed; the lanes of the characters from the stop on are then shifted out. Up to the
        // stop, nothing but letters and digits: what the loop below would read one by one. It
        // goes on from there.
        long packed = c;
        int j = i + 1;
        if (ascii && i + AT_ONCE <= n) {
          long stops = STOPS[Math.min(chars[i + 1], 128)] << 1 | STOPS[Math.min(chars[i + 2], 128)] << 2
              | STOPS[Math.min(chars[i + 3], 128)] << 3 | STOPS[Math.min(chars[i + 4], 128)] << 4
              | STOPS[Math.min(chars[i + 5], 128)] << 5 | STOPS[Math.min(chars[i + 6], 128)] << 6
              | STOPS[Math.min(chars[i + 7], 128)] << 7 | 1L << AT_ONCE;
          long run = (long) (chars[i + 1] & 0x7F) << 42 | (long) (chars[i + 2] & 0x7F) << 35
              | (long) (chars[i + 3] & 0x7F) << 28 | (long) (chars[i + 4] & 0x7F) << 21
              | (long) (chars[i + 5] & 0x7F) << 14 | (long) (chars[i + 6] & 0x7F) << 7 | (chars[i + 7] & 0x7F);
          int length = Long.numberOfTrailingZeros(stops);
          packed = ((long) c << 49 | run) >>> (7 * (AT_ONCE - length));
          j = i + length;
        }
        while (j < n) {
          char d = chars[j];
          if (d < 0x80) {
            int dKind = ASCII_KIND[d];
            if (dKind == WORD) {
              packed = packed << 7 | d;
              j++;
              continue;
            }
            if (dKind == SPACE) {
              break;
            }
          } else if (isWordChar(d)) {
            ascii = false;
            j++;
            continue;
          }
          if (continuesWord(chars, i, j, d, n)) {
            hyphenated |= d == '-';
            packed = packed << 7 | d;
            j++;
          } else {
            break;
          }
        }
        if (j < n && chars[j] == '.' && keepsPeriod(folded, from + i, from + j)) {
          packed = packed << 7 | '.';
          j++;
        }
        boolean packable = ascii && j - i <= WordTable.MAX_PACKED_LENGTH;
        tokens.addWord(from + i, from + j, packable ? packed : -1, hyphenated);
        i = j;
        if (i < n && chars[i] == '\'') {
          int possessiveEnd = possessiveEnd(folded, from + i, to) - from;
          if (possessiveEnd > i) {
            tokens.add(from + i, from + possessiveEnd, TokenList.Type.POSSESSIVE);
            i = possessiveEnd;
          }
        }
      } else {
        tokens.add(from + i, from + i + 1, TokenList.Type.PUNCT);
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
  private static boolean continuesWord(char[] s, int start, int j, char c, int to) {
    if (!((c == '.' || c == '-' || c == '\'' || c == '&') && j + 1 < to && isWordChar(s[j + 1]))) {
      return false;
    }
    if (c == '\'' && isPossessiveAt(s, j, to)) {
      return false;
    }
    // "U.S.-Oman": the dotted abbreviation ends before the hyphen.
    return !(c == '-' && j > start && s[j - 1] == '.');
  }

  /** {@link #isPossessiveAt(String, int, int)} on the buffered characters. */
  private static boolean isPossessiveAt(char[] s, int apostrophe, int to) {
    int after = apostrophe + 1;
    return after < to && (s[after] == 's' || s[after] == 'S')
        && (after + 1 >= to || !isWordChar(s[after + 1]));
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

  /** The kind of a character beyond ASCII: {@link #SPACE}, {@link #WORD} or {@link #OTHER}. */
  private static int nonAsciiKind(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : isWordChar(c) ? WORD : OTHER;
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return ASCII_KIND[c] == WORD;
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
