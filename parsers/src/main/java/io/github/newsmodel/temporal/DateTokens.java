package io.github.newsmodel.temporal;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.text.TextSpans;
import java.util.Arrays;

/**
 * The tokens of a folded text region, as parallel arrays: words (letter runs), numbers (digit
 * runs, with an ordinal suffix such as "18th" absorbed) and single punctuation characters.
 * Whitespace separates tokens; a line break is remembered on the token after it, so that no date
 * expression spans two lines. Built in one linear pass; not thread-safe (one per search).
 */
final class DateTokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;

  /** Words longer than this are never date words, and are not looked up. */
  static final int MAX_WORD = 24;

  private final String folded;
  private final int base;
  private int size;
  private byte[] kinds;
  private int[] starts;
  private int[] ends;
  private int[] digitCounts;
  private boolean[] breakBefore;

  /**
   * Tokenises a folded region.
   *
   * @param folded the folded region (see {@code MatchText.fold})
   * @param base the offset of the region in the whole text, added to every token position
   */
  DateTokens(String folded, int base) {
    this.folded = folded;
    this.base = base;
    int n = folded.length();
    int capacity = Math.min(64, n / 2 + 4);
    kinds = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    digitCounts = new int[capacity];
    breakBefore = new boolean[capacity];
    boolean lineBreak = false;
    int i = 0;
    while (i < n) {
      char c = folded.charAt(i);
      if (c == '\n') {
        lineBreak = true;
        i++;
      } else if (TextSpans.isSpace(c)) {
        i++;
      } else if (isAsciiDigit(c)) {
        int s = i;
        while (i < n && isAsciiDigit(folded.charAt(i))) {
          i++;
        }
        int digits = i - s;
        if (i + 1 < n && isOrdinalSuffix(folded.charAt(i), folded.charAt(i + 1))
            && (i + 2 >= n || !Character.isLetter(folded.charAt(i + 2)))) {
          i += 2;
        }
        add(NUMBER, s, i, digits, lineBreak);
        lineBreak = false;
      } else if (Character.isLetter(c)) {
        int s = i;
        while (i < n && Character.isLetter(folded.charAt(i))) {
          i++;
        }
        add(WORD, s, i, 0, lineBreak);
        lineBreak = false;
      } else {
        add(PUNCT, i, i + 1, 0, lineBreak);
        lineBreak = false;
        i++;
      }
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isOrdinalSuffix(char a, char b) {
    char x = asciiLower(a);
    char y = asciiLower(b);
    return x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h';
  }

  /** Lower-cases an ASCII letter; beyond ASCII no character lower-cases to one of "stndrh". */
  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private void add(byte kind, int start, int end, int digits, boolean lineBreak) {
    if (size == kinds.length) {
      int capacity = size * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      digitCounts = Arrays.copyOf(digitCounts, capacity);
      breakBefore = Arrays.copyOf(breakBefore, capacity);
    }
    kinds[size] = kind;
    starts[size] = start;
    ends[size] = end;
    digitCounts[size] = digits;
    breakBefore[size] = lineBreak;
    size++;
  }

  int size() {
    return size;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kinds[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kinds[i] == NUMBER;
  }

  /** Tells whether token {@code i} is the punctuation character {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kinds[i] == PUNCT && folded.charAt(starts[i]) == c;
  }

  /** Tells whether token {@code i} is the word {@code lower}, in any case. */
  boolean isWord(int i, String lower) {
    return isWord(i) && ends[i] - starts[i] == lower.length() && folded.regionMatches(true, starts[i], lower, 0,
        lower.length());
  }

  /**
   * Looks a word up in a table of lower-case words, as a lookup of the word lower-cased in the root
   * locale would, without copying it.
   *
   * @param i the token
   * @param table the table
   * @param <V> the value type
   * @return the value, or null for non-words, overlong words and words not in the table
   */
  <V> V lookup(int i, WordTable<V> table) {
    if (!isWord(i) || ends[i] - starts[i] > MAX_WORD) {
      return null;
    }
    return table.getIgnoreCase(folded, starts[i], ends[i]);
  }

  /** Tells whether a word token, in lower case, is the given word, without copying the token. */
  boolean isLowerWord(int i, String lowerWord) {
    return isWord(i) && ends[i] - starts[i] <= MAX_WORD
        && WordTable.equalsLowerCase(lowerWord, folded, starts[i], ends[i]);
  }

  /** Tells whether token {@code i}, as written, ends with a suffix. */
  boolean endsWith(int i, String suffix) {
    int from = ends[i] - suffix.length();
    return from >= starts[i] && folded.startsWith(suffix, from);
  }

  /** Returns the length of token {@code i}. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /**
   * Tells whether a word is written as a proper name: capitalised ("May") or all capitals ("MAY"),
   * never all lower case.
   */
  boolean isCapitalised(int i) {
    if (!isWord(i) || !Character.isUpperCase(folded.charAt(starts[i]))) {
      return false;
    }
    boolean allUpper = true;
    boolean restLower = true;
    for (int k = starts[i] + 1; k < ends[i]; k++) {
      char c = folded.charAt(k);
      allUpper &= Character.isUpperCase(c);
      restLower &= Character.isLowerCase(c);
    }
    return allUpper || restLower;
  }

  /** Tells whether a word is all lower case. */
  boolean isLowerCase(int i) {
    if (!isWord(i)) {
      return false;
    }
    for (int k = starts[i]; k < ends[i]; k++) {
      if (!Character.isLowerCase(folded.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of digits of a number token (0 for other tokens). */
  int digits(int i) {
    return isNumber(i) ? digitCounts[i] : 0;
  }

  /** Returns the value of a number token of at most 9 digits, else -1. */
  int value(int i) {
    if (!isNumber(i) || digitCounts[i] > 9) {
      return -1;
    }
    return Integer.parseInt(folded, starts[i], starts[i] + digitCounts[i], 10);
  }

  /** Tells whether token {@code j} directly follows token {@code i}, with nothing between. */
  boolean adjacent(int i, int j) {
    return i >= 0 && j < size && j == i + 1 && ends[i] == starts[j];
  }

  /** Tells whether a line break precedes token {@code i}. */
  boolean lineBreakBefore(int i) {
    return i < size && breakBefore[i];
  }

  /** Returns the start of token {@code i} in the whole text. */
  int start(int i) {
    return base + starts[i];
  }

  /** Returns the end of token {@code i} in the whole text. */
  int end(int i) {
    return base + ends[i];
  }
}
