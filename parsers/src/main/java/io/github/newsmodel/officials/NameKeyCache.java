package io.github.newsmodel.officials;

import java.util.ArrayList;
import java.util.List;

/**
 * The key words ({@link NameKey#words}) of the names read in one article, by the text of their
 * units, so that a name repeated is keyed once. A name is looked up by reading the text of its
 * units in place: its text is cut only the first time it is seen. Not thread-safe: one per
 * article.
 */
final class NameKeyCache {
  /** The folded text of the article, in which most names are written as their key reads them. */
  private final String folded;
  /** Slots at first: room for the 12 names of most articles, at three quarters full. */
  private static final int INITIAL_SLOTS = 16;
  /**
   * The names seen, by slot of an open-addressing table: slot {@code k} holds the string of the
   * text of a name at {@code objects[2 * k]} (null for a free slot), its key words at {@code
   * objects[2 * k + 1]}, and the hash of its text, where it starts and where it ends in that
   * string at {@code ints[3 * k]} to {@code ints[3 * k + 2]}. The text of a name is its units'
   * texts joined by single spaces; the string holding it is the folded text where the name is
   * written so.
   */
  private Object[] objects = new Object[2 * INITIAL_SLOTS];
  private int[] ints = new int[3 * INITIAL_SLOTS];
  private int slots = INITIAL_SLOTS;
  private int size;
  /** Working space for the folded words of a new name. */
  private char[] chars = new char[32];
  private final List<String> words = new ArrayList<>();

  /**
   * Creates an empty cache.
   *
   * @param folded the folded text of the article, which one-word units read
   */
  NameKeyCache(String folded) {
    this.folded = folded;
  }

  /**
   * Returns the key words of a name run: those of the texts of its units but suffixes and
   * punctuation, joined by single spaces.
   *
   * @param units the units of the sentence
   * @param first the first unit of the name
   * @param end the unit after the name
   * @return the key words, an immutable list, the same for every run of the same text
   */
  List<String> keyWords(List<Unit> units, int first, int end) {
    int hash = 0;
    int length = -1;
    // Whether the text is the folded text from the first unit kept to the last, as written.
    boolean written = true;
    int previousEnd = -1;
    int start = -1;
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (skipped(unit)) {
        continue;
      }
      if (previousEnd >= 0) {
        hash = 31 * hash + ' ';
        written &= unit.start() == previousEnd + 1 && folded.charAt(previousEnd) == ' ';
      } else {
        start = unit.start();
      }
      int n = unit.length();
      written &= n == unit.end() - unit.start();
      for (int k = 0; k < n; k++) {
        char c = unit.charAt(k);
        hash = 31 * hash + c;
        written = written && folded.charAt(unit.start() + k) == c;
      }
      length += n + 1;
      previousEnd = unit.end();
    }
    length = Math.max(length, 0);
    int mask = slots - 1;
    int slot = mix(hash) & mask;
    while (objects[2 * slot] != null) {
      if (ints[3 * slot] == hash && ints[3 * slot + 2] - ints[3 * slot + 1] == length
          && sameText((String) objects[2 * slot], ints[3 * slot + 1], units, first, end)) {
        @SuppressWarnings("unchecked")
        List<String> key = (List<String>) objects[2 * slot + 1];
        return key;
      }
      slot = (slot + 1) & mask;
    }
    String source = written && start >= 0 ? folded : joined(units, first, end, length);
    int from = source == folded ? start : 0;
    List<String> key = wordsOf(source, from, from + length);
    objects[2 * slot] = source;
    objects[2 * slot + 1] = key;
    ints[3 * slot] = hash;
    ints[3 * slot + 1] = from;
    ints[3 * slot + 2] = from + length;
    if (++size * 4 > slots * 3) {
      grow();
    }
    return key;
  }

  /** The texts of the units kept, joined by single spaces. */
  private static String joined(List<Unit> units, int first, int end, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (!skipped(unit)) {
        if (text.length() > 0) {
          text.append(' ');
        }
        unit.appendTo(text);
      }
    }
    return text.toString();
  }

  /** Whether a unit is left out of the text of a name. */
  private static boolean skipped(Unit unit) {
    return unit.is(WordClass.SUFFIX) || unit.is(WordClass.PUNCT);
  }

  /** Spreads the bits of a hash over the low ones. */
  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Whether {@code source} from {@code from} on is the text of units {@code [first, end)}, its length known equal. */
  private static boolean sameText(String source, int from, List<Unit> units, int first, int end) {
    int p = from;
    boolean separated = false;
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (skipped(unit)) {
        continue;
      }
      if (separated && source.charAt(p++) != ' ') {
        return false;
      }
      for (int k = 0, n = unit.length(); k < n; k++) {
        if (source.charAt(p++) != unit.charAt(k)) {
          return false;
        }
      }
      separated = true;
    }
    return true;
  }

  /** Doubles the table. */
  private void grow() {
    Object[] oldObjects = objects;
    int[] oldInts = ints;
    int oldSlots = slots;
    slots = 2 * oldSlots;
    objects = new Object[2 * slots];
    ints = new int[3 * slots];
    int mask = slots - 1;
    for (int k = 0; k < oldSlots; k++) {
      if (oldObjects[2 * k] == null) {
        continue;
      }
      int slot = mix(oldInts[3 * k]) & mask;
      while (objects[2 * slot] != null) {
        slot = (slot + 1) & mask;
      }
      System.arraycopy(oldObjects, 2 * k, objects, 2 * slot, 2);
      System.arraycopy(oldInts, 3 * k, ints, 3 * slot, 3);
    }
  }

  /**
   * {@link NameKey#words} of the name {@code source[from, to)}, as an immutable list: an ASCII
   * name is folded in this cache's working space.
   */
  private List<String> wordsOf(String source, int from, int to) {
    if (!NameKey.isAscii(source, from, to)) {
      return Lists.copyOf(NameKey.words(source.substring(from, to)));
    }
    int room = NameKey.foldedCapacity(to - from);
    if (chars.length < room) {
      chars = new char[Math.max(room, 2 * chars.length)];
    }
    words.clear();
    NameKey.asciiWords(source, from, to, chars, words);
    return Lists.copyOf(words);
  }
}
