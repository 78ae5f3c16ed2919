package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each official's country, by the rule of the output contract:
 * <ol>
 *   <li>what the person's own mentions say: a demonym or possessive on the title, "of
 *       &lt;country&gt;", a country in parentheses, "signed for &lt;country&gt;", an institution
 *       or place in the title that names its state (strongest cue wins, the name-supplying mention
 *       first);</li>
 *   <li>else, in a government's own readout ({@link ReadoutCues}), that government for its own
 *       officials: those whose titles the cue all lists, or whose sentence names that country alone
 *       ("Under President Trump's leadership, the United States ...");</li>
 *   <li>else, for the one official still without a country, the other side of a bilateral pair
 *       whose one side is already another official's country and whose other side is nobody's
 *       ("U.S.-Oman" with an Omani minister);</li>
 *   <li>else, in an article about a visit to one country, that country for its hosts.</li>
 * </ol>
 * Steps 2 to 4 leave out officials of intergovernmental bodies ("African Union Commission (AUC)
 * Chairperson"). Otherwise the country stays unknown. Stateless.
 */
final class CountryResolver {
  private CountryResolver() {}

  /**
   * Resolves the countries of a set of officials.
   *
   * @param clusters the officials
   * @param article what the article says about countries
   * @return the country cue of each official that has one
   */
  static Map<PersonCluster, CountryCue> resolve(List<PersonCluster> clusters, ArticleCountries article) {
    Map<PersonCluster, CountryCue> result = new IdentityHashMap<>(clusters.size());
    for (PersonCluster c : clusters) {
      own(c).ifPresent(cue -> result.put(c, cue));
    }
    List<PersonCluster> national = new ArrayList<>();
    for (PersonCluster c : clusters) {
      if (!result.containsKey(c) && !servesInternationalBody(c)) {
        national.add(c);
      }
    }
    Optional<ReadoutCues.Issuer> issuer = article.issuer();
    if (issuer.isPresent()) {
      int[] peopleBySentence = peopleBySentence(clusters);
      ReadoutCues.Issuer is = issuer.get();
      for (PersonCluster c : national) {
        if (ownsAllTitles(is, c)) {
          result.put(c, new CountryCue(is.cue().country(), is.span(), Rules.COUNTRY_READOUT, 0.75,
              CountryCue.READOUT));
        } else {
          namedAlone(c, is.cue().country(), article, peopleBySentence).ifPresent(span -> result.put(c,
              new CountryCue(is.cue().country(), span, Rules.COUNTRY_READOUT_SENTENCE, 0.65, CountryCue.READOUT)));
        }
      }
    }
    Set<String> used = new HashSet<>();
    for (CountryCue cue : result.values()) {
      used.add(cue.code());
    }
    List<PersonCluster> open = new ArrayList<>();
    for (PersonCluster c : national) {
      if (!result.containsKey(c)) {
        open.add(c);
      }
    }
    if (open.size() == 1) {
      bilateral(article, used).ifPresent(cue -> result.put(open.get(0), cue));
    }
    if (article.host().isPresent()) {
      ArticleCountries.Named host = article.host().get();
      for (PersonCluster c : national) {
        if (!result.containsKey(c)) {
          result.put(c, new CountryCue(host.code(), host.span(), Rules.COUNTRY_VISIT_HOST, 0.6, CountryCue.VISIT_HOST));
        }
      }
    }
    return result;
  }

  /** The strongest cue of the person's own mentions; the name-supplying mention wins ties. */
  private static Optional<CountryCue> own(PersonCluster c) {
    NamedMention nameMention = c.nameMention();
    CountryCue best = strongest(nameMention, null);
    List<NamedMention> named = c.named();
    for (int k = 0; k < named.size(); k++) {
      if (named.get(k) != nameMention) {
        best = strongest(named.get(k), best);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The strongest of a cue and a mention's own cues, the earlier winning ties. */
  private static CountryCue strongest(NamedMention m, CountryCue best) {
    // The cues of the titles in order, then the mention's own.
    List<AttachedTitle> titles = m.titles();
    for (int t = 0; t < titles.size(); t++) {
      best = strongest(titles.get(t).role().cues(), best);
    }
    return strongest(m.cues(), best);
  }

  /** The strongest of a cue and a list of cues, the earlier winning ties. */
  private static CountryCue strongest(List<CountryCue> cues, CountryCue best) {
    for (int k = 0; k < cues.size(); k++) {
      CountryCue cue = cues.get(k);
      if (best == null || cue.strength() > best.strength()) {
        best = cue;
      }
    }
    return best;
  }

  /**
   * Whether every title of the person (ranks and "counterpart" aside) is one of the issuing
   * government's own; a person without titles only for cues that cover every title.
   */
  private static boolean ownsAllTitles(ReadoutCues.Issuer issuer, PersonCluster c) {
    boolean anyTitle = false;
    List<NamedMention> named = c.named();
    for (int k = 0; k < named.size(); k++) {
      List<AttachedTitle> titles = named.get(k).titles();
      for (int i = 0; i < titles.size(); i++) {
        AttachedTitle t = titles.get(i);
        if (t.role().rank() || t.role().counterpart()) {
          continue;
        }
        anyTitle = true;
        if (!issuer.ownsTitle(t.role().value())) {
          return false;
        }
      }
    }
    return anyTitle || issuer.cue().titles().isEmpty();
  }

  /** Whether the person's titles name an intergovernmental body ("African Union Commission"). */
  private static boolean servesInternationalBody(PersonCluster c) {
    List<NamedMention> named = c.named();
    for (int k = 0; k < named.size(); k++) {
      NamedMention m = named.get(k);
      for (int i = 0; i < m.titles().size(); i++) {
        if (isInternational(m.titles().get(i).role().organization())) {
          return true;
        }
      }
      if (isInternational(m.organization())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInternational(Optional<OrgRef> organization) {
    return organization.isPresent() && organization.get().international();
  }

  /**
   * A sentence where the person is the only official mentioned and that names the issuing country
   * and no other.
   */
  private static Optional<Span> namedAlone(PersonCluster c, String country, ArticleCountries article,
      int[] peopleBySentence) {
    for (int mIndex = 0; mIndex < c.named().size(); mIndex++) {
      NamedMention m = c.named().get(mIndex);
      if (peopleBySentence[m.sentence()] > 1) {
        continue;
      }
      List<ArticleCountries.Named> named = article.namedIn(m.sentence());
      Span found = null;
      boolean other = false;
      for (int nIndex = 0; nIndex < named.size(); nIndex++) {
        ArticleCountries.Named n = named.get(nIndex);
        if (m.mention().contains(n.span())) {
          continue;
        }
        if (n.code().equals(country)) {
          found = found == null ? n.span() : found;
        } else {
          other = true;
        }
      }
      if (found != null && !other) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /** How many officials each sentence mentions by name, by sentence index. */
  private static int[] peopleBySentence(List<PersonCluster> clusters) {
    int sentences = 0;
    for (PersonCluster c : clusters) {
      for (int mIndex = 0; mIndex < c.named().size(); mIndex++) {
        NamedMention m = c.named().get(mIndex);
        sentences = Math.max(sentences, m.sentence() + 1);
      }
    }
    int[] count = new int[sentences];
    // The last official counted in each sentence (its place in the list, from 1), so that an
    // official named twice in a sentence counts once.
    int[] lastCounted = new int[sentences];
    for (int k = 0; k < clusters.size(); k++) {
      List<NamedMention> named = clusters.get(k).named();
      for (int mIndex = 0; mIndex < named.size(); mIndex++) {
        NamedMention m = named.get(mIndex);
        if (lastCounted[m.sentence()] != k + 1) {
          lastCounted[m.sentence()] = k + 1;
          count[m.sentence()]++;
        }
      }
    }
    return count;
  }

  /**
   * The one country that pairs with a used country and is used by nobody, in a pair that holds
   * every official's country.
   */
  private static Optional<CountryCue> bilateral(ArticleCountries article, Set<String> used) {
    String candidate = null;
    Span span = null;
    for (ArticleCountries.Pair pair : article.pairs()) {
      if (!used.stream().allMatch(code -> code.equals(pair.first()) || code.equals(pair.second()))) {
        continue; // the officials' countries are not all in the pair: not a bilateral article
      }
      String other = null;
      if (used.contains(pair.first()) && !used.contains(pair.second())) {
        other = pair.second();
      } else if (used.contains(pair.second()) && !used.contains(pair.first())) {
        other = pair.first();
      }
      if (other == null) {
        continue;
      }
      if (candidate != null && !candidate.equals(other)) {
        return Optional.empty();
      }
      if (candidate == null) {
        candidate = other;
        span = pair.span();
      }
    }
    return candidate == null ? Optional.empty()
        : Optional.of(new CountryCue(candidate, span, Rules.COUNTRY_BILATERAL, 0.6, CountryCue.BILATERAL));
  }
}
