package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import java.util.Arrays;

/**
 * The tokens of a range of folded text ({@link io.github.newsmodel.text.MatchText}), in parallel
 * arrays rather than one object per token: words, possessive endings ({@code 's}) and
 * punctuation characters, each with its span in the document text (its folded text is cut from
 * the folded text when asked for). Built by
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
  /**
   * By length, the bit 0x20 in each seven-bit lane of a packed word of that length: OR-ed into a
   * word packed as written, it gives the word in lower case.
   */
  private static final long[] LOWER_CASE_BITS = new long[WordTable.MAX_PACKED_LENGTH + 1];
  /** The character buffer of a list before its first range: shared, since it holds nothing. */
  private static final char[] NO_CHARS = new char[0];
  /** One string per ASCII character, the text of the punctuation tokens. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
    for (int length = 1; length < LOWER_CASE_BITS.length; length++) {
      LOWER_CASE_BITS[length] = LOWER_CASE_BITS[length - 1] << 7 | 0x20;
    }
  }

  private final String folded;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  /**
   * By word: its characters packed as written (as {@link #packAsWritten} packs), or -1; the
   * packed lower case is made from it ({@link #lowerKey}).
   */
  private long[] writtenKeys;
  /** The characters of the range being tokenized, copied by the {@link Tokenizer}; grown as needed. */
  private char[] chars = NO_CHARS;
  /**
   * Where in the folded text the range copied into {@link #chars} starts; {@link #NOT_COPIED} after
   * {@link #clear} until the tokenizer copies the next range, so that reading a stale copy fails.
   */
  private int charsFrom = NOT_COPIED;
  /** The start of no copied range. */
  private static final int NOT_COPIED = -1;

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
    this.writtenKeys = new long[n];
  }

  /** Empties the list, keeping its arrays for the next range of the same text. */
  void clear() {
    size = 0;
    charsFrom = NOT_COPIED;
  }

  /**
   * Appends a token that is not a word (a word is added with {@link #addWord}).
   *
   * @param start inclusive start in the document text
   * @param end exclusive end in the document text
   * @param type its type: {@link Type#POSSESSIVE} or {@link Type#PUNCT}
   */
  void add(int start, int end, Type type) {
    if (type == Type.WORD) {
      throw new IllegalArgumentException("a word is added with what the tokenizer read of it");
    }
    append(start, end, type.ordinal(), 0);
  }

  /**
   * Packs a word as written, seven bits a character, the first in the highest bits: the form
   * {@link WordTable#packLowerCase} gives, without lowering the case.
   *
   * @param s the string
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @return the packed form; -1 for a word that is empty, longer than {@link
   *     WordTable#MAX_PACKED_LENGTH} or has a character beyond ASCII or U+0000
   */
  static long packAsWritten(String s, int start, int end) {
    if (end <= start || end - start > WordTable.MAX_PACKED_LENGTH) {
      return -1;
    }
    long packed = 0;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == 0 || c >= 0x80) {
        return -1;
      }
      packed = packed << 7 | c;
    }
    return packed;
  }

  /**
   * Appends a word, with what the tokenizer saw of it while reading it.
   *
   * @param start inclusive start in the document text
   * @param end exclusive end in the document text
   * @param writtenKey its characters packed as written ({@link #packAsWritten}), or -1; each of
   *     them a letter, a digit or one of {@code . - ' &} (as every character of a word the
   *     tokenizer reads), so that {@link #lowerKey} can make the lower case from it
   * @param hyphenated whether it has a hyphen
   */
  void addWord(int start, int end, long writtenKey, boolean hyphenated) {
    append(start, end, Type.WORD.ordinal() | (hyphenated ? HYPHEN : 0), writtenKey);
  }

  private void append(int start, int end, int typeAndFlags, long writtenKey) {
    if (size == starts.length) {
      int n = size + (size >> 1) + 1;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      types = Arrays.copyOf(types, n);
      writtenKeys = Arrays.copyOf(writtenKeys, n);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = (byte) typeAndFlags;
    writtenKeys[size] = writtenKey;
    size++;
  }

  /**
   * Returns a buffer for the characters of a range being tokenized, reused from range to range.
   *
   * @param length the length of the range
   * @return an array of at least that length, its contents undefined
   */
  char[] charBuffer(int length) {
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length + (chars.length >> 1))];
    }
    return chars;
  }

  /**
   * Records where in the folded text the range the {@link Tokenizer} copied into {@link
   * #charBuffer} starts, so that {@link #charAt} can read it.
   *
   * @param from the start of the range
   */
  void charsFrom(int from) {
    charsFrom = from;
  }

  /**
   * Returns the characters of the range last tokenized into this list (see {@link #charAt}).
   *
   * @return the buffer; the character at position {@code p} of the folded text at index {@code p -
   *     }{@link #charsFrom()}
   */
  char[] chars() {
    return chars;
  }

  /**
   * Returns where in the folded text the range last tokenized into this list starts.
   *
   * @return the position of {@code chars()[0]}
   * @throws IllegalStateException when no range was tokenized into the list since it was cleared
   */
  int charsFrom() {
    if (charsFrom == NOT_COPIED) {
      throw new IllegalStateException("no range of the text was copied into this token list");
    }
    return charsFrom;
  }

  /**
   * Returns a character of the folded text inside the range last tokenized into this list, read
   * from the copy the {@link Tokenizer} made.
   *
   * @param position a position of the folded text in that range
   * @return {@code folded().charAt(position)}
   */
  char charAt(int position) {
    if (charsFrom == NOT_COPIED) {
      throw new IllegalStateException("no range of the text was copied into this token list");
    }
    return chars[position - charsFrom];
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
    long written = writtenKeys[i];
    // Every character a word may hold but the capitals A-Z has the bit 0x20 set already (digits,
    // lower-case letters, '.', '-', '\'', '&'): setting it in every lane makes the lower case.
    return written > 0 ? written | LOWER_CASE_BITS[ends[i] - starts[i]] : written;
  }

  /**
   * Returns the packed form of a word as written ({@link #packAsWritten}).
   *
   * @param i the token index
   * @return its packed form; 0 for a token that is not a word, -1 for a word that cannot be packed
   */
  long writtenKey(int i) {
    return writtenKeys[i];
  }

  /**
   * Returns the folded text of a token: curly quotes straightened, dashes as {@code -}. Cut from
   * the folded text (an ASCII punctuation character is a shared string).
   *
   * @param i the token index
   * @return its text
   */
  String text(int i) {
    int start = starts[i];
    if (ends[i] - start == 1) {
      char c = folded.charAt(start);
      if (c < ASCII.length) {
        return ASCII[c];
      }
    }
    return folded.substring(start, ends[i]);
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
