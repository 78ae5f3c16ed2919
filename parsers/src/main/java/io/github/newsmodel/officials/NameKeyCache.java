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
  /** The texts of the names seen: their units' texts, each followed by a space. */
  private String[] names = new String[16];
  @SuppressWarnings("unchecked")
  private List<String>[] keys = new List[16];
  private int[] hashes = new int[16];
  private int size;
  /** Working space for the folded words of a new name. */
  private char[] chars = new char[32];
  private final List<String> words = new ArrayList<>();

  /**
   * Returns the key words of a name run: those of the texts of its units but suffixes and
   * punctuation, each followed by a space.
   *
   * @param units the units of the sentence
   * @param first the first unit of the name
   * @param end the unit after the name
   * @return the key words, an immutable list, the same for every run of the same text
   */
  List<String> keyWords(List<Unit> units, int first, int end) {
    int hash = 0;
    int length = 0;
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (skipped(unit)) {
        continue;
      }
      for (int k = 0, n = unit.length(); k < n; k++) {
        hash = 31 * hash + unit.charAt(k);
      }
      hash = 31 * hash + ' ';
      length += unit.length() + 1;
    }
    int mask = names.length - 1;
    int slot = mix(hash) & mask;
    while (names[slot] != null) {
      if (hashes[slot] == hash && sameText(names[slot], length, units, first, end)) {
        return keys[slot];
      }
      slot = (slot + 1) & mask;
    }
    StringBuilder text = new StringBuilder(length);
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (!skipped(unit)) {
        unit.appendTo(text);
        text.append(' ');
      }
    }
    String name = text.toString();
    List<String> key = wordsOf(name);
    names[slot] = name;
    keys[slot] = key;
    hashes[slot] = hash;
    if (++size * 2 > names.length) {
      grow();
    }
    return key;
  }

  /** Whether a unit is left out of the text of a name. */
  private static boolean skipped(Unit unit) {
    return unit.is(WordClass.SUFFIX) || unit.is(WordClass.PUNCT);
  }

  /** Spreads the bits of a hash over the low ones. */
  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** Whether {@code name} is the text of units {@code [first, end)}, of the given length. */
  private static boolean sameText(String name, int length, List<Unit> units, int first, int end) {
    if (name.length() != length) {
      return false;
    }
    int p = 0;
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (skipped(unit)) {
        continue;
      }
      for (int k = 0, n = unit.length(); k < n; k++) {
        if (name.charAt(p++) != unit.charAt(k)) {
          return false;
        }
      }
      if (name.charAt(p++) != ' ') {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldNames = names;
    List<String>[] oldKeys = keys;
    int[] oldHashes = hashes;
    @SuppressWarnings("unchecked")
    List<String>[] newKeys = new List[2 * oldNames.length];
    names = new String[2 * oldNames.length];
    keys = newKeys;
    hashes = new int[2 * oldNames.length];
    int mask = names.length - 1;
    for (int k = 0; k < oldNames.length; k++) {
      if (oldNames[k] == null) {
        continue;
      }
      int slot = mix(oldHashes[k]) & mask;
      while (names[slot] != null) {
        slot = (slot + 1) & mask;
      }
      names[slot] = oldNames[k];
      keys[slot] = oldKeys[k];
      hashes[slot] = oldHashes[k];
    }
  }

  /**
   * {@link NameKey#words} of a name, as an immutable list: an ASCII name is folded in this
   * cache's working space.
   */
  private List<String> wordsOf(String name) {
    if (!NameKey.isAscii(name)) {
      return List.copyOf(NameKey.words(name));
    }
    if (chars.length < name.length()) {
      chars = new char[Math.max(name.length(), 2 * chars.length)];
    }
    words.clear();
    NameKey.asciiWords(name, chars, words);
    return Lists.copyOf(words);
  }
}
