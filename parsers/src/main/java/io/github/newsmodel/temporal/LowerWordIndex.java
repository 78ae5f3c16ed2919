package io.github.newsmodel.temporal;

import java.util.Map;

/**
 * A small immutable table of lower-case words, looked up by a range of a text together with the
 * hash of the range's ASCII lower-case form, which the caller computes while scanning the word (see
 * {@link #hash(int, char)}): a lookup reads the word's characters once more only to confirm a key
 * of equal hash and length, and copies nothing. Only for ranges of ASCII characters, where
 * lower-casing in the root locale maps each letter A-Z to a-z and keeps everything else; a word
 * with other characters is lower-cased and looked up whole with {@link #get(String)}. Thread-safe.
 *
 * @param <V> the value type
 */
final class LowerWordIndex<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;
  private final int maxLength;

  /**
   * Builds an index.
   *
   * @param entries lower-case words and their values (no nulls)
   */
  LowerWordIndex(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 4);
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    int longest = 0;
    for (Map.Entry<String, V> entry : entries.entrySet()) {
      String key = entry.getKey();
      int slot = slot(key.hashCode());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = entry.getValue();
      longest = Math.max(longest, key.length());
    }
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
    int length = end - start;
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && key.hashCode() == hash && sameLower(key, text, start)) {
        return (V) values[slot];
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
    for (int slot = slot(lower.hashCode()); keys[slot] != null; slot = (slot + 1) & mask) {
      if (keys[slot].equals(lower)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private static boolean sameLower(String key, String text, int start) {
    for (int k = 0; k < key.length(); k++) {
      if (asciiLower(text.charAt(start + k)) != key.charAt(k)) {
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
