package io.github.newsmodel.events;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One canonical lower-case string for each word of the lexicons that name what news about
 * officials talks of (the cue files of the event, meeting and agreement readers, the vocabulary of
 * titles and institutions, countries, cities, months, frequent function words), so that
 * {@link EventSentence} gives such a word this string instead of cutting a new one: most words of an
 * article are among these (two in three on the development articles), and a phrase lexicon then
 * compares its keys with them by identity. Looked up in an open-addressing table with the hash code
 * of the lower-case word, computed while the sentence is scanned, and compared in place with the
 * folded text. Built once per JVM; immutable and thread-safe.
 */
final class CommonWords {
  /** The lexicon files whose words are kept: every cell, tokenized as sentences are. */
  private static final List<String> FILES = List.of("modality-cues.tsv", "meeting-cues.tsv", "topic-cues.tsv",
      "agreement-kinds.tsv", "agreement-cues.tsv", "party-words.tsv", "stopwords.tsv", "title-words.tsv",
      "organization-words.tsv", "institutions.tsv", "readout-cues.tsv", "honorifics.tsv", "name-parts.tsv",
      "non-name-words.txt", "role-words.txt", "countries.tsv", "cities.tsv", "months.tsv", "weekdays.tsv");

  private static final String[] KEYS;
  private static final int[] HASHES;
  private static final int MASK;
  /** How far to shift a mixed hash code right to get a slot: 32 minus the bits of the table size. */
  private static final int SHIFT;

  static {
    Set<String> words = new LinkedHashSet<>();
    for (String file : FILES) {
      for (String line : LexiconResource.lines(file)) {
        addWords(line, words);
      }
    }
    int slots = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
    String[] keys = new String[slots];
    int[] hashes = new int[slots];
    int mask = slots - 1;
    int shift = Integer.numberOfLeadingZeros(mask);
    for (String word : words) {
      int hash = word.hashCode();
      int slot = home(hash, shift);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = word;
      hashes[slot] = hash;
    }
    KEYS = keys;
    HASHES = hashes;
    MASK = mask;
    SHIFT = shift;
  }

  private CommonWords() {}

  /** Adds the lower-case ASCII words of a line of a lexicon, tokenized as sentences are. */
  private static void addWords(String line, Set<String> words) {
    String folded = MatchText.fold(line);
    EventSentence tokens = EventSentence.withoutCommonWords(folded, Span.of(0, folded.length()));
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.lower(i);
      if (tokens.isWordLike(i) && isAscii(word)) {
        words.add(word);
      }
    }
  }

  private static boolean isAscii(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first slot to probe for a hash code: its product with the golden ratio's fraction, whose
   * high bits depend on all of its bits (the hash codes of short words differ in their low bits only,
   * and would crowd together).
   */
  private static int home(int hash, int shift) {
    return (hash * 0x9E3779B9) >>> shift;
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
    String[] keys = KEYS;
    int slot = home(hash, SHIFT);
    String key;
    while ((key = keys[slot]) != null) {
      if (HASHES[slot] == hash && sameLowerCase(key, text, from, to)) {
        return key;
      }
      slot = (slot + 1) & MASK;
    }
    return null;
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
