package io.github.newsmodel.officials;

import java.util.List;
import java.util.Map;

/**
 * Resolves definite descriptions ("the Crown Prince", "The Secretary", "the Qatari Minister of
 * Interior") to an official named before them. A description fits a title with the same head
 * whose words include the description's ("Foreign Minister" fits "Minister of Foreign Affairs");
 * titles with exactly the description's modifiers are preferred ("The Secretary" is the Secretary
 * of State, not the Deputy Secretary of State), then the official mentioned last before it. A
 * description whose nationality differs from the official's country does not fit. Stateless.
 */
final class DescriptionResolver {
  private DescriptionResolver() {}

  /**
   * Attaches each description to the official it refers to, if any.
   *
   * @param descriptions the descriptions, in text order
   * @param clusters the officials
   * @param countries the country of each official, where known
   */
  static void resolve(List<Description> descriptions, List<PersonCluster> clusters,
      Map<PersonCluster, String> countries) {
    for (int dIndex = 0; dIndex < descriptions.size(); dIndex++) {
      Description d = descriptions.get(dIndex);
      PersonCluster best = null;
      int bestScore = -1;
      int bestPreceding = -1;
      String nationality = nationality(d.role());
      for (int cIndex = 0; cIndex < clusters.size(); cIndex++) {
        PersonCluster c = clusters.get(cIndex);
        int preceding = c.lastMentionBefore(d.span().start());
        if (preceding < 0) {
          continue;
        }
        String country = countries.get(c);
        if (nationality != null && country != null && !nationality.equals(country)) {
          continue;
        }
        int score = score(d.role(), c);
        if (score < 0) {
          continue;
        }
        if (score > bestScore || score == bestScore && preceding > bestPreceding) {
          best = c;
          bestScore = score;
          bestPreceding = preceding;
        }
      }
      if (best != null) {
        best.add(d);
      }
    }
  }

  private static int score(TitleRole description, PersonCluster cluster) {
    int best = -1;
    List<NamedMention> named = cluster.named();
    for (int k = 0; k < named.size(); k++) {
      List<AttachedTitle> titles = named.get(k).titles();
      for (int i = 0; i < titles.size(); i++) {
        TitleRole role = titles.get(i).role();
        if (!role.head().equals(description.head()) || !containsAll(role.words(), description.words())) {
          continue;
        }
        boolean sameModifiers = role.modifiers().size() == description.modifiers().size()
            && containsAll(role.modifiers(), description.modifiers());
        best = Math.max(best, sameModifiers ? 2 : 1);
      }
    }
    return best;
  }

  /** Whether a list of distinct words holds every word of another. */
  private static boolean containsAll(List<String> words, List<String> others) {
    for (int k = 0; k < others.size(); k++) {
      if (!words.contains(others.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static String nationality(TitleRole role) {
    for (int cueIndex = 0; cueIndex < role.cues().size(); cueIndex++) {
      CountryCue cue = role.cues().get(cueIndex);
      if (cue.strength() >= CountryCue.POSSESSIVE) {
        return cue.code();
      }
    }
    return null;
  }
}
