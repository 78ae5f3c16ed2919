package io.github.newsmodel.dossier;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two written names of officials name the same person, by three named rules:
 *
 * <ul>
 *   <li>{@value #EQUAL}: the names fold to the same form, or have the same significant tokens
 *       (particles such as "bin", "al", "von" from {@code name-parts.tsv} and single-letter
 *       initials do not count): "Antony J. Blinken" and "Antony Blinken";</li>
 *   <li>{@value #FUZZY}: the same number (at least two) of significant tokens, at least one of them
 *       equal, and every pair starting with the same letter and at least {@value #MIN_TOKEN_SIMILARITY}
 *       similar (Jaro-Winkler): "Mohammed bin Zayed" and "Mohamed bin Zayed";</li>
 *   <li>{@value #PARTIAL}: the shorter name's significant tokens appear in order in the longer name
 *       and share its first or its last significant token: "Khalifa" and "Khalifa bin Hamad Al
 *       Thani". A short form can fit several people, so callers merge on it only when it fits one.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class NameMatcher {
  /** The rule for names that are the same after folding. */
  static final String EQUAL = "dossier.official.name_equal";
  /** The rule for names whose tokens are all very similar. */
  static final String FUZZY = "dossier.official.name_fuzzy";
  /** The rule for a short form of a longer name. */
  static final String PARTIAL = "dossier.official.name_partial";
  /** The least Jaro-Winkler similarity of every token pair under {@value #FUZZY}. */
  static final double MIN_TOKEN_SIMILARITY = 0.92;

  /** Name particles of {@code name-parts.tsv} (the officials' lexicon), lower-cased after folding. */
  private static final Set<String> PARTICLES = LexiconResource.rows("name-parts.tsv", 2).stream()
      .filter(row -> row[1].equals("particle"))
      .map(row -> row[0].toLowerCase(java.util.Locale.ROOT))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
  private static final double EQUAL_TOKENS_SCORE = 0.95;
  private static final double PARTIAL_SCORE = 0.7;

  private NameMatcher() {}

  /**
   * Returns the significant tokens of a name: folded, without particles and initials. A name made
   * only of those keeps all its tokens.
   *
   * @param name a written name
   * @return the significant tokens, in order
   */
  static List<String> significant(String name) {
    List<String> tokens = Folding.tokens(name);
    List<String> significant = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (token.length() > 1 && !PARTICLES.contains(token)) {
        significant.add(token);
      }
    }
    return significant.isEmpty() ? tokens : significant;
  }

  /**
   * Matches two names under {@value #EQUAL} or {@value #FUZZY}.
   *
   * @param first a written name
   * @param second another written name
   * @return the match, or empty when the names are not the same person's by these rules
   */
  static Optional<NameMatch> full(String first, String second) {
    String foldedFirst = Folding.fold(first);
    if (!foldedFirst.isEmpty() && foldedFirst.equals(Folding.fold(second))) {
      return Optional.of(new NameMatch(EQUAL, 1.0));
    }
    List<String> a = significant(first);
    List<String> b = significant(second);
    if (a.isEmpty() || a.size() != b.size()) {
      return Optional.empty();
    }
    if (a.equals(b)) {
      return Optional.of(new NameMatch(EQUAL, EQUAL_TOKENS_SCORE));
    }
    if (a.size() < 2) {
      return Optional.empty();
    }
    double least = 1.0;
    boolean anyEqual = false;
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      if (x.charAt(0) != y.charAt(0)) {
        return Optional.empty();
      }
      anyEqual |= x.equals(y);
      least = Math.min(least, SIMILARITY.apply(x, y));
    }
    if (!anyEqual || least < MIN_TOKEN_SIMILARITY) {
      return Optional.empty();
    }
    return Optional.of(new NameMatch(FUZZY, Math.round(least * 1000) / 1000.0));
  }

  /**
   * Matches a short form of a name against a longer name under {@value #PARTIAL}.
   *
   * @param shorter the name with fewer significant tokens
   * @param longer the fuller name
   * @return the match, or empty
   */
  static Optional<NameMatch> partial(String shorter, String longer) {
    List<String> a = significant(shorter);
    List<String> b = significant(longer);
    if (a.isEmpty() || a.size() >= b.size()) {
      return Optional.empty();
    }
    boolean anchored = a.get(0).equals(b.get(0)) || a.get(a.size() - 1).equals(b.get(b.size() - 1));
    return anchored && isSubsequence(a, b) ? Optional.of(new NameMatch(PARTIAL, PARTIAL_SCORE)) : Optional.empty();
  }

  /**
   * Returns a key that every pair of names matched by {@link #full} shares: the number of
   * significant tokens and their first letters. Comparing only names with the same key keeps the
   * merge from comparing every pair.
   *
   * @param name a written name
   * @return the blocking key
   */
  static String blockingKey(String name) {
    List<String> tokens = significant(name);
    StringBuilder key = new StringBuilder().append(tokens.size()).append(':');
    for (String token : tokens) {
      key.append(token.charAt(0));
    }
    return key.toString();
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int next = 0;
    for (String token : whole) {
      if (next < part.size() && part.get(next).equals(token)) {
        next++;
      }
    }
    return next == part.size();
  }
}
