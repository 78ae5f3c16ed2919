package io.github.newsmodel.temporal;

import java.util.Map;

/**
 * A small immutable table of lower-case words, looked up by a range of a text together with the
 * hash of the range's ASCII lower-case form, which the caller computes while scanning the word (see
 * {@link #hash(int, char)}): a lookup compares primitive arrays only (the hash and length of a key,
 * then its characters, kept together in one array), copies nothing and touches no key object, so
 * that it stays cheap when the table is not in cache. Only for ranges of ASCII characters, where
 * lower-casing in the root locale maps each letter A-Z to a-z and keeps everything else; a word
 * with other characters is lower-cased and looked up whole with {@link #get(String)}. Thread-safe.
 *
 * @param <V> the value type
 */
final class LowerWordIndex<V> {
  /** By slot: the index of the entry + 1, or 0 for an empty slot; filled at most one eighth. */
  private final int[] slots;
  private final int mask;
  /** By entry: the hash of the key ({@link String#hashCode()}). */
  private final int[] hashes;
  /** By entry: where its key starts in {@link #chars}; one more element marks the end of the last key. */
  private final int[] keyStarts;
  private final char[] chars;
  private final Object[] values;
  private final int maxLength;

  /**
   * Builds an index.
   *
   * @param entries lower-case words and their values (no nulls)
   */
  LowerWordIndex(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 8);
    slots = new int[capacity];
    mask = capacity - 1;
    hashes = new int[entries.size()];
    keyStarts = new int[entries.size() + 1];
    values = new Object[entries.size()];
    StringBuilder pool = new StringBuilder();
    int longest = 0;
    int entry = 0;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String key = e.getKey();
      hashes[entry] = key.hashCode();
      keyStarts[entry] = pool.length();
      pool.append(key);
      values[entry] = e.getValue();
      int slot = slot(key.hashCode());
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
      longest = Math.max(longest, key.length());
      entry++;
    }
    keyStarts[entry] = pool.length();
    chars = pool.toString().toCharArray();
    maxLength = longest;
  }

  /**
   * Extends the hash of a word by one character, lower-cased as an ASCII letter; the result for a
   * whole ASCII word equals {@link String#hashCode()} of its lower-case form.
   *
   * @param hash the hash of the characters before (0 for none)
   * @param c the next character, ASCII
   * @return the hash including {@code c}
   */
  static int hash(int hash, char c) {
    return 31 * hash + asciiLower(c);
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
   * Looks up the lower-case form of an ASCII range of a text.
   *
   * @param text the text
   * @param start inclusive start of the word
   * @param end exclusive end of the word; every character in between below U+0080
   * @param hash the hash of the range built with {@link #hash(int, char)}
   * @return the value, or null when the word is not in the index
   */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end, int hash) {
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
      if (hashes[entry] == hash && keyStarts[entry + 1] - from == lower.length()
          && sameChars(lower, from)) {
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
}
