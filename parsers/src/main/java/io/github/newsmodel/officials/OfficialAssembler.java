package io.github.newsmodel.officials;

import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link Official} of a person from its mentions: the name and honorifics of the
 * mention that supplies the name, the titles of that mention (or, when it has none, of the first
 * mention that has some), the institution of those titles, the country chosen by
 * {@link CountryResolver}, every mention span, and one evidence item per value. Stateless.
 */
final class OfficialAssembler {
  private static final Comparator<AttachedTitle> BY_SPAN = (a, b) -> a.role().span().compareTo(b.role().span());

  private OfficialAssembler() {}

  /**
   * Builds an official.
   *
   * @param text the document text
   * @param cluster the person's mentions
   * @param country the country cue, or null
   * @param id the id of the name, {@link NameKey#slug} of the name the cluster supplies
   * @return the official
   */
  static Official build(String text, PersonCluster cluster, CountryCue country, String id) {
    NamedMention nameMention = cluster.nameMention();
    Official.Builder official = Official.builder()
        .id(id)
        .name(nameMention.nameText());
    List<AttachedTitle> titles = titles(cluster, nameMention);
    // The name, its honorifics and titles, an organisation and a country.
    List<Evidence> evidence = new ArrayList<>(3 + nameMention.honorifics().size() + titles.size());
    evidence.add(Evidences.inText("/name", text, nameMention.name(), nameMention.rule(), nameMention.confidence()));
    int h = 0;
    for (int k = 0; k < nameMention.honorifics().size(); k++) {
      HonorificRef honorific = nameMention.honorifics().get(k);
      official.addHonorifics(honorific.value());
      evidence.add(Evidences.inText("/honorifics/" + h++, text, honorific.span(),
          honorific.postnominal() ? Rules.HONORIFIC_POSTNOMINAL : Rules.HONORIFIC_PREFIX, 0.95));
    }
    // The titles written so far, folded: a list, as a person has few.
    List<String> seen = new ArrayList<>(titles.size());
    int t = 0;
    Optional<OrgRef> organization = Optional.empty();
    for (int k = 0; k < titles.size(); k++) {
      AttachedTitle title = titles.get(k);
      if (title.role().counterpart()) {
        continue;
      }
      String folded = MatchText.fold(title.role().value()).toLowerCase(Locale.ROOT);
      if (seen.contains(folded)) {
        continue;
      }
      seen.add(folded);
      official.addTitles(title.role().value());
      evidence.add(Evidences.inText("/titles/" + t++, text, title.role().span(), title.rule(), title.confidence()));
      if (organization.isEmpty()) {
        organization = title.role().organization();
      }
    }
    if (organization.isEmpty()) {
      organization = nameMention.organization();
    }
    if (organization.isPresent()) {
      OrgRef org = organization.get();
      official.organization(org.value());
      evidence.add(Evidences.inText("/organization", text, org.span(), org.rule(), 0.8));
    }
    if (country != null) {
      official.country(country.code());
      evidence.add(Evidences.inText("/country", text, country.span(), country.rule(), country.confidence()));
    }
    return official.mentions(mentions(cluster)).evidence(evidence).build();
  }

  /** The spans of every mention of a person, in order, each once: what a sorted set of them holds. */
  private static List<Span> mentions(PersonCluster cluster) {
    List<NamedMention> named = cluster.named();
    List<Description> descriptions = cluster.descriptions();
    List<Span> spans = new ArrayList<>(named.size() + descriptions.size());
    for (int k = 0; k < named.size(); k++) {
      spans.add(named.get(k).mention());
    }
    for (int k = 0; k < descriptions.size(); k++) {
      spans.add(descriptions.get(k).span());
    }
    spans.sort(null);
    int kept = 0;
    for (int k = 0; k < spans.size(); k++) {
      if (kept == 0 || spans.get(k).compareTo(spans.get(kept - 1)) != 0) {
        spans.set(kept++, spans.get(k));
      }
    }
    return spans.subList(0, kept);
  }

  private static List<AttachedTitle> titles(PersonCluster cluster, NamedMention nameMention) {
    if (hasTitle(nameMention)) {
      return sorted(nameMention.titles());
    }
    List<NamedMention> named = cluster.named();
    for (int k = 0; k < named.size(); k++) {
      if (hasTitle(named.get(k))) {
        return sorted(named.get(k).titles());
      }
    }
    return List.of();
  }

  private static boolean hasTitle(NamedMention m) {
    for (int k = 0; k < m.titles().size(); k++) {
      if (!m.titles().get(k).role().counterpart()) {
        return true;
      }
    }
    return false;
  }

  /** The titles in order of their spans: the list itself when it already is (it is not changed). */
  private static List<AttachedTitle> sorted(List<AttachedTitle> titles) {
    boolean inOrder = true;
    for (int k = 1; k < titles.size() && inOrder; k++) {
      inOrder = BY_SPAN.compare(titles.get(k - 1), titles.get(k)) <= 0;
    }
    if (inOrder) {
      return titles;
    }
    List<AttachedTitle> out = new ArrayList<>(titles);
    out.sort(BY_SPAN);
    return out;
  }
}
