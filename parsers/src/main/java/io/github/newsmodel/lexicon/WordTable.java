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
 * <p>Open addressing over a power-of-two array of longs, filled at most half. A key of one to
 * {@value #MAX_PACKED} ASCII characters (none of them U+0000), the common case, is stored in its
 * slot as its characters packed seven bits each: a lookup of a short word packs the range once
 * and compares numbers, so that a miss reads only that array and a hit only that array and the
 * value. Other keys are stored as a marker with their hash and their entry index, and compared
 * with the characters of all keys, kept one after another in one array. Thread-safe.
 *
 * @param <V> the value type
 */
public final class WordTable<V> {
  /** The longest key whose characters are packed into its slot. */
  private static final int MAX_PACKED = 9;
  /**
   * The longest word {@link #packLowerCase} packs: a word of one to this many ASCII characters
   * (none U+0000) packs, seven bits a character, the first in the highest bits.
   */
  public static final int MAX_PACKED_LENGTH = MAX_PACKED;
  /** The bit that marks a slot holding a key that is not packed. */
  private static final long MARKER = Long.MIN_VALUE;

  /**
   * By slot: 0 for an empty slot; a positive number for a packed key (see {@link #pack}); for any
   * other key, {@link #MARKER} with the key's hash in bits 16 to 47 and its entry index in bits 0
   * to 15.
   */
  private final long[] slots;
  /** By slot: the value of the key held there. */
  private final Object[] slotValues;
  private final int mask;
  /** The shift that takes the high bits of a 32-bit product to a slot. */
  private final int shift;
  /** The shift that takes the high bits of a 64-bit product to a slot. */
  private final int longShift;
  /** The characters of all keys, one after another, so that comparing reads one array. */
  private final char[] chars;
  private final int[] keyStarts;

  private WordTable(long[] slots, Object[] slotValues, char[] chars, int[] keyStarts) {
    this.slots = slots;
    this.slotValues = slotValues;
    this.mask = slots.length - 1;
    this.shift = Integer.numberOfLeadingZeros(mask);
    this.longShift = Long.numberOfLeadingZeros(mask);
    this.chars = chars;
    this.keyStarts = keyStarts;
  }

  /**
   * Builds a table.
   *
   * @param entries the words and their values (no null keys or values)
   * @param <V> the value type
   * @return the table
   */
  public static <V> WordTable<V> of(Map<String, V> entries) {
    return of(entries, 2);
  }

  /**
   * Builds a table filled at most a quarter rather than half: twice the room, for fewer slots read
   * by a lookup that misses. For a table looked up once per word of every text; the same answers
   * as {@link #of}.
   *
   * @param entries the words and their values (no null keys or values)
   * @param <V> the value type
   * @return the table
   */
  public static <V> WordTable<V> ofSparse(Map<String, V> entries) {
    return of(entries, 4);
  }

  /** Builds a table with {@code spread} slots or more per entry (a power of two). */
  private static <V> WordTable<V> of(Map<String, V> entries, int spread) {
    if (entries.size() >= 0xFFFF) {
      throw new IllegalArgumentException("too many words for a word table: " + entries.size());
    }
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 2) * spread;
    long[] slots = new long[capacity];
    Object[] slotValues = new Object[capacity];
    int[] keyStarts = new int[entries.size() + 1];
    StringBuilder chars = new StringBuilder();
    int mask = capacity - 1;
    int index = 0;
    for (Map.Entry<String, V> entry : entries.entrySet()) {
      String key = Objects.requireNonNull(entry.getKey(), "key");
      V value = Objects.requireNonNull(entry.getValue(), "value");
      keyStarts[index] = chars.length();
      chars.append(key);
      long packed = packedKey(key);
      long stored;
      int slot;
      if (packed > 0) {
        stored = packed;
        slot = longSlot(packed, Long.numberOfLeadingZeros(mask));
      } else {
        int hash = key.hashCode();
        stored = marker(hash, index);
        slot = slot(hash, Integer.numberOfLeadingZeros(mask));
      }
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = stored;
      slotValues[slot] = value;
      index++;
    }
    keyStarts[index] = chars.length();
    char[] pool = new char[chars.length()];
    chars.getChars(0, pool.length, pool, 0);
    return new WordTable<>(slots, slotValues, pool, keyStarts);
  }

  /** The packed form of a key, or -1 when it is not packed (too long, empty, beyond ASCII, NUL). */
  private static long packedKey(String key) {
    if (key.isEmpty() || key.length() > MAX_PACKED) {
      return -1;
    }
    long packed = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == 0 || c >= 0x80) {
        return -1;
      }
      packed = packed << 7 | c;
    }
    return packed;
  }

  /** The slot contents for a key that is not packed. */
  private static long marker(int hash, int entry) {
    return MARKER | (hash & 0xFFFFFFFFL) << 16 | entry;
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
    if (end - start >= 1 && end - start <= MAX_PACKED) {
      long packed = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == 0 || c >= 0x80) {
          return getUnpacked(text, start, end);
        }
        packed = packed << 7 | c;
      }
      return findPacked(packed);
    }
    return getUnpacked(text, start, end);
  }

  /** {@link #get} for a range that no packed key can equal. */
  private V getUnpacked(CharSequence text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return findMarked(text, start, end, hash, false);
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
    if (end - start >= 1 && end - start <= MAX_PACKED) {
      long packed = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == 0 || c >= 0x80) {
          return getIgnoreCaseUnpacked(text, start, end);
        }
        packed = packed << 7 | asciiLower(c);
      }
      return findPacked(packed);
    }
    return getIgnoreCaseUnpacked(text, start, end);
  }

  /**
   * Looks up the lower-case form of a range of a string; the keys must be in lower case.
   *
   * @param text the string
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @return the value, or null when the lower-case word is not in the table
   */
  public V getIgnoreCase(String text, int start, int end) {
    // As the CharSequence form, written again so that the per-word lookups read a String directly.
    if (end - start >= 1 && end - start <= MAX_PACKED) {
      long packed = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c == 0 || c >= 0x80) {
          return getIgnoreCaseUnpacked(text, start, end);
        }
        packed = packed << 7 | asciiLower(c);
      }
      return findPacked(packed);
    }
    return getIgnoreCaseUnpacked(text, start, end);
  }

  /**
   * Adds a character to the packed lower-case form of a word read one character at a time, for
   * {@link #getIgnoreCase(String, int, int, long)}: start from 0 (no character), and feed every
   * character of the word in order. The result is -1 once the word cannot be packed (longer than
   * {@value #MAX_PACKED} characters, or with a character beyond ASCII or U+0000) and stays so.
   *
   * @param packed the packed form of the characters before, 0 for none, or -1
   * @param c the next character
   * @return the packed form with {@code c}, or -1
   */
  public static long packLowerCase(long packed, char c) {
    if (packed < 0 || packed >= 1L << (7 * (MAX_PACKED - 1)) || c == 0 || c >= 0x80) {
      // Negative: not packable already; at or above that bound: MAX_PACKED characters already,
      // since each character is at least 1 and takes seven bits.
      return -1;
    }
    return packed << 7 | asciiLower(c);
  }

  /**
   * Looks up the lower-case form of a range of a string, as {@link #getIgnoreCase(String, int, int)}
   * does, with the packed form the caller computed while reading the range: a lookup that need not
   * read the characters again.
   *
   * @param text the string
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @param packedLowerCase {@link #packLowerCase} fed the characters of the range in order (0 for an
   *     empty range)
   * @return the value, or null when the lower-case word is not in the table
   */
  public V getIgnoreCase(String text, int start, int end, long packedLowerCase) {
    return packedLowerCase > 0 ? findPacked(packedLowerCase) : getIgnoreCase(text, start, end);
  }

  /**
   * Looks up the lower-case form of a range of characters, as {@link #getIgnoreCase(String, int,
   * int, long)} does for the string they were copied from: for a caller that holds a copy of the
   * text already, so that a word that cannot be packed is read from an array.
   *
   * @param text the characters
   * @param start inclusive start of the word
   * @param end exclusive end of the word
   * @param packedLowerCase {@link #packLowerCase} fed the characters of the range in order (0 for an
   *     empty range)
   * @return the value, or null when the lower-case word is not in the table
   */
  public V getIgnoreCase(char[] text, int start, int end, long packedLowerCase) {
    if (packedLowerCase > 0) {
      return findPacked(packedLowerCase);
    }
    if (end - start >= 1 && end - start <= MAX_PACKED) {
      long packed = 0;
      for (int i = start; i < end; i++) {
        char c = text[i];
        if (c == 0 || c >= 0x80) {
          return getIgnoreCaseUnpacked(text, start, end);
        }
        packed = packed << 7 | asciiLower(c);
      }
      return findPacked(packed);
    }
    return getIgnoreCaseUnpacked(text, start, end);
  }

  /** {@link #getIgnoreCaseUnpacked(CharSequence, int, int)} on an array. */
  @SuppressWarnings("unchecked")
  private V getIgnoreCaseUnpacked(char[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c >= 0x80) {
        String lower = new String(text, start, end - start).toLowerCase(Locale.ROOT);
        return get(lower, 0, lower.length());
      }
      hash = 31 * hash + asciiLower(c);
    }
    int slot = slot(hash, shift);
    long expected = marker(hash, 0);
    long taken;
    while ((taken = slots[slot]) != 0) {
      if ((taken & ~0xFFFFL) == expected && sameLowerWord((int) (taken & 0xFFFF), text, start, end)) {
        return (V) slotValues[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** Whether the key of an entry is the ASCII lower case of {@code text[start, end)}. */
  private boolean sameLowerWord(int entry, char[] text, int start, int end) {
    int from = keyStarts[entry];
    if (keyStarts[entry + 1] - from != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (asciiLower(text[i]) != chars[from + i - start]) {
        return false;
      }
    }
    return true;
  }

  /** {@link #getIgnoreCase} for a range that no packed key may equal in lower case. */
  private V getIgnoreCaseUnpacked(CharSequence text, int start, int end) {
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
    return findMarked(text, start, end, hash, true);
  }

  /** The value of a packed key, or null. */
  @SuppressWarnings("unchecked")
  private V findPacked(long packed) {
    int slot = longSlot(packed, longShift);
    long taken;
    while ((taken = slots[slot]) != 0) {
      if (taken == packed) {
        return (V) slotValues[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** The value of a key that is not packed, equal to the range (in ASCII lower case if asked), or null. */
  @SuppressWarnings("unchecked")
  private V findMarked(CharSequence text, int start, int end, int hash, boolean lowerAscii) {
    int slot = slot(hash, shift);
    long expected = marker(hash, 0);
    long taken;
    while ((taken = slots[slot]) != 0) {
      if ((taken & ~0xFFFFL) == expected && sameWord((int) (taken & 0xFFFF), text, start, end, lowerAscii)) {
        return (V) slotValues[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
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

  /** The home slot of a packed key: the top bits of its product with the golden ratio's fraction. */
  private static int longSlot(long packed, int longShift) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> longShift);
  }

  /**
   * The home slot of a hash: its top bits after a multiplication by the golden ratio, so that the
   * near-consecutive hashes of short words spread over the table instead of forming runs.
   */
  private static int slot(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
