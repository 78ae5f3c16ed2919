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
  /**
   * The text of each name seen: {@code sources[k]} from {@code froms[k]} to {@code tos[k]}, its
   * units' texts joined by single spaces; the folded text itself where the name is written so.
   */
  private String[] sources = new String[16];
  private int[] froms = new int[16];
  private int[] tos = new int[16];
  @SuppressWarnings("unchecked")
  private List<String>[] keys = new List[16];
  private int[] hashes = new int[16];
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
    int mask = sources.length - 1;
    int slot = mix(hash) & mask;
    while (sources[slot] != null) {
      if (hashes[slot] == hash && tos[slot] - froms[slot] == length
          && sameText(sources[slot], froms[slot], units, first, end)) {
        return keys[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (written && start >= 0) {
      sources[slot] = folded;
      froms[slot] = start;
    } else {
      sources[slot] = joined(units, first, end, length);
      froms[slot] = 0;
    }
    tos[slot] = froms[slot] + length;
    List<String> key = wordsOf(sources[slot], froms[slot], tos[slot]);
    keys[slot] = key;
    hashes[slot] = hash;
    if (++size * 2 > sources.length) {
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

  private void grow() {
    String[] oldSources = sources;
    int[] oldFroms = froms;
    int[] oldTos = tos;
    List<String>[] oldKeys = keys;
    int[] oldHashes = hashes;
    int capacity = 2 * oldSources.length;
    @SuppressWarnings("unchecked")
    List<String>[] newKeys = new List[capacity];
    sources = new String[capacity];
    froms = new int[capacity];
    tos = new int[capacity];
    keys = newKeys;
    hashes = new int[capacity];
    int mask = capacity - 1;
    for (int k = 0; k < oldSources.length; k++) {
      if (oldSources[k] == null) {
        continue;
      }
      int slot = mix(oldHashes[k]) & mask;
      while (sources[slot] != null) {
        slot = (slot + 1) & mask;
      }
      sources[slot] = oldSources[k];
      froms[slot] = oldFroms[k];
      tos[slot] = oldTos[k];
      keys[slot] = oldKeys[k];
      hashes[slot] = oldHashes[k];
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
