package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the extractor knows about the words of personal names: particles that join name parts
 * ("bin", "Al", "van"), generational suffixes ("Jr."), both from {@code name-parts.tsv}, and
 * capitalised words that are never names ({@code non-name-words.txt}). Case-sensitive. Loaded
 * once per JVM; immutable and thread-safe.
 */
final class NameWords {
  /** What a word of the lexicons is, in the order {@link #kindOf} prefers them. */
  enum Kind {
    /** A capitalised word that is never part of a name. */
    NON_NAME,
    /** A name particle. */
    PARTICLE,
    /** A generational suffix. */
    SUFFIX
  }

  private static final Set<String> PARTICLES;
  private static final Set<String> SUFFIXES;
  private static final Set<String> NON_NAMES = Set.copyOf(LexiconResource.lines("non-name-words.txt"));
  /** Every listed word with its preferred kind, so that classifying a word takes one lookup. */
  private static final Map<String, Kind> KINDS;

  static {
    Map<String, Set<String>> byKind = new HashMap<>();
    for (String[] row : LexiconResource.rows("name-parts.tsv", 2)) {
      byKind.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[0]);
    }
    PARTICLES = Set.copyOf(byKind.getOrDefault("particle", Set.of()));
    SUFFIXES = Set.copyOf(byKind.getOrDefault("suffix", Set.of()));
    if (byKind.keySet().stream().anyMatch(k -> !k.equals("particle") && !k.equals("suffix"))) {
      throw new IllegalStateException("name-parts.tsv: unknown kind in " + byKind.keySet());
    }
    Map<String, Kind> kinds = new HashMap<>();
    NON_NAMES.forEach(w -> kinds.putIfAbsent(w, Kind.NON_NAME));
    PARTICLES.forEach(w -> kinds.putIfAbsent(w, Kind.PARTICLE));
    SUFFIXES.forEach(w -> kinds.putIfAbsent(w, Kind.SUFFIX));
    KINDS = Collections.unmodifiableMap(kinds);
  }

  private NameWords() {}

  /**
   * Returns what a word is, as written: a non-name word before a particle before a suffix, as
   * {@link #isNonName}, {@link #isParticle} and {@link #isSuffix} would say in that order.
   *
   * @param word the word as written
   * @return its kind, or null for a word of none of the lists
   */
  static Kind kindOf(String word) {
    return KINDS.get(word);
  }

  /**
   * Returns every listed word with its kind, as {@link #kindOf} gives it.
   *
   * @return the words and kinds
   */
  static Map<String, Kind> kinds() {
    return KINDS;
  }

  /**
   * Tells whether a word is a name particle ("bin", "Al", "de").
   *
   * @param word the word as written
   * @return true for a particle
   */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /**
   * Tells whether a word is a generational suffix ("Jr.", "III").
   *
   * @param word the word as written
   * @return true for a suffix
   */
  static boolean isSuffix(String word) {
    return SUFFIXES.contains(word);
  }

  /**
   * Tells whether a capitalised word is never part of a personal name ("The", "Meeting").
   *
   * @param word the word as written
   * @return true for a non-name word
   */
  static boolean isNonName(String word) {
    return NON_NAMES.contains(word);
  }
}
