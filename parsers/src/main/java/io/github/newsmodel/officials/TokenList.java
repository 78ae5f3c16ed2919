package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import java.util.Arrays;

/**
 * The tokens of a range of folded text ({@link io.github.newsmodel.text.MatchText}), in parallel
 * arrays rather than one object per token: words, possessive endings ({@code 's}) and
 * punctuation characters, each with its span in the document text and its folded text. Built by
 * the {@link Tokenizer}; reusable ({@link #clear}) for the ranges of one text; not shared between
 * threads.
 */
final class TokenList {
  /** Token types. */
  enum Type {
    /** Letters and digits, with inner periods, hyphens and apostrophes ("U.S.", "Al-Thani"). */
    WORD,
    /** A possessive ending: {@code 's} or a lone apostrophe after a plural. */
    POSSESSIVE,
    /** Any other single character that is not a space. */
    PUNCT
  }

  private static final Type[] TYPES = Type.values();
  /** The bits of {@link #types} that hold the type; the next bit marks a word with a hyphen. */
  private static final int TYPE_BITS = 3;
  private static final int HYPHEN = 4;

  private final String folded;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  private String[] texts;
  /** By word: its characters packed in lower case ({@link WordTable#packLowerCase}), or -1. */
  private long[] lowerKeys;

  /**
   * Creates an empty list.
   *
   * @param folded the folded text the tokens are read from
   * @param capacity the expected number of tokens
   */
  TokenList(String folded, int capacity) {
    this.folded = folded;
    int n = Math.max(capacity, 4);
    this.starts = new int[n];
    this.ends = new int[n];
    this.types = new byte[n];
    this.texts = new String[n];
    this.lowerKeys = new long[n];
  }

  /** Empties the list, keeping its arrays for the next range of the same text. */
  void clear() {
    Arrays.fill(texts, 0, size, null);
    size = 0;
  }

  /**
   * Appends a token.
   *
   * @param start inclusive start in the document text
   * @param end exclusive end in the document text
   * @param text the folded text of the token, or null to cut it from the folded text when needed
   * @param type its type
   */
  void add(int start, int end, String text, Type type) {
    if (type != Type.WORD) {
      append(start, end, text, type.ordinal(), 0);
      return;
    }
    // A word given without what the tokenizer reads along: read it here.
    long lowerKey = 0;
    boolean hyphenated = false;
    for (int k = start; k < end; k++) {
      lowerKey = WordTable.packLowerCase(lowerKey, folded.charAt(k));
      hyphenated |= folded.charAt(k) == '-';
    }
    append(start, end, text, type.ordinal() | (hyphenated ? HYPHEN : 0), lowerKey);
  }

  /**
   * Appends a word, with what the tokenizer saw of it while reading it.
   *
   * @param start inclusive start in the document text
   * @param end exclusive end in the document text
   * @param lowerKey its characters packed in lower case ({@link WordTable#packLowerCase}), or -1
   * @param hyphenated whether it has a hyphen
   */
  void addWord(int start, int end, long lowerKey, boolean hyphenated) {
    append(start, end, null, Type.WORD.ordinal() | (hyphenated ? HYPHEN : 0), lowerKey);
  }

  private void append(int start, int end, String text, int typeAndFlags, long lowerKey) {
    if (size == starts.length) {
      int n = size + (size >> 1) + 1;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      types = Arrays.copyOf(types, n);
      texts = Arrays.copyOf(texts, n);
      lowerKeys = Arrays.copyOf(lowerKeys, n);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = (byte) typeAndFlags;
    texts[size] = text;
    lowerKeys[size] = lowerKey;
    size++;
  }

  /**
   * Returns the folded text the tokens are read from.
   *
   * @return the folded text
   */
  String folded() {
    return folded;
  }

  /**
   * Returns the number of tokens.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * Tells whether there are no tokens.
   *
   * @return true when empty
   */
  boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns where a token starts.
   *
   * @param i the token index
   * @return its inclusive start in the document text
   */
  int start(int i) {
    return starts[i];
  }

  /**
   * Returns where a token ends.
   *
   * @param i the token index
   * @return its exclusive end in the document text
   */
  int end(int i) {
    return ends[i];
  }

  /**
   * Returns the type of a token.
   *
   * @param i the token index
   * @return its type
   */
  Type type(int i) {
    return TYPES[types[i] & TYPE_BITS];
  }

  /**
   * Tells whether a token is a word with a hyphen ("Al-Thani", "Minister-in-Charge").
   *
   * @param i the token index
   * @return true when its text has a {@code -}
   */
  boolean hyphenated(int i) {
    return (types[i] & HYPHEN) != 0;
  }

  /**
   * Returns the packed lower-case form of a word, for {@link WordTable#getIgnoreCase(String, int,
   * int, long)}.
   *
   * @param i the token index
   * @return what {@link WordTable#packLowerCase} gives for its characters; 0 for a token that is
   *     not a word, -1 for a word that cannot be packed
   */
  long lowerKey(int i) {
    return lowerKeys[i];
  }

  /**
   * Returns the folded text of a token: curly quotes straightened, dashes as {@code -}. Cut from
   * the folded text on first use, unless the tokenizer gave it.
   *
   * @param i the token index
   * @return its text
   */
  String text(int i) {
    if (texts[i] == null) {
      texts[i] = folded.substring(starts[i], ends[i]);
    }
    return texts[i];
  }

  /**
   * Returns the text of a token if it was already cut or given.
   *
   * @param i the token index
   * @return the text, or null
   */
  String textIfKnown(int i) {
    return texts[i];
  }

  /**
   * Returns the length of a token.
   *
   * @param i the token index
   * @return its number of UTF-16 code units
   */
  int length(int i) {
    return ends[i] - starts[i];
  }
}
