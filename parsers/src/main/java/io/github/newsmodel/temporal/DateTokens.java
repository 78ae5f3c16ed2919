package io.github.newsmodel.temporal;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a region of a text, as parallel arrays: words (letter runs), numbers (digit runs,
 * with an ordinal suffix such as "18th" absorbed) and single punctuation characters. The text is
 * read folded ({@link MatchText#fold(char)}: curly quotes, dashes and exotic spaces as their plain
 * forms), character by character, without a folded copy; folding keeps every letter and digit, so
 * words and numbers read the text as written. Whitespace separates tokens; a line break is
 * remembered on the token after it, so that no date expression spans two lines.
 *
 * <p>Built in one linear pass that also classifies each token once: a number keeps its value, a
 * punctuation token its folded character, and a word what the {@link TemporalLexicon} knows of it
 * (month, weekday, start of a relative phrase, tense cue, date cue), found with one lookup of its
 * lower-case form in the root locale. Not thread-safe: one per search, or one per thread reused
 * from one region to the next ({@link #read}).
 */
final class DateTokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte PUNCT = 2;

  /** Words longer than this are never date words, and are not looked up. */
  static final int MAX_WORD = 24;

  /** Bits of {@link #info}: the kind in the lowest two, the line-break and may-start flags, then the digit count. */
  private static final int KIND_MASK = 3;
  private static final int BREAK_BEFORE = 4;
  /** Set on a number, and on a word that may start a date expression ({@link TemporalLexicon.Word#mayStartDate()}). */
  private static final int MAY_START = 8;
  private static final int DIGITS_SHIFT = 4;

  /** Character classes, of a character once folded ({@link MatchText#fold(char)}). */
  private static final int SPACE = 0;
  private static final int BREAK = 1;
  private static final int DIGIT = 2;
  private static final int LETTER = 3;
  private static final int OTHER = 4;
  /** The classes of the ASCII characters, so that most characters are classified with one read. */
  private static final byte[] ASCII_CLASSES = new byte[0x80];

  static {
    for (char c = 0; c < ASCII_CLASSES.length; c++) {
      ASCII_CLASSES[c] = (byte) classOfFolded(MatchText.fold(c));
    }
  }

  private String text;
  private int size;
  /** By token: kind, line break before it and, for numbers, the number of digits. */
  private int[] info;
  private int[] starts;
  private int[] ends;
  /** By token: a number's value (-1 beyond 9 digits), a punctuation token's folded character. */
  private int[] values;
  /** By token: what the lexicon knows of a word, or null. */
  private TemporalLexicon.Word[] words;

  /**
   * Tokenises a region of a text.
   *
   * @param text the whole text; token positions are positions in it
   * @param from inclusive start of the region
   * @param to exclusive end of the region, at most {@code text.length()}
   * @param lexicon the lexicon words are classified with
   */
  DateTokens(String text, int from, int to, TemporalLexicon lexicon) {
    // About one token in five characters of running text: room for most regions without growing.
    this(Math.min(64, (to - from) / 4 + 8));
    read(text, from, to, lexicon);
  }

  /** Makes empty tokens with room for {@code capacity} tokens, to be filled by {@link #read}. */
  DateTokens(int capacity) {
    info = new int[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    values = new int[capacity];
    words = new TemporalLexicon.Word[capacity];
  }

  /**
   * Replaces the tokens with those of a region of a text, keeping the arrays (grown as needed) so
   * that one instance can tokenise region after region without allocating.
   *
   * @param text the whole text; token positions are positions in it
   * @param from inclusive start of the region
   * @param to exclusive end of the region, at most {@code text.length()}
   * @param lexicon the lexicon words are classified with
   */
  void read(String text, int from, int to, TemporalLexicon lexicon) {
    this.text = text;
    size = 0;
    int lineBreak = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      switch (classOf(c)) {
        case BREAK -> {
          lineBreak = BREAK_BEFORE;
          i++;
        }
        case SPACE -> i++;
        case DIGIT -> {
          int s = i;
          int value = 0;
          do {
            value = i - s < 9 ? value * 10 + (c - '0') : -1;
            i++;
          } while (i < to && isAsciiDigit(c = text.charAt(i)));
          int digits = i - s;
          if (i + 1 < to && isOrdinalSuffix(text.charAt(i), text.charAt(i + 1))
              && (i + 2 >= to || classOf(text.charAt(i + 2)) != LETTER)) {
            i += 2;
          }
          add(NUMBER | MAY_START | lineBreak | digits << DIGITS_SHIFT, s, i, value, null);
          lineBreak = 0;
        }
        case LETTER -> {
          // A letter is its own folded form, so the word is read as written.
          int s = i;
          long packed = 0;
          boolean ascii = true;
          do {
            ascii &= c < 0x80;
            packed = LowerWordIndex.pack(packed, c);
            i++;
          } while (i < to && classOf(c = text.charAt(i)) == LETTER);
          TemporalLexicon.Word word = null;
          if (i - s <= MAX_WORD) {
            word = ascii ? lexicon.word(text, s, i, packed)
                : lexicon.word(text.substring(s, i).toLowerCase(Locale.ROOT));
          }
          add(WORD | (word != null && word.mayStartDate() ? MAY_START : 0) | lineBreak, s, i, 0, word);
          lineBreak = 0;
        }
        default -> {
          add(PUNCT | lineBreak, i, i + 1, MatchText.fold(c), null);
          lineBreak = 0;
          i++;
        }
      }
    }
  }

  /** Returns the class of a character once folded: {@link #SPACE}, {@link #BREAK}, {@link #DIGIT}, ... */
  private static int classOf(char c) {
    return c < ASCII_CLASSES.length ? ASCII_CLASSES[c] : classOfFolded(MatchText.fold(c));
  }

  private static int classOfFolded(char f) {
    if (f == '\n') {
      return BREAK;
    }
    if (TextSpans.isSpace(f)) {
      return SPACE;
    }
    if (isAsciiDigit(f)) {
      return DIGIT;
    }
    return Character.isLetter(f) ? LETTER : OTHER;
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

  private void add(int tokenInfo, int start, int end, int value, TemporalLexicon.Word word) {
    if (size == info.length) {
      int capacity = size * 2;
      info = Arrays.copyOf(info, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      values = Arrays.copyOf(values, capacity);
      words = Arrays.copyOf(words, capacity);
    }
    info[size] = tokenInfo;
    starts[size] = start;
    ends[size] = end;
    values[size] = value;
    words[size] = word;
    size++;
  }

  int size() {
    return size;
  }

  private int kind(int i) {
    return info[i] & KIND_MASK;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind(i) == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind(i) == NUMBER;
  }

  /**
   * Tells whether a date expression may start at token {@code i} by its own kind: a number, or a
   * word that is a month, a weekday or the first word of a relative phrase.
   */
  boolean mayStartDate(int i) {
    return (info[i] & MAY_START) != 0;
  }

  /** Tells whether token {@code i} is the punctuation character {@code c} (folded). */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kind(i) == PUNCT && values[i] == c;
  }

  /**
   * Tells whether token {@code i} is the word {@code lower}, in any case (as {@link
   * String#regionMatches(boolean, int, String, int, int)} ignoring case compares).
   */
  boolean isWord(int i, String lower) {
    return isWord(i) && ends[i] - starts[i] == lower.length() && text.regionMatches(true, starts[i], lower, 0,
        lower.length());
  }

  /**
   * Returns what the lexicon knows of a word token, as a lookup of the word lower-cased in the root
   * locale would.
   *
   * @param i the token
   * @return the lexicon's entry, or null for non-words, overlong words and words in no lexicon file
   */
  TemporalLexicon.Word word(int i) {
    return i >= 0 && i < size ? words[i] : null;
  }

  /** Returns the month a word token names, in any case, or null. */
  TemporalLexicon.Name month(int i) {
    TemporalLexicon.Word word = word(i);
    return word == null ? null : word.month();
  }

  /** Returns the weekday a word token names, in any case, or null. */
  TemporalLexicon.Name weekday(int i) {
    TemporalLexicon.Word word = word(i);
    return word == null ? null : word.weekday();
  }

  /** Returns the tense a word token signals, or null when it is no cue. */
  Tense tenseCue(int i) {
    TemporalLexicon.Word word = word(i);
    return word == null ? null : word.tenseCue();
  }

  /** Tells whether a word token makes a following month or year a date expression. */
  boolean isDateCue(int i) {
    TemporalLexicon.Word word = word(i);
    return word != null && word.dateCue();
  }

  /** Tells whether a word token, in lower case (root locale), is the given word, without copying the token. */
  boolean isLowerWord(int i, String lowerWord) {
    return isWord(i) && ends[i] - starts[i] <= MAX_WORD
        && WordTable.equalsLowerCase(lowerWord, text, starts[i], ends[i]);
  }

  /** Tells whether token {@code i}, as written, ends with a suffix. */
  boolean endsWith(int i, String suffix) {
    int from = ends[i] - suffix.length();
    return from >= starts[i] && text.startsWith(suffix, from);
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
    if (!isWord(i) || !Character.isUpperCase(text.charAt(starts[i]))) {
      return false;
    }
    boolean allUpper = true;
    boolean restLower = true;
    for (int k = starts[i] + 1; k < ends[i]; k++) {
      char c = text.charAt(k);
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
      if (!Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of digits of a number token (0 for other tokens). */
  int digits(int i) {
    return isNumber(i) ? info[i] >>> DIGITS_SHIFT : 0;
  }

  /** Returns the value of a number token of at most 9 digits, else -1. */
  int value(int i) {
    return isNumber(i) ? values[i] : -1;
  }

  /** Tells whether token {@code j} directly follows token {@code i}, with nothing between. */
  boolean adjacent(int i, int j) {
    return i >= 0 && j < size && j == i + 1 && ends[i] == starts[j];
  }

  /** Tells whether a line break precedes token {@code i}. */
  boolean lineBreakBefore(int i) {
    return i < size && (info[i] & BREAK_BEFORE) != 0;
  }

  /** Returns the start of token {@code i} in the whole text. */
  int start(int i) {
    return starts[i];
  }

  /** Returns the end of token {@code i} in the whole text. */
  int end(int i) {
    return ends[i];
  }
}
