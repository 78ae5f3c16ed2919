package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word phrases looked up over a token sequence, longest match first. Phrases are tokenized
 * with the {@link Tokenizer} that tokenizes the text, so "H.E.", "Dato' Sri" and "Prime
 * Minister's Office" match token by token. Immutable once built; thread-safe.
 *
 * <p>Phrases are grouped by their first word in lower case ({@link #groups}), so that a caller can
 * look a token up once for several tables and then try only the phrases of each table that may
 * start there ({@link #longestAmong}).
 *
 * @param <V> the value attached to each phrase
 */
final class PhraseTable<V> {
  /** A phrase found in a token sequence. */
  record Match<V>(int length, V value) {}

  /**
   * One phrase: its words as matched (lower case when the table ignores case) and its value.
   *
   * @param keys the words
   * @param value the value
   * @param match the match of the whole phrase, shared by every lookup that finds it
   * @param secondFirst the first character of the second word, ASCII letters in lower case; -1
   *     when there is no second word or it starts beyond ASCII
   */
  record Entry<V>(String[] keys, V value, Match<V> match, int secondFirst) {

    /**
     * Creates an entry with its match.
     *
     * @param keys the words
     * @param value the value
     */
    Entry(String[] keys, V value) {
      this(keys, value, new Match<>(keys.length, value), secondFirst(keys));
    }

    private static int secondFirst(String[] keys) {
      if (keys.length < 2 || keys[1].isEmpty() || keys[1].charAt(0) >= 0x80) {
        return -1;
      }
      return asciiLower(keys[1].charAt(0));
    }

    /**
     * Tells whether the phrase cannot start at a token because the next token starts with another
     * ASCII character (compared ignoring case): a check that reads no key.
     */
    boolean ruledOut(TokenList tokens, int at) {
      if (at + keys.length > tokens.size()) {
        return true;
      }
      if (secondFirst < 0) {
        return false;
      }
      char c = tokens.charAt(tokens.start(at + 1));
      return c < 0x80 && asciiLower(c) != secondFirst;
    }
  }

  private static int asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  private final boolean ignoreCase;
  /** The phrases by their first word in lower case, longest first, in the order they were given. */
  private final Map<String, List<Entry<V>>> byLowerFirst;
  private final WordTable<List<Entry<V>>> lookup;

  private PhraseTable(boolean ignoreCase, Map<String, List<Entry<V>>> byLowerFirst) {
    this.ignoreCase = ignoreCase;
    this.byLowerFirst = byLowerFirst;
    this.lookup = WordTable.of(byLowerFirst);
  }

  /**
   * Builds a table.
   *
   * @param phrases the phrases with their values; the first value of a repeated phrase wins
   * @param ignoreCase whether matching ignores case
   * @param <V> the value type
   * @return the table
   */
  static <V> PhraseTable<V> of(Map<String, V> phrases, boolean ignoreCase) {
    Map<String, List<Entry<V>>> byFirst = new LinkedHashMap<>();
    for (Map.Entry<String, V> phrase : phrases.entrySet()) {
      TokenList tokens = Tokenizer.tokenize(MatchText.fold(phrase.getKey()));
      if (tokens.isEmpty()) {
        continue;
      }
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = ignoreCase ? tokens.text(i).toLowerCase(Locale.ROOT) : tokens.text(i);
      }
      // The group of a phrase is the lower-case form of its first word (already so in a table that
      // ignores case), the form every token is looked up with.
      String group = ignoreCase ? keys[0] : keys[0].toLowerCase(Locale.ROOT);
      byFirst.computeIfAbsent(group, k -> new ArrayList<>()).add(new Entry<>(keys, phrase.getValue()));
    }
    Map<String, List<Entry<V>>> frozen = new HashMap<>();
    for (Map.Entry<String, List<Entry<V>>> entries : byFirst.entrySet()) {
      // A stable sort: among phrases of one length, the order they were given decides.
      entries.getValue().sort(Comparator.comparingInt((Entry<V> e) -> -e.keys().length));
      frozen.put(entries.getKey(), List.copyOf(entries.getValue()));
    }
    return new PhraseTable<>(ignoreCase, frozen);
  }

  /**
   * Returns the phrases grouped by their first word in lower case, longest first in each group.
   *
   * @return the groups, none empty
   */
  Map<String, List<Entry<V>>> groups() {
    return Collections.unmodifiableMap(byLowerFirst);
  }

  /**
   * Finds the longest phrase that starts at a token.
   *
   * @param tokens the tokens
   * @param at the index of the first token
   * @return the match, or null when no phrase starts there
   */
  Match<V> longestAt(TokenList tokens, int at) {
    return longestAmong(lookup.getIgnoreCase(tokens.text(at), 0, tokens.text(at).length()), tokens, at);
  }

  /**
   * Finds the longest of some candidate phrases of this table that starts at a token.
   *
   * @param candidates the group of {@link #groups} named by the token in lower case, or null for
   *     none
   * @param tokens the tokens
   * @param at the index of the first token
   * @return the match, or null when none of them starts there
   */
  Match<V> longestAmong(List<Entry<V>> candidates, TokenList tokens, int at) {
    if (candidates == null) {
      return null;
    }
    for (int c = 0; c < candidates.size(); c++) {
      Entry<V> entry = candidates.get(c);
      if (!entry.ruledOut(tokens, at) && matches(entry.keys(), tokens, at)) {
        return entry.match();
      }
    }
    return null;
  }

  /**
   * Looks up one word or phrase as a whole.
   *
   * @param phrase the phrase, as written
   * @return its value, or null
   */
  V get(String phrase) {
    TokenList tokens = Tokenizer.tokenize(MatchText.fold(phrase));
    if (tokens.isEmpty()) {
      return null;
    }
    Match<V> match = longestAt(tokens, 0);
    return match != null && match.length() == tokens.size() ? match.value() : null;
  }

  /**
   * Looks up one word of ASCII letters written in a part of a string, in place: what {@link #get}
   * gives for {@code s.substring(from, to)}, which is its own folded form and one token.
   *
   * @param s the string
   * @param from where the word starts
   * @param to where it ends, after {@code from}; ASCII letters only in between
   * @return its value, or null
   */
  V getLetters(String s, int from, int to) {
    List<Entry<V>> candidates = lookup.getIgnoreCase(s, from, to);
    if (candidates == null) {
      return null;
    }
    // The longest phrase matching wins; of one token, only a phrase of one word can match.
    for (int c = 0; c < candidates.size(); c++) {
      String[] keys = candidates.get(c).keys();
      if (keys.length == 1
          && (ignoreCase || keys[0].length() == to - from && s.regionMatches(from, keys[0], 0, to - from))) {
        return candidates.get(c).value();
      }
    }
    return null;
  }

  private boolean matches(String[] keys, TokenList tokens, int at) {
    if (at + keys.length > tokens.size()) {
      return false;
    }
    String folded = tokens.folded();
    // Ignoring case, the first word is the group the candidates were looked up by: equal already.
    for (int i = ignoreCase ? 1 : 0; i < keys.length; i++) {
      int start = tokens.start(at + i);
      int length = tokens.length(at + i);
      boolean same = ignoreCase ? WordTable.equalsLowerCase(keys[i], folded, start, start + length)
          : keys[i].length() == length && folded.regionMatches(start, keys[i], 0, length);
      if (!same) {
        return false;
      }
    }
    return true;
  }
}
