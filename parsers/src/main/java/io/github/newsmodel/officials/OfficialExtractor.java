package io.github.newsmodel.officials;

import io.github.newsmodel.model.Official;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the named officials of an article, with their honorifics, titles, organisation, country and
 * every mention. Stateless and thread-safe.
 *
 * <p>The steps: {@link MentionFinder} reads each sentence into names linked to honorifics and
 * titles; {@link Coreference} groups the names by person; people with the same canonical name
 * ({@link NameKey}) are one; people with neither a government title nor a dignitary's honorific
 * are dropped (company people, a "Mr Smith" with no role); {@link CountryResolver} gives each a
 * country; {@link DescriptionResolver} attaches "the Minister" to the person it refers to; and
 * {@link OfficialAssembler} writes the {@link Official}s, in order of first mention.
 */
public final class OfficialExtractor {
  private static final Comparator<PersonCluster> BY_FIRST_MENTION =
      Comparator.comparingInt(PersonCluster::firstMention);

  /**
   * Extracts the officials.
   *
   * @param context the article being analysed
   * @return the officials in order of first mention; none, with an {@code officials.failed}
   *     warning, should a rule fail on unexpected input
   */
  public List<Official> extract(AnalysisContext context) {
    try {
      return officials(context);
    } catch (RuntimeException e) {
      // A defect must not cost the caller the whole document: report it and go on without officials.
      context.warnings().warn("officials.failed", "officials could not be extracted: " + e);
      return List.of();
    }
  }

  private static List<Official> officials(AnalysisContext context) {
    String text = context.text();
    MentionFinder.Found found = MentionFinder.find(text, context.folded(), context.article().blocks(),
        context::sentencesOf);
    if (found.truncated()) {
      context.warnings().warn("officials.truncated", "more than " + MentionFinder.MAX_MENTIONS
          + " names and titles; the rest of the article was not read for officials");
    }
    // The id of each name, computed once: merging and the officials both need it.
    Map<String, String> ids = new HashMap<>();
    List<PersonCluster> clusters =
        officialsOnly(sameKeyMerged(Coreference.cluster(found.named(), found.bare()), ids));
    ArticleCountries countries = found.countries().finish(text, context.folded());
    Map<PersonCluster, CountryCue> country = CountryResolver.resolve(clusters, countries);
    Map<PersonCluster, String> codes = new IdentityHashMap<>(country.size());
    country.forEach((c, cue) -> codes.put(c, cue.code()));
    DescriptionResolver.resolve(found.descriptions(), clusters, codes);
    clusters.sort(BY_FIRST_MENTION);
    List<Official> officials = new ArrayList<>(clusters.size());
    for (PersonCluster cluster : clusters) {
      officials.add(OfficialAssembler.build(text, cluster, country.get(cluster),
          ids.computeIfAbsent(cluster.nameMention().nameText(), NameKey::slug)));
    }
    return officials;
  }

  /** People whose fullest names give the same id are one person; {@code ids} keeps the id of each name. */
  private static List<PersonCluster> sameKeyMerged(List<PersonCluster> clusters, Map<String, String> ids) {
    Map<String, PersonCluster> byId = new LinkedHashMap<>();
    for (PersonCluster cluster : clusters) {
      String id = ids.computeIfAbsent(cluster.nameMention().nameText(), NameKey::slug);
      PersonCluster existing = byId.get(id);
      if (existing == null) {
        byId.put(id, cluster);
      } else {
        existing.absorb(cluster);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Keeps the people presented in an official role: a title that is not a company role or a rank;
   * or, without a company role, an honorific reserved for dignitaries ("HE", "Sheikh") or a rank
   * with a country ("Israeli Brigadier General ..."; a bare "General" before a capitalised word is
   * too often something else).
   */
  private static List<PersonCluster> officialsOnly(List<PersonCluster> clusters) {
    List<PersonCluster> kept = new ArrayList<>();
    for (PersonCluster cluster : clusters) {
      boolean governmentTitle = false;
      boolean rank = false;
      boolean companyTitle = false;
      boolean dignitary = false;
      boolean nationality = false;
      List<NamedMention> named = cluster.named();
      for (int k = 0; k < named.size(); k++) {
        NamedMention m = named.get(k);
        for (int i = 0; i < m.titles().size(); i++) {
          TitleRole role = m.titles().get(i).role();
          companyTitle |= role.company();
          rank |= role.rank();
          governmentTitle |= !role.company() && !role.rank();
          nationality |= !role.cues().isEmpty();
        }
        for (int i = 0; i < m.honorifics().size(); i++) {
          dignitary |= m.honorifics().get(i).official();
        }
        nationality |= !m.cues().isEmpty();
      }
      if (governmentTitle || (dignitary || rank && nationality) && !companyTitle) {
        kept.add(cluster);
      }
    }
    return kept;
  }
}
