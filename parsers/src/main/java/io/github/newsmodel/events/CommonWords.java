package io.github.newsmodel.events;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.temporal.DateScanner;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One canonical lower-case string for each word of the lexicons that name what news about
 * officials talks of (the cue files of the event, meeting and agreement readers, the vocabulary of
 * titles and organisations, the words that are no names, countries, months), so that
 * {@link EventSentence} gives such a word this string instead of cutting a new one: most words of an
 * article are among these (two in three on the development articles), and a phrase lexicon then
 * compares its keys with them by identity. Looked up in an open-addressing table with the hash code
 * of the lower-case word, computed while the sentence is scanned, and found by the word's
 * characters packed into a number (or, for a long word, compared in place with the folded text).
 * The words that may start a date expression ({@link DateScanner#startWords()} and the words of
 * relative dates) are all kept and marked, so that a sentence learns while it is scanned whether it
 * may hold a date. Built once per
 * JVM; immutable and thread-safe.
 */
final class CommonWords {
  /**
   * The lexicon files whose words are kept: the phrase lexicons of the event readers (so that their
   * keys are the shared strings), and the files whose words are frequent in news about officials.
   */
  private static final List<String> FILES = List.of("modality-cues.tsv", "meeting-cues.tsv", "topic-cues.tsv",
      "agreement-kinds.tsv", "agreement-cues.tsv", "party-words.tsv", "title-words.tsv", "organization-words.tsv",
      "name-parts.tsv", "non-name-words.txt", "countries.tsv", "months.tsv");
  /** The longest word kept. */
  private static final int MAX_LENGTH = 64;

  /** By slot: the word, or null for an empty slot. At most two thirds of the slots are full. */
  private static final String[] KEYS;
  /** By slot: the hash code of the word. */
  private static final int[] HASHES;
  /**
   * By slot: the word's characters packed seven bits each (see {@link #pack}), for ASCII words of
   * at most {@link #MAX_PACKED} characters, else -1. A lookup compares these numbers rather than reading the
   * word's string, which is rarely in the processor's cache. {@link #EMPTY} for an empty slot.
   */
  private static final long[] PACKED;
  /**
   * By slot: the word's roles in date expressions ({@link #DATE_START}, {@link #DATE_PHRASE_FIRST},
   * {@link #DATE_PHRASE_SECOND}); every word with a role is among the common words, so that a word
   * that is none has none.
   */
  private static final byte[] DATE_ROLES;
  /** A word that starts a date expression by itself ({@link DateScanner#startWords()}). */
  static final int DATE_START = 1;
  /** A word that starts a date expression before a second word ({@link DateScanner#phraseFirstWords()}). */
  static final int DATE_PHRASE_FIRST = 2;
  /** The second word of a relative date of several words ({@link DateScanner#phraseSecondWords()}). */
  static final int DATE_PHRASE_SECOND = 4;
  /** The packed form of an empty slot: no word packs to 0, as every character packs to at least 1. */
  private static final long EMPTY = 0;
  /** The longest word whose characters are packed into a number. */
  private static final int MAX_PACKED = 9;

  static {
    TableBuilder table = new TableBuilder();
    for (String file : FILES) {
      for (String line : LexiconResource.lines(file)) {
        addWords(line, table);
      }
    }
    Set<String> dateStarts = DateScanner.startWords();
    Set<String> phraseFirsts = DateScanner.phraseFirstWords();
    Set<String> phraseSeconds = DateScanner.phraseSecondWords();
    for (Set<String> words : List.of(dateStarts, phraseFirsts, phraseSeconds)) {
      for (String word : words) {
        table.add(word, 0, word.length());
      }
    }
    KEYS = table.keys;
    DATE_ROLES = new byte[KEYS.length];
    for (int slot = 0; slot < KEYS.length; slot++) {
      String key = KEYS[slot];
      if (key != null) {
        DATE_ROLES[slot] = (byte) ((dateStarts.contains(key) ? DATE_START : 0)
            | (phraseFirsts.contains(key) ? DATE_PHRASE_FIRST : 0) | (phraseSeconds.contains(key) ? DATE_PHRASE_SECOND : 0));
      }
    }
    HASHES = table.hashes;
    PACKED = new long[KEYS.length];
    for (int slot = 0; slot < KEYS.length; slot++) {
      PACKED[slot] = KEYS[slot] == null ? EMPTY : KEYS[slot].length() > MAX_PACKED ? -1 : pack(KEYS[slot], 0,
          KEYS[slot].length());
    }
  }

  /**
   * Packs the lower case of {@code text[from, to)} as {@link WordTable#packLowerCase} does: seven
   * bits a character for at most {@link #MAX_PACKED} ASCII characters, else -1.
   */
  private static long pack(String text, int from, int to) {
    long packed = 0;
    for (int k = from; k < to && packed >= 0; k++) {
      packed = WordTable.packLowerCase(packed, text.charAt(k));
    }
    return packed;
  }

  private CommonWords() {}

  /**
   * The table being filled, doubled when two thirds full: a table that small stays in the
   * processor's nearer caches while every word of every sentence is looked up, which costs less than
   * the probes a sparser table saves.
   */
  private static final class TableBuilder {
    String[] keys = new String[1024];
    int[] hashes = new int[1024];
    int size;

    /** Adds the lower case of an ASCII part of a text, unless it is there already. */
    void add(String text, int from, int to) {
      int hash = 0;
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      int slot = slotOf(keys, hashes, text, from, to, hash);
      if (keys[slot] != null) {
        return;
      }
      keys[slot] = text.substring(from, to).toLowerCase(Locale.ROOT);
      hashes[slot] = hash;
      if (++size * 3 > keys.length * 2) {
        String[] old = keys;
        keys = new String[old.length * 2];
        hashes = new int[old.length * 2];
        for (String key : old) {
          if (key != null) {
            int at = slotOf(keys, hashes, key, 0, key.length(), key.hashCode());
            keys[at] = key;
            hashes[at] = key.hashCode();
          }
        }
      }
    }
  }

  /**
   * Adds the lower-case ASCII words of a line of a lexicon: runs of letters and digits, joined by
   * inner hyphens and apostrophes, as {@link EventSentence} cuts words; a word ending in {@code 's}
   * is kept with and without it, since a sentence cuts a possessive apart. A cheap scan rather than
   * the tokenizer, since the table is built while the first article waits: a word it cuts
   * differently is merely not shared.
   */
  private static void addWords(String line, TableBuilder table) {
    int n = line.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(line.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      boolean ascii = true;
      while (j < n) {
        char c = line.charAt(j);
        if (!isWordChar(c) && !((c == '-' || c == '\'') && j + 1 < n && isWordChar(line.charAt(j + 1)))) {
          break;
        }
        ascii &= c < 0x80;
        j++;
      }
      if (ascii && j - i <= MAX_LENGTH) {
        table.add(line, i, j);
        if (j - i > 2 && line.charAt(j - 2) == '\'' && (line.charAt(j - 1) == 's' || line.charAt(j - 1) == 'S')) {
          table.add(line, i, j - 2);
        }
      }
      i = j;
    }
  }

  /** A letter or digit, tested without a table lookup for ASCII. */
  private static boolean isWordChar(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        : Character.isLetterOrDigit(c);
  }

  /**
   * Returns the canonical string of an ASCII word of the text, lower-cased, if it is a common word.
   *
   * @param text the folded text
   * @param from the word's start
   * @param to the word's end
   * @param hash the hash code of the lower-case word ({@link String#hashCode()})
   * @return the canonical lower-case string, or null when the word is not among the common words
   */
  static String find(String text, int from, int to, int hash) {
    int index = indexOf(text, from, to, hash, to - from > MAX_PACKED ? -1 : pack(text, from, to));
    return index < 0 ? null : KEYS[index];
  }

  /**
   * Returns the index of an ASCII word of the text, lower-cased, among the common words, with the
   * packed form of its lower case that the caller computed while reading it: a word of at most
   * {@link #MAX_PACKED} characters is found by that number alone, without reading its characters
   * again or the table's hash codes.
   *
   * @param text the folded text
   * @param from the word's start
   * @param to the word's end
   * @param hash the hash code of the lower-case word ({@link String#hashCode()})
   * @param packed for a word of at most {@link #MAX_PACKED} characters, its lower case packed as
   *     {@link WordTable#packLowerCase} packs it (-1 beyond ASCII); ignored for longer words
   * @return the word's index for {@link #word} and {@link #dateRoles}, or -1 when the word is not
   *     among the common words
   */
  static int indexOf(String text, int from, int to, int hash, long packed) {
    if (to - from > MAX_PACKED || packed < 0) {
      // Long, or beyond ASCII: compare the characters.
      int slot = slotOf(KEYS, HASHES, text, from, to, hash);
      return KEYS[slot] == null ? -1 : slot;
    }
    int mask = KEYS.length - 1;
    int slot = (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    // The packed forms of the words of one length or less tell them apart; an empty slot's is 0.
    long key;
    while ((key = PACKED[slot]) != EMPTY) {
      if (key == packed) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Returns the canonical lower-case string of a common word.
   *
   * @param index the word's index, as {@link #indexOf} returns it
   * @return the word
   */
  static String word(int index) {
    return KEYS[index];
  }

  /**
   * Returns the roles of a common word in date expressions.
   *
   * @param index the word's index, as {@link #indexOf} returns it
   * @return a combination of {@link #DATE_START}, {@link #DATE_PHRASE_FIRST} and {@link
   *     #DATE_PHRASE_SECOND}; 0 for none
   */
  static int dateRoles(int index) {
    return DATE_ROLES[index];
  }

  /**
   * The slot of the lower case of {@code text[from, to)} in a table, or the empty slot where it would
   * go. The first slot probed is the hash code's product with the golden ratio's fraction, whose high
   * bits depend on all of its bits: the hash codes of short words differ in their low bits only, and
   * would crowd together.
   */
  private static int slotOf(String[] keys, int[] hashes, String text, int from, int to, int hash) {
    int mask = keys.length - 1;
    int slot = (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    String key;
    while ((key = keys[slot]) != null && !(hashes[slot] == hash && sameLowerCase(key, text, from, to))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Whether {@code key} is the ASCII lower case of {@code text[from, to)}. */
  private static boolean sameLowerCase(String key, String text, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      char c = text.charAt(from + k);
      if (key.charAt(k) != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
        return false;
      }
    }
    return true;
  }
}
