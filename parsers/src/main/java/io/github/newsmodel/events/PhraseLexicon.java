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
      return Span.of(sentence.start(first), sentence.end(last));
    }
  }

  /**
   * A phrase: its words, the bits of their hash codes a sentence keeps (compared before the words'
   * strings are read), and its value.
   */
  record Entry<V>(String[] keys, int[] keptHashes, V value) {
    /** The index of the phrase's last token when it starts at token {@code at}. */
    int last(int at) {
      return at + keys.length - 1;
    }
  }

  /**
   * The most bits of the filter of first words: most words of a sentence start no phrase. At most
   * the bits a sentence keeps of a token's hash ({@link EventSentence#lowerHash}).
   */
  private static final int MAX_FILTER_BITS = 1 << 13;
  /**
   * Filter bits per first word: few words pass the filter in vain (about one in this many for each
   * first word), and the filter of a small lexicon is a few cache lines, which a scan over every
   * token of every sentence keeps in the processor's nearest cache.
   */
  private static final int FILTER_BITS_PER_WORD = 32;

  /**
   * The phrases by their first word, in an open-addressing table probed with the low bits of the
   * word's hash code that a sentence keeps ({@link EventSentence#lowerHash}): no division, no text
   * of the token cut or hashed, and a word compared only when those bits are the key's.
   */
  private final String[] slotKeys;
  /** By slot: the low bits of the hash code of the slot's word, as a sentence keeps them. */
  private final int[] slotHashes;
  /** By slot: the phrases starting with the slot's word, longest first. */
  private final Entry<?>[][] slotEntries;
  private final int slotMask;
  /** How far the product of a hash with the golden ratio's fraction is shifted to index the table. */
  private final int slotShift;
  /**
   * One bit for each value of {@link #filterBit}, set for the first words: a token whose bit is
   * clear starts no phrase.
   */
  private final long[] firstKeyFilter;
  /** How far the product of a kept hash with the golden ratio's fraction is shifted to index the filter. */
  private final int filterShift;

  private PhraseLexicon(Map<String, List<Entry<V>>> byFirstKey) {
    int slots = Integer.highestOneBit(Math.max(4, byFirstKey.size() * 4) - 1) << 1;
    this.slotKeys = new String[slots];
    this.slotHashes = new int[slots];
    this.slotEntries = new Entry<?>[slots][];
    this.slotMask = slots - 1;
    this.slotShift = Integer.numberOfLeadingZeros(slotMask);
    for (Map.Entry<String, List<Entry<V>>> first : byFirstKey.entrySet()) {
      int hash = EventSentence.keptHash(first.getKey());
      int slot = firstSlot(hash);
      while (slotKeys[slot] != null) {
        slot = (slot + 1) & slotMask;
      }
      slotKeys[slot] = first.getKey();
      slotHashes[slot] = hash;
      slotEntries[slot] = first.getValue().toArray(new Entry<?>[0]);
    }
    int filterBits = Math.min(MAX_FILTER_BITS,
        Math.max(Long.SIZE, Integer.highestOneBit(Math.max(1, byFirstKey.size() * FILTER_BITS_PER_WORD) - 1) << 1));
    this.firstKeyFilter = new long[filterBits / Long.SIZE];
    this.filterShift = Integer.numberOfLeadingZeros(filterBits - 1);
    for (String key : byFirstKey.keySet()) {
      int bit = filterBit(EventSentence.keptHash(key));
      firstKeyFilter[bit >>> 6] |= 1L << bit;
    }
  }

  /**
   * The first slot probed for a word: the high bits of the product of its kept hash bits with the
   * golden ratio's fraction, which depend on all of them (the hash codes of short words differ in
   * their low bits only, and would crowd together).
   */
  private int firstSlot(int keptHash) {
    return (keptHash * 0x9E3779B9) >>> slotShift;
  }

  /**
   * The filter bit of a word of kept hash bits {@code keptHash}: the high bits of their product
   * with the golden ratio's fraction, which depend on all of them, like {@link #firstSlot}'s.
   */
  private int filterBit(int keptHash) {
    return (keptHash * 0x9E3779B9) >>> filterShift;
  }

  /**
   * The phrases whose first word is token {@code at} of a sentence, of kept hash bits {@code
   * keptHash}, or null.
   */
  private Entry<?>[] entriesStartingAt(EventSentence sentence, int at, int keptHash) {
    int slot = firstSlot(keptHash);
    String key;
    while ((key = slotKeys[slot]) != null) {
      if (slotHashes[slot] == keptHash && sentence.isWord(at, key, keptHash)) {
        return slotEntries[slot];
      }
      slot = (slot + 1) & slotMask;
    }
    return null;
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
      EventSentence tokens = EventSentence.of(folded, 0, Span.of(0, folded.length()), 0, false);
      if (tokens.size() == 0) {
        continue;
      }
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = tokens.lower(i);
      }
      if (seen.putIfAbsent(String.join(" ", keys), Boolean.TRUE) != null) {
        continue;
      }
      int[] keptHashes = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        keptHashes[i] = EventSentence.keptHash(keys[i]);
      }
      byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, keptHashes, phrase.getValue()));
    }
    for (List<Entry<V>> entries : byFirst.values()) {
      entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.keys().length));
    }
    return new PhraseLexicon<>(byFirst);
  }

  /** The longest phrase that starts at a token, or null. */
  private Entry<?> entryAt(EventSentence sentence, int at) {
    if (at < 0 || at >= sentence.size()) {
      return null;
    }
    int keptHash = sentence.lowerHash(at);
    int bit = filterBit(keptHash);
    if ((firstKeyFilter[bit >>> 6] & (1L << bit)) == 0) {
      return null;
    }
    Entry<?>[] entries = entriesStartingAt(sentence, at, keptHash);
    if (entries == null) {
      return null;
    }
    for (Entry<?> entry : entries) {
      String[] keys = entry.keys();
      if (at + keys.length > sentence.size()) {
        continue;
      }
      int[] keptHashes = entry.keptHashes();
      boolean match = true;
      for (int k = 1; k < keys.length && match; k++) {
        match = sentence.isWord(at + k, keys[k], keptHashes[k]);
      }
      if (match) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Finds the longest phrase that starts at a token.
   *
   * @param sentence the sentence
   * @param at the index of the first token
   * @return the match, or null when no phrase starts there
   */
  public Match<V> longestAt(EventSentence sentence, int at) {
    Entry<?> entry = entryAt(sentence, at);
    if (entry == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    V value = (V) entry.value();
    return new Match<>(at, at + entry.keys().length - 1, value);
  }

  /**
   * Finds where the longest phrase that starts at a token ends, without making a {@link Match}.
   *
   * @param sentence the sentence
   * @param at the index of the first token
   * @return the index of the phrase's last token, or -1 when no phrase starts there
   */
  public int endAt(EventSentence sentence, int at) {
    Entry<?> entry = entryAt(sentence, at);
    return entry == null ? -1 : at + entry.keys().length - 1;
  }

  /**
   * Returns the value of the longest phrase that starts at a token: the value of the match that
   * {@link #endAt} found.
   *
   * @param sentence the sentence
   * @param at the index of the first token
   * @return the value, or null when no phrase starts there
   */
  public V valueAt(EventSentence sentence, int at) {
    Entry<?> entry = entryAt(sentence, at);
    @SuppressWarnings("unchecked")
    V value = entry == null ? null : (V) entry.value();
    return value;
  }

  /**
   * Returns the first token at or after {@code from} where a phrase may start: no phrase starts at
   * the tokens before it (a filter of the phrases' first words tells so without looking them up),
   * so that a reader looking for phrases at every token may skip to it.
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @return the token index, or the sentence's size when no phrase starts from there
   */
  public int nextCandidate(EventSentence sentence, int from) {
    return sentence.nextPassing(firstKeyFilter, filterShift, from, sentence.size());
  }

  /**
   * Returns the first token of {@code [from, to)} where a phrase may start, as {@link
   * #nextCandidate(EventSentence, int)} does, looking no further than {@code to}: a reader with a
   * window of tokens reads only its window.
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @param to the index after the last token looked at
   * @return the token index, or {@code min(to, sentence.size())} when no phrase starts in the range
   */
  public int nextCandidate(EventSentence sentence, int from, int to) {
    return sentence.nextPassing(firstKeyFilter, filterShift, from, to);
  }

  /**
   * Finds the longest phrase that starts at a token: one lookup where a reader needs both where
   * the phrase ends ({@link Entry#last}) and its value, without making a {@link Match}.
   *
   * @param sentence the sentence
   * @param at the index of the first token
   * @return the phrase, or null when no phrase starts there
   */
  Entry<V> phraseAt(EventSentence sentence, int at) {
    @SuppressWarnings("unchecked") // every entry of this lexicon holds a V
    Entry<V> entry = (Entry<V>) entryAt(sentence, at);
    return entry;
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
