package io.github.newsmodel.officials;

import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases looked up over a token sequence, longest match first. Phrases are tokenized
 * with the {@link Tokenizer} that tokenizes the text, so "H.E.", "Dato' Sri" and "Prime
 * Minister's Office" match token by token. Immutable once built; thread-safe.
 *
 * @param <V> the value attached to each phrase
 */
final class PhraseTable<V> {
  /** A phrase found in a token sequence. */
  record Match<V>(int length, V value) {}

  private record Entry<V>(String[] keys, V value) {}

  private final boolean ignoreCase;
  private final Map<String, List<Entry<V>>> byFirstKey;

  private PhraseTable(boolean ignoreCase, Map<String, List<Entry<V>>> byFirstKey) {
    this.ignoreCase = ignoreCase;
    this.byFirstKey = byFirstKey;
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
    Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    for (Map.Entry<String, V> phrase : phrases.entrySet()) {
      List<Token> tokens = Tokenizer.tokenize(MatchText.fold(phrase.getKey()));
      if (tokens.isEmpty()) {
        continue;
      }
      String[] keys = new String[tokens.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = key(tokens.get(i).text(), ignoreCase);
      }
      byFirst.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Entry<>(keys, phrase.getValue()));
    }
    for (List<Entry<V>> entries : byFirst.values()) {
      entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.keys().length));
    }
    return new PhraseTable<>(ignoreCase, Map.copyOf(byFirst));
  }

  /**
   * Finds the longest phrase that starts at a token.
   *
   * @param tokens the tokens
   * @param at the index of the first token
   * @return the match, or null when no phrase starts there
   */
  Match<V> longestAt(List<Token> tokens, int at) {
    List<Entry<V>> entries = byFirstKey.get(key(tokens.get(at)));
    if (entries == null) {
      return null;
    }
    for (Entry<V> entry : entries) {
      if (matches(entry.keys(), tokens, at)) {
        return new Match<>(entry.keys().length, entry.value());
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
    List<Token> tokens = Tokenizer.tokenize(MatchText.fold(phrase));
    if (tokens.isEmpty()) {
      return null;
    }
    Match<V> match = longestAt(tokens, 0);
    return match != null && match.length() == tokens.size() ? match.value() : null;
  }

  private boolean matches(String[] keys, List<Token> tokens, int at) {
    if (at + keys.length > tokens.size()) {
      return false;
    }
    for (int i = 1; i < keys.length; i++) {
      if (!keys[i].equals(key(tokens.get(at + i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the first words of the phrases in lower case: a token whose lower-case text is not
   * among them starts no phrase of this table.
   *
   * @return the lower-case first words
   */
  Set<String> lowerFirstWords() {
    Set<String> words = new HashSet<>();
    for (String key : byFirstKey.keySet()) {
      words.add(key.toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private String key(Token token) {
    return ignoreCase ? token.lower() : token.text();
  }

  private static String key(String text, boolean ignoreCase) {
    return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
  }
}
