package io.github.newsmodel.dossier;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares titles of officials across articles with the equivalences of
 * {@code title-equivalences.tsv} ("Foreign Minister" is "Minister of Foreign Affairs"). Titles are
 * folded first (case, diacritics, hyphens, the word "the" ignored), so "Minister of the Interior"
 * and "minister of interior" are the same without a lexicon row. Loaded once per JVM; immutable
 * and thread-safe.
 */
final class TitleEquivalences {
  private static final Map<String, String> CANONICAL = load();

  private TitleEquivalences() {}

  private static Map<String, String> load() {
    Map<String, String> canonical = new HashMap<>();
    for (String[] row : LexiconResource.rows("title-equivalences.tsv", 2)) {
      String key = fold(row[0]);
      canonical.putIfAbsent(key, key);
      for (String variant : row[1].split("\\|")) {
        if (!variant.isBlank()) {
          canonical.putIfAbsent(fold(variant), key);
        }
      }
    }
    return Map.copyOf(canonical);
  }

  /**
   * Returns the comparison key of a title: its folded form, replaced by the folded canonical form
   * when the lexicon lists it.
   *
   * @param title a title as written
   * @return the key; equal keys mean the same office
   */
  static String key(String title) {
    String folded = fold(title);
    return CANONICAL.getOrDefault(folded, folded);
  }

  /**
   * Tells whether two titles can name the same office: equal keys, or every word of one key
   * appears in the other ("Secretary of Homeland Security" and "Secretary of the US Department of
   * Homeland Security"; a vaguer title is not a contradiction of a more precise one).
   *
   * @param first a title as written
   * @param second another title as written
   * @return true when the titles are compatible
   */
  static boolean compatible(String first, String second) {
    String a = key(first);
    String b = key(second);
    if (a.equals(b)) {
      return true;
    }
    Set<String> wordsA = new HashSet<>(List.of(a.split(" ")));
    Set<String> wordsB = new HashSet<>(List.of(b.split(" ")));
    return !a.isEmpty() && !b.isEmpty() && (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA));
  }

  /** Folds a title and drops the word "the". */
  private static String fold(String title) {
    StringBuilder out = new StringBuilder();
    for (String token : Folding.tokens(title)) {
      if (!token.equals("the")) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(token);
      }
    }
    return out.toString();
  }
}
