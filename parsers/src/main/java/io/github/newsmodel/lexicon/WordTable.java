package io.github.newsmodel.lexicon;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of lexicon words with their values, looked up with a range of a text, so
 * that matching a word of the text needs no substring and no lower-case copy. Two lookups:
 * {@link #get} compares the range as written; {@link #getIgnoreCase} compares its lower-case form
 * ({@link String#toLowerCase(Locale)} with {@link Locale#ROOT}) with keys that are themselves
 * written in lower case. Both give exactly what {@code map.get(text.substring(start, end))} and
 * {@code map.get(text.substring(start, end).toLowerCase(Locale.ROOT))} give on the map the table
 * was built from.
 *
 * <p>Open addressing over a power-of-two array, filled at most half, of one int per slot (part of
 * the hash and the entry), with the characters of all keys in one array: a lookup reads the range
 * once to hash it and once more per key of equal partial hash, and touches no key object.
 * Thread-safe.
 *
 * @param <V> the value type
 */
public final class WordTable<V> {
  /**
   * By slot: the top half of the key's hash and its entry index + 1 in the bottom half; 0 marks an
   * empty slot. One int per slot keeps the table small enough to stay in cache.
   */
  private final int[] slots;
  private final int mask;
  private final int shift;
  /** The characters of all keys, one after another, so that comparing reads one array. */
  private final char[] chars;
  private final int[] keyStarts;
  private final Object[] values;

  private WordTable(int[] slots, char[] chars, int[] keyStarts, Object[] values) {
    this.slots = slots;
    this.mask = slots.length - 1;
    this.shift = Integer.numberOfLeadingZeros(mask);
    this.chars = chars;
    this.keyStarts = keyStarts;
    this.values = values;
  }

  /**
   * Builds a table.
   *
   * @param entries the words and their values (no null keys or values)
   * @param <V> the value type
   * @return the table
   */
  public static <V> WordTable<V> of(Map<String, V> entries) {
    if (entries.size() >= 0xFFFF) {
      throw new IllegalArgumentException("too many words for a word table: " + entries.size());
    }
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 2) * 2;
    int[] slots = new int[capacity];
    int[] keyStarts = new int[entries.size() + 1];
    Object[] values = new Object[entries.size()];
    StringBuilder chars = new StringBuilder();
    int index = 0;
    for (Map.Entry<String, V> entry : entries.entrySet()) {
      String key = Objects.requireNonNull(entry.getKey(), "key");
      values[index] = Objects.requireNonNull(entry.getValue(), "value");
      keyStarts[index] = chars.length();
      chars.append(key);
      int hash = key.hashCode();
      int slot = slot(hash, Integer.numberOfLeadingZeros(capacity - 1));
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = (hash & 0xFFFF0000) | (index + 1);
      index++;
    }
    keyStarts[index] = chars.length();
    char[] pool = new char[chars.length()];
    chars.getChars(0, pool.length, pool, 0);
    return new WordTable<>(slots, pool, keyStarts, values);
  }

  /**
   * Builds a table of words, each with the value {@code true}.
   *
   * @param words the words
   * @return the table
   */
  public static WordTable<Boolean> ofWords(Collection<String> words) {
    Map<String, Boolean> entries = new LinkedHashMap<>();
    for (String word : words) {
      entries.put(word, Boolean.TRUE);
    }
    return of(entries);
  }

  /**
   * Looks up a range of a text as written.
   *
   * @param text the text
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @return the value, or null when the word is not in the table
   */
  public V get(CharSequence text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return find(text, start, end, hash, false);
  }

  /**
   * Looks up the lower-case form of a range of a text; the keys must be in lower case.
   *
   * @param text the text
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @return the value, or null when the lower-case word is not in the table
   */
  public V getIgnoreCase(CharSequence text, int start, int end) {
    if (text instanceof String string) {
      return getIgnoreCase(string, start, end);
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // Beyond ASCII, lower-casing may change the length or depend on context: copy once.
        String lower = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        return get(lower, 0, lower.length());
      }
      hash = 31 * hash + asciiLower(c);
    }
    return find(text, start, end, hash, true);
  }

  /**
   * Looks up the lower-case form of a range of a string; the keys must be in lower case.
   *
   * @param text the string
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @return the value, or null when the lower-case word is not in the table
   */
  @SuppressWarnings("unchecked")
  public V getIgnoreCase(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        return get(lower, 0, lower.length());
      }
      hash = 31 * hash + asciiLower(c);
    }
    int slot = slot(hash, shift);
    int taken;
    while ((taken = slots[slot]) != 0) {
      if (((taken ^ hash) & 0xFFFF0000) == 0) {
        int entry = taken & 0xFFFF;
        int from = keyStarts[entry - 1];
        if (keyStarts[entry] - from == end - start && sameLower(text, start, end, from)) {
          return (V) values[entry - 1];
        }
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private boolean sameLower(String text, int start, int end, int from) {
    for (int i = start; i < end; i++) {
      if (asciiLower(text.charAt(i)) != chars[from + i - start]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Looks up a whole word as written.
   *
   * @param word the word
   * @return the value, or null
   */
  public V get(String word) {
    return get(word, 0, word.length());
  }

  /**
   * Tells whether a range of a text, as written, is in the table.
   *
   * @param text the text
   * @param start inclusive start
   * @param end exclusive end
   * @return true when it is
   */
  public boolean contains(CharSequence text, int start, int end) {
    return get(text, start, end) != null;
  }

  /**
   * Tells whether a word, in lower case ({@link String#toLowerCase(Locale)} with {@link
   * Locale#ROOT}), equals a key; without a copy when the word is ASCII.
   *
   * @param lowerKey the key, in lower case
   * @param word the word as written
   * @return true when {@code word.toLowerCase(Locale.ROOT).equals(lowerKey)}
   */
  public static boolean equalsLowerCase(String lowerKey, String word) {
    return equalsLowerCase(lowerKey, word, 0, word.length());
  }

  /**
   * Tells whether a range of a text, in lower case ({@link String#toLowerCase(Locale)} with {@link
   * Locale#ROOT}), equals a key; without a copy when the range is ASCII.
   *
   * @param lowerKey the key, in lower case
   * @param text the text
   * @param start inclusive start of the range
   * @param end exclusive end of the range
   * @return true when {@code text.substring(start, end).toLowerCase(Locale.ROOT).equals(lowerKey)}
   */
  public static boolean equalsLowerCase(String lowerKey, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return lowerKey.equals(text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      // Before the first non-ASCII character, lower-casing keeps every position.
      if (i - start >= lowerKey.length() || asciiLower(c) != lowerKey.charAt(i - start)) {
        return false;
      }
    }
    return lowerKey.length() == end - start;
  }

  @SuppressWarnings("unchecked")
  private V find(CharSequence text, int start, int end, int hash, boolean lowerAscii) {
    int slot = slot(hash, shift);
    int taken;
    while ((taken = slots[slot]) != 0) {
      if (((taken ^ hash) & 0xFFFF0000) == 0 && sameWord((taken & 0xFFFF) - 1, text, start, end, lowerAscii)) {
        return (V) values[(taken & 0xFFFF) - 1];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  private boolean sameWord(int entry, CharSequence text, int start, int end, boolean lowerAscii) {
    int from = keyStarts[entry];
    if (keyStarts[entry + 1] - from != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if ((lowerAscii ? asciiLower(c) : c) != chars[from + i - start]) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * The home slot of a hash: its top bits after a multiplication by the golden ratio, so that the
   * near-consecutive hashes of short words spread over the table instead of forming runs.
   */
  private static int slot(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
