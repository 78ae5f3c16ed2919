package io.github.newsmodel.temporal;

import java.util.Map;

/**
 * A small immutable table of lower-case words, looked up by a range of a text without copying it,
 * on primitive arrays only, so that a lookup stays cheap when the table is not in cache. Thread-safe.
 *
 * <p>Short words, the common case, are looked up by a number the caller builds while scanning the
 * word ({@link #pack(long, char)}): up to {@link #MAX_PACKED} ASCII characters, lower-cased as
 * lower-casing in the root locale lower-cases ASCII (A-Z to a-z, nothing else), 7 bits each. Two
 * such words are equal exactly when their numbers are, so a lookup compares one {@code long} per
 * candidate and reads no character again. Longer ASCII words are hashed and compared character by
 * character ({@link #get(String, int, int)}); a word with other characters is lower-cased and
 * looked up whole ({@link #get(String)}).
 *
 * @param <V> the value type
 */
final class LowerWordIndex<V> {
  /** The longest word {@link #pack(long, char)} numbers exactly: 9 characters of 7 bits in 63 bits. */
  static final int MAX_PACKED = 9;

  /** By slot: the index of the entry + 1, or 0 for an empty slot; filled at most one eighth. */
  private final int[] slots;
  /** Like {@link #slots}, for the keys that can be packed, by their packed number. */
  private final int[] packedSlots;
  /**
   * One bit for each value of {@link #filterBit(long)}, set for the packed keys: two cache lines
   * that turn most words away before the larger table is read.
   */
  private final long[] packedFilter = new long[16];
  private final int mask;
  /** By entry: the hash of the key ({@link String#hashCode()}). */
  private final int[] hashes;
  /** By entry: the key packed ({@link #pack(long, char)}), or -1 when it cannot be. */
  private final long[] packed;
  /** By entry: where its key starts in {@link #chars}; one more element marks the end of the last key. */
  private final int[] keyStarts;
  private final char[] chars;
  private final Object[] values;
  private final int maxLength;

  /**
   * Builds an index.
   *
   * @param entries lower-case words and their values (no nulls, no empty words)
   */
  LowerWordIndex(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 8);
    slots = new int[capacity];
    packedSlots = new int[capacity];
    mask = capacity - 1;
    hashes = new int[entries.size()];
    packed = new long[entries.size()];
    keyStarts = new int[entries.size() + 1];
    values = new Object[entries.size()];
    StringBuilder pool = new StringBuilder();
    int longest = 0;
    int entry = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String key = e.getKey();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      hashes[entry] = key.hashCode();
      packed[entry] = packKey(key);
      keyStarts[entry] = pool.length();
      pool.append(key);
      values[entry] = e.getValue();
      put(slots, slot(key.hashCode()), entry);
      if (packed[entry] >= 0) {
        put(packedSlots, slot(packed[entry]), entry);
        packedFilter[filterBit(packed[entry]) >>> 6] |= 1L << filterBit(packed[entry]);
      }
      longest = Math.max(longest, key.length());
      entry++;
    }
    keyStarts[entry] = pool.length();
    chars = pool.toString().toCharArray();
    maxLength = longest;
  }

  private void put(int[] table, int home, int entry) {
    int slot = home;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = entry + 1;
  }

  /** Packs a key as a scanned word would be, or returns -1 for a key that no packed word can equal. */
  private static long packKey(String key) {
    if (key.length() > MAX_PACKED) {
      return -1;
    }
    long number = 0;
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      if (c >= 0x80 || c >= 'A' && c <= 'Z') {
        return -1; // a lower-cased ASCII word has neither
      }
      number = pack(number, c);
    }
    return number;
  }

  /**
   * Extends the packed number of a word by one character, lower-cased as an ASCII letter. The
   * number of a word of at most {@link #MAX_PACKED} ASCII characters, none of them U+0000, tells
   * it apart from every other such word in lower case.
   *
   * @param number the number of the characters before (0 for none)
   * @param c the next character, ASCII
   * @return the number including {@code c}
   */
  static long pack(long number, char c) {
    return number << 7 | asciiLower(c);
  }

  /**
   * Returns the length of the longest key: no longer ASCII word is in the index.
   *
   * @return the length in characters
   */
  int maxLength() {
    return maxLength;
  }

  /**
   * Looks up the lower-case form of a word of 1 to {@link #MAX_PACKED} ASCII characters (none of
   * them U+0000) by its packed number.
   *
   * @param number the word's number built with {@link #pack(long, char)}
   * @return the value, or null when the word is not in the index
   */
  @SuppressWarnings("unchecked")
  V getPacked(long number) {
    int bit = filterBit(number);
    if ((packedFilter[bit >>> 6] & 1L << bit) == 0) {
      return null;
    }
    for (int slot = slot(number), taken; (taken = packedSlots[slot]) != 0; slot = (slot + 1) & mask) {
      if (packed[taken - 1] == number) {
        return (V) values[taken - 1];
      }
    }
    return null;
  }

  /**
   * Looks up the lower-case form of an ASCII range of a text.
   *
   * @param text the text
   * @param start inclusive start of the word
   * @param end exclusive end of the word; every character in between below U+0080
   * @return the value, or null when the word is not in the index
   */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end) {
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + asciiLower(text.charAt(k));
    }
    for (int slot = slot(hash), taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
      int entry = taken - 1;
      int from = keyStarts[entry];
      if (hashes[entry] == hash && keyStarts[entry + 1] - from == end - start && sameLower(text, start, end, from)) {
        return (V) values[entry];
      }
    }
    return null;
  }

  /**
   * Looks up a word already in lower case.
   *
   * @param lower the word
   * @return the value, or null when the word is not in the index
   */
  @SuppressWarnings("unchecked")
  V get(String lower) {
    int hash = lower.hashCode();
    for (int slot = slot(hash), taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
      int entry = taken - 1;
      int from = keyStarts[entry];
      if (hashes[entry] == hash && keyStarts[entry + 1] - from == lower.length() && sameChars(lower, from)) {
        return (V) values[entry];
      }
    }
    return null;
  }

  private boolean sameChars(String lower, int from) {
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  private boolean sameLower(String text, int start, int end, int from) {
    for (int k = start; k < end; k++) {
      if (asciiLower(text.charAt(k)) != chars[from + k - start]) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The home slot of a hash: its top bits after a multiplication by the golden ratio. */
  private int slot(int hash) {
    return ((hash * 0x9E3779B9) >>> 16) & mask;
  }

  /** The bit of a packed word in {@link #packedFilter}: the top 10 bits of a multiplicative hash. */
  private static int filterBit(long number) {
    return (int) ((number * 0x9E3779B97F4A7C15L) >>> 54);
  }

  /** The home slot of a packed word. */
  private int slot(long number) {
    return slot((int) (number ^ number >>> 29));
  }
}
