package io.github.newsmodel.events;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases looked up over the tokens of a sentence, longest match first, ignoring case.
 * Phrases are tokenized like sentences, so "U.S.", "in-kind" and "Qatar's" match token by token.
 * Immutable once built; thread-safe.
 *
 * @param <V> the value attached to each phrase
 */
public final class PhraseLexicon<V> {
  /**
   * A phrase found in a sentence.
   *
   * @param first the index of its first token
   * @param last the index of its last token
   * @param value the value of the phrase
   * @param <V> the value type
   */
  public record Match<V>(int first, int last, V value) {
    /**
     * Returns the text span of the match.
     *
     * @param sentence the sentence matched
     * @return the span from the first token's start to the last token's end
     */
    public Span span(EventSentence sentence) {
      return Span.of(sentence.token(first).start(), sentence.token(last).end());
    }
  }

  private record Entry<V>(String[] keys, V value) {}

  /** Bits of the hash codes of the first words: most words of a sentence start no phrase. */
  private static final int FILTER_BITS = 1 << 13;

  /**
   * The phrases by their first word, in an open-addressing table probed with the hash the
   * sentence computed for the word: no hash to compute, no division, and a word compared only
   * when its hash is that of the key in the slot.
   */
  private final String[] slotKeys;
  private final int[] slotHashes;
  /** By slot: the phrases starting with the slot's word, longest first. */
  private final Entry<?>[][] slotEntries;
  private final int slotMask;
  private final long[] firstKeyFilter = new long[FILTER_BITS / Long.SIZE];
  /** By ASCII first character: bit n set when a first word of that character has n characters (63: more). */
  private final long[] firstKeyLengths = new long[128];

  private PhraseLexicon(Map<String, List<Entry<V>>> byFirstKey) {
    int slots = Integer.highestOneBit(Math.max(4, byFirstKey.size() * 4) - 1) << 1;
    this.slotKeys = new String[slots];
    this.slotHashes = new int[slots];
    this.slotEntries = new Entry<?>[slots][];
    this.slotMask = slots - 1;
    for (Map.Entry<String, List<Entry<V>>> first : byFirstKey.entrySet()) {
      int hash = first.getKey().hashCode();
      int slot = spread(hash) & slotMask;
      while (slotKeys[slot] != null) {
        slot = (slot + 1) & slotMask;
      }
      slotKeys[slot] = first.getKey();
      slotHashes[slot] = hash;
      slotEntries[slot] = first.getValue().toArray(new Entry<?>[0]);
    }
    for (String key : byFirstKey.keySet()) {
      int bit = key.hashCode() & (FILTER_BITS - 1);
      firstKeyFilter[bit >>> 6] |= 1L << bit;
      char first = key.charAt(0);
      if (first < firstKeyLengths.length) {
        firstKeyLengths[first] |= 1L << Math.min(key.length(), 63);
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** The phrases whose first word is {@code word} (of hash code {@code hash}), or null. */
  private Entry<?>[] entriesStartingWith(String word, int hash) {
    int slot = spread(hash) & slotMask;
    String key;
    while ((key = slotKeys[slot]) != null) {
      if (slotHashes[slot] == hash && key.equals(word)) {
        return slotEntries[slot];
      }
      slot = (slot + 1) & slotMask;
    }
    return null;
  }

  /** Whether some phrase may start with a word: false only when none does. */
  private boolean mayStartWith(String word, int hash) {
    if (word.isEmpty()) {
      return false;
    }
    char first = word.charAt(0);
    if (first < firstKeyLengths.length && (firstKeyLengths[first] & (1L << Math.min(word.length(), 63))) == 0) {
      return false;
    }
    int bit = hash & (FILTER_BITS - 1);
    return (firstKeyFilter[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * Builds a lexicon; the first value of a repeated phrase wins.
   *
   * @param phrases the phrases with their values, in priority order
   * @param <V> the value type
   * @return the lexicon
   */
  public static <V> PhraseLexicon<V> of(Map<String, V> phrases) {
    Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    Map<String, Boolean> seen = new LinkedHashMap<>();
    for (Map.Entry<String, V> phrase : phrases.entrySet()) {
      String folded = MatchText.fold(phrase.getKey());
      List<Token> tokens = EventSentence.tokenize(folded, Span.of(0, folded.length()));
      if (tokens.isEmpty()) {
        continue;
      }
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = tokens.get(i).lower();
      }
      if (seen.putIfAbsent(String.join(" ", keys), Boolean.TRUE) != null) {
        continue;
      }
      byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, phrase.getValue()));
    }
    for (List<Entry<V>> entries : byFirst.values()) {
      entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.keys().length));
    }
    return new PhraseLexicon<>(byFirst);
  }

  /**
   * Finds the longest phrase that starts at a token.
   *
   * @param sentence the sentence
   * @param at the index of the first token
   * @return the match, or null when no phrase starts there
   */
  public Match<V> longestAt(EventSentence sentence, int at) {
    if (at < 0 || at >= sentence.size()) {
      return null;
    }
    String first = sentence.lower(at);
    if (!mayStartWith(first, sentence.lowerHash(at))) {
      return null;
    }
    Entry<?>[] entries = entriesStartingWith(first, sentence.lowerHash(at));
    if (entries == null) {
      return null;
    }
    for (Entry<?> entry : entries) {
      String[] keys = entry.keys();
      if (at + keys.length > sentence.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 1; k < keys.length && match; k++) {
        match = sentence.lower(at + k).equals(keys[k]);
      }
      if (match) {
        @SuppressWarnings("unchecked")
        V value = (V) entry.value();
        return new Match<>(at, at + keys.length - 1, value);
      }
    }
    return null;
  }

  /**
   * Finds the phrases of a token range, left to right, longest first, not overlapping.
   *
   * @param sentence the sentence
   * @param from the first token index
   * @param to the token index after the range
   * @return the matches in order
   */
  public List<Match<V>> findAll(EventSentence sentence, int from, int to) {
    List<Match<V>> found = new ArrayList<>();
    int i = Math.max(0, from);
    int end = Math.min(to, sentence.size());
    while (i < end) {
      Match<V> match = longestAt(sentence, i);
      if (match != null && match.last() < end) {
        found.add(match);
        i = match.last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }
}
