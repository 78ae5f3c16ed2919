package io.github.newsmodel.officials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups the mentions of an article by person. Names are taken fullest first; a shorter name
 * joins a person whose fullest name contains it as its start ("Sheikh Khalifa", "Minister
 * Waleed"), its end ("Blinken", "Al Harthy") or, from two words up, anywhere. A name that fits
 * several people goes to the one mentioned last before it. Words that follow "bin" name a father,
 * so "Salman bin Abdulaziz" is not "Mohammed bin Salman bin Abdulaziz". Names without honorific or title
 * ("Barrack") and single words in headlines only join people introduced elsewhere. Stateless.
 */
final class Coreference {
  private static final Set<String> LINEAGE_LINKS = Set.of("bin", "bint", "binti", "binte", "ibn", "ben", "ould");

  private Coreference() {}

  /** Longest names first, then those with most key words, then in text order. */
  private static final Comparator<NamedMention> FULLEST_FIRST =
      Comparator.comparingInt((NamedMention m) -> -m.nameWords())
      .thenComparingInt(m -> -m.key().size())
      .thenComparingInt(m -> m.name().start());

  /**
   * Groups mentions.
   *
   * @param named named mentions (strong and weak)
   * @param bare names without honorific or title
   * @return the clusters, each started by a strong mention
   */
  static List<PersonCluster> cluster(List<NamedMention> named, List<NamedMention> bare) {
    List<NamedMention> strong = new ArrayList<>();
    List<NamedMention> followers = new ArrayList<>();
    for (NamedMention m : named) {
      (m.weak() ? followers : strong).add(m);
    }
    strong.sort(FULLEST_FIRST);
    List<PersonCluster> clusters = new ArrayList<>();
    for (NamedMention m : strong) {
      PersonCluster target = choose(clusters, m, true);
      if (target == null) {
        clusters.add(new PersonCluster(m));
      } else {
        target.add(m);
      }
    }
    for (NamedMention m : followers) {
      PersonCluster target = choose(clusters, m, true);
      if (target != null) {
        target.add(m);
      }
    }
    for (NamedMention m : bare) {
      PersonCluster target = choose(clusters, m, false);
      if (target == null) {
        target = surnameOnly(clusters, m);
      }
      if (target != null) {
        target.add(m);
      }
    }
    return clusters;
  }

  /**
   * A person known only by surname with a title ("Lavrov, Russia's foreign minister") whose full
   * name appears without one ("Sergei Lavrov"): the full name joins, and supplies the name.
   */
  private static PersonCluster surnameOnly(List<PersonCluster> clusters, NamedMention m) {
    PersonCluster found = null;
    for (int cIndex = 0; cIndex < clusters.size(); cIndex++) {
      PersonCluster c = clusters.get(cIndex);
      List<String> key = c.key();
      int size = m.key().size();
      if (key.size() == 1 && size > 1 && size <= 4 && m.key().get(size - 1).equals(key.get(0)) && hasRoleTitle(c)) {
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  private static boolean hasRoleTitle(PersonCluster c) {
    return c.named().stream().anyMatch(NamedMention::hasRoleTitle);
  }

  private static PersonCluster choose(List<PersonCluster> clusters, NamedMention m, boolean singleWordPrefix) {
    PersonCluster best = null;
    int bestPreceding = -2;
    for (int k = 0; k < clusters.size(); k++) {
      PersonCluster c = clusters.get(k);
      if (!fits(m.key(), c.key(), singleWordPrefix)) {
        continue;
      }
      int preceding = c.lastMentionBefore(m.name().start());
      if (best == null || preceding > bestPreceding
          || preceding == bestPreceding && c.firstMention() < best.firstMention()) {
        best = c;
        bestPreceding = preceding;
      }
    }
    return best;
  }

  /**
   * Tells whether a name can be a shorter form of a fuller one.
   *
   * @param shorter the key words of the shorter name
   * @param fuller the key words of the fuller name
   * @param singleWordPrefix whether a single first word may refer to the person ("Sheikh Khalifa")
   * @return true when it fits
   */
  static boolean fits(List<String> shorter, List<String> fuller, boolean singleWordPrefix) {
    int s = shorter.size();
    int f = fuller.size();
    if (s == 0 || s > f) {
      return false;
    }
    if (s == f && occursAt(fuller, 0, shorter)) {
      return true;
    }
    if (occursAt(fuller, f - s, shorter)) {
      return hasNonParticle(shorter) && !afterLineageLink(fuller, f - s);
    }
    if (occursAt(fuller, 0, shorter)) {
      return (s >= 2 || singleWordPrefix) && !NameWords.isParticle(shorter.get(0));
    }
    if (s >= 2 && hasNonParticle(shorter)) {
      for (int i = 1; i + s < f; i++) {
        if (occursAt(fuller, i, shorter) && !afterLineageLink(fuller, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code words} is {@code fuller.subList(at, at + words.size())}, read in place. */
  private static boolean occursAt(List<String> fuller, int at, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!fuller.get(at + k).equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words from {@code i} on follow a lineage link ("bin", "bint", "ibn"): then they
   * name the father ("Salman bin Abdulaziz Al Saud" inside "Mohammed bin Salman bin Abdulaziz Al
   * Saud"), not the person.
   */
  private static boolean afterLineageLink(List<String> fuller, int i) {
    return i > 0 && LINEAGE_LINKS.contains(fuller.get(i - 1));
  }

  private static boolean hasNonParticle(List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (!NameWords.isParticle(words.get(k))) {
        return true;
      }
    }
    return false;
  }
}
