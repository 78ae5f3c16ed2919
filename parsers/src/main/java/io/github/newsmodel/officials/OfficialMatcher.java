package io.github.newsmodel.officials;

import io.github.newsmodel.model.Official;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two {@link Official}s, usually from different articles, are the same person,
 * and says why. Immutable and thread-safe.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>equal ids (the same canonical name key: "Al-Thani" and "Al Thani", case, diacritics and
 *       honorifics folded) → {@link Verdict#SAME};</li>
 *   <li>both countries known and different → {@link Verdict#DIFFERENT};</li>
 *   <li>one name is the other with words left out at the start or the end ("Antony Blinken" in
 *       "Antony J. Blinken" after dropping initials, "Blinken", "Mohammed bin Zayed" in "Mohammed
 *       bin Zayed Al Nahyan") → {@link Verdict#LIKELY_SAME};</li>
 *   <li>the keys are spelt almost alike ("Mohammed bin Zayed" / "Mohamed bin Zayed"): Jaro-Winkler
 *       similarity at least {@link #SPELLING_THRESHOLD} → {@link Verdict#LIKELY_SAME};</li>
 *   <li>otherwise {@link Verdict#DIFFERENT}.</li>
 * </ol>
 * Countries, when both known, must agree for the likely rules; a shared title makes a likely
 * match more certain in the score, never a different name the same.
 *
 * <pre>{@code
 * OfficialMatcher.Match m = OfficialMatcher.instance().match(a, b);
 * if (m.verdict() != OfficialMatcher.Verdict.DIFFERENT) { ... m.reason() ... }
 * }</pre>
 */
public final class OfficialMatcher {
  /** The lowest Jaro-Winkler similarity of two name keys read as spelling variants. */
  public static final double SPELLING_THRESHOLD = 0.93;

  private static final OfficialMatcher INSTANCE = new OfficialMatcher();
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** How sure the matcher is that two officials are one person. */
  public enum Verdict {
    /** The same canonical name: the same person. */
    SAME,
    /** Compatible names that differ in form or spelling: probably the same person. */
    LIKELY_SAME,
    /** Different people. */
    DIFFERENT
  }

  /**
   * The decision about two officials.
   *
   * @param verdict the verdict
   * @param score a similarity in {@code [0, 1]}
   * @param reason why, in words
   */
  public record Match(Verdict verdict, double score, String reason) {
    /**
     * Checks the components.
     *
     * @param verdict the verdict
     * @param score a similarity in {@code [0, 1]}
     * @param reason why, in words
     * @throws NullPointerException if the verdict or reason is null
     */
    public Match {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private OfficialMatcher() {}

  /**
   * Returns the matcher.
   *
   * @return the shared instance
   */
  public static OfficialMatcher instance() {
    return INSTANCE;
  }

  /**
   * Decides whether two officials are the same person.
   *
   * @param a one official
   * @param b another official
   * @return the decision, with a score and a reason
   */
  public Match match(Official a, Official b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<String> keyA = NameKey.words(a.name());
    List<String> keyB = NameKey.words(b.name());
    if (a.id().equals(b.id()) || keyA.equals(keyB)) {
      return new Match(Verdict.SAME, 1.0, "same canonical name \"" + String.join(" ", keyA) + "\"");
    }
    Optional<String> countryA = a.country();
    Optional<String> countryB = b.country();
    if (countryA.isPresent() && countryB.isPresent() && !countryA.get().equals(countryB.get())) {
      return new Match(Verdict.DIFFERENT, 0.0, "countries differ: " + countryA.get() + " and " + countryB.get());
    }
    double titleBonus = sharesTitle(a, b) ? 0.05 : 0.0;
    List<String> fullA = withoutInitials(keyA);
    List<String> fullB = withoutInitials(keyB);
    List<String> shorter = fullA.size() <= fullB.size() ? fullA : fullB;
    List<String> longer = shorter == fullA ? fullB : fullA;
    if (!shorter.isEmpty() && Coreference.fits(shorter, longer, false)) {
      double score = Math.min(1.0, 0.7 + 0.25 * shorter.size() / longer.size() + titleBonus);
      return new Match(Verdict.LIKELY_SAME, score, "\"" + String.join(" ", shorter) + "\" is a shorter form of \""
          + String.join(" ", longer) + "\"");
    }
    double similarity = JARO_WINKLER.apply(String.join(" ", keyA), String.join(" ", keyB));
    if (similarity >= SPELLING_THRESHOLD) {
      return new Match(Verdict.LIKELY_SAME, Math.min(1.0, similarity - 0.1 + titleBonus),
          String.format(Locale.ROOT, "spelling variants (Jaro-Winkler %.2f)", similarity));
    }
    return new Match(Verdict.DIFFERENT, similarity * 0.5,
        String.format(Locale.ROOT, "different names (Jaro-Winkler %.2f)", similarity));
  }

  private static List<String> withoutInitials(List<String> key) {
    return key.stream().filter(w -> w.length() > 1).toList();
  }

  private static boolean sharesTitle(Official a, Official b) {
    for (String t : a.titles()) {
      for (String u : b.titles()) {
        if (t.equalsIgnoreCase(u)) {
          return true;
        }
      }
    }
    return false;
  }
}
