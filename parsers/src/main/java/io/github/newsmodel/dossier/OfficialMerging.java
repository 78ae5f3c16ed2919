package io.github.newsmodel.dossier;

import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the officials of several documents into the people of a dossier.
 *
 * <ol>
 *   <li>Officials with the same {@code id} are one person (the id is canonical across articles by
 *       contract), whatever else differs; differing countries become a conflict.</li>
 *   <li>People whose names match under {@link NameMatcher#full} merge, unless their countries
 *       contradict (both known, none in common).</li>
 *   <li>A short form ({@link NameMatcher#partial}) merges into the one person whose fuller name it
 *       fits; when it fits several, it stays apart.</li>
 * </ol>
 *
 * <p>Deterministic: people, names, titles and appearances keep the order of first appearance in
 * the input. Used by one merge only; not shared.
 */
final class OfficialMerging {
  /** The rule of an appearance whose id is the person's first id. */
  static final String SAME_ID = "dossier.official.same_id";

  /** One document's official. */
  record Appearance(int document, int position, String source, Official official) {}

  /** An appearance with the rule that put it with its person. */
  private record Cited(Appearance appearance, NameMatch match) {}

  /** Every appearance of one official id. */
  private static final class Candidate {
    final String id;
    final List<Appearance> appearances = new ArrayList<>();
    String name;

    Candidate(String id) {
      this.id = id;
    }
  }

  /**
   * The merged people.
   *
   * @param officials the people, in order of first appearance
   * @param appearances each person's appearances, by dossier id
   * @param dossierIds for each input document, its official ids mapped to dossier ids
   * @param conflicts the country conflicts
   */
  record Result(List<DossierOfficial> officials, Map<String, List<Appearance>> appearances,
      List<Map<String, String>> dossierIds, List<Conflict> conflicts) {}

  private final List<Candidate> candidates = new ArrayList<>();
  private final int[] parent;
  private final List<Set<String>> countries = new ArrayList<>();

  private OfficialMerging(List<NewsDocument> documents) {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    for (int d = 0; d < documents.size(); d++) {
      NewsDocument document = documents.get(d);
      List<Official> officials = document.officials();
      for (int p = 0; p < officials.size(); p++) {
        Official official = officials.get(p);
        byId.computeIfAbsent(official.id(), Candidate::new).appearances
            .add(new Appearance(d, p, document.source().id(), official));
      }
    }
    candidates.addAll(byId.values());
    parent = new int[candidates.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      Candidate candidate = candidates.get(i);
      candidate.name = fullestName(candidate.appearances);
      Set<String> known = new LinkedHashSet<>();
      candidate.appearances.forEach(a -> a.official().country().ifPresent(known::add));
      countries.add(known);
    }
  }

  /**
   * Merges the officials of the documents.
   *
   * @param documents the input documents, in input order
   * @return the people, their appearances, the id mapping and the country conflicts
   */
  static Result merge(List<NewsDocument> documents) {
    OfficialMerging merging = new OfficialMerging(documents);
    merging.mergeFullMatches();
    merging.mergeShortForms();
    return merging.result(documents.size());
  }

  private void mergeFullMatches() {
    Map<String, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      blocks.computeIfAbsent(NameMatcher.blockingKey(candidates.get(i).name), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> block : blocks.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (find(i) != find(j) && countriesAgree(find(i), find(j))
              && NameMatcher.full(candidates.get(i).name, candidates.get(j).name).isPresent()) {
            union(i, j);
          }
        }
      }
    }
  }

  private void mergeShortForms() {
    Map<String, List<Integer>> byEdgeToken = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      List<String> tokens = NameMatcher.significant(candidates.get(i).name);
      if (!tokens.isEmpty()) {
        byEdgeToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(i);
        byEdgeToken.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < candidates.size(); i++) {
      List<String> tokens = NameMatcher.significant(candidates.get(i).name);
      if (tokens.isEmpty()) {
        continue;
      }
      Set<Integer> fitting = new LinkedHashSet<>();
      for (String edge : List.of(tokens.get(0), tokens.get(tokens.size() - 1))) {
        for (int j : byEdgeToken.getOrDefault(edge, List.of())) {
          if (j != i && NameMatcher.partial(candidates.get(i).name, candidates.get(j).name).isPresent()) {
            fitting.add(find(j));
          }
        }
      }
      if (fitting.size() == 1) {
        int target = fitting.iterator().next();
        if (target != find(i) && countriesAgree(find(i), target)) {
          union(i, target);
        }
      }
    }
  }

  private Result result(int documentCount) {
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      clusters.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    List<Map<String, String>> dossierIds = new ArrayList<>();
    for (int d = 0; d < documentCount; d++) {
      dossierIds.add(new LinkedHashMap<>());
    }
    List<DossierOfficial> people = new ArrayList<>();
    Map<String, List<Appearance>> appearancesById = new LinkedHashMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (List<Integer> members : clusters.values()) {
      String dossierId = candidates.get(members.get(0)).id;
      List<Cited> entries = new ArrayList<>();
      for (int m = 0; m < members.size(); m++) {
        Candidate candidate = candidates.get(members.get(m));
        NameMatch match = m == 0 ? new NameMatch(SAME_ID, 1.0) : explain(candidate, members.subList(0, m));
        for (Appearance appearance : candidate.appearances) {
          entries.add(new Cited(appearance, match));
          dossierIds.get(appearance.document()).put(appearance.official().id(), dossierId);
        }
      }
      entries.sort(Comparator.comparingInt((Cited c) -> c.appearance().document())
          .thenComparingInt(c -> c.appearance().position()));
      List<Appearance> appearances = entries.stream().map(Cited::appearance).toList();
      DossierOfficial person = person(dossierId, members, appearances,
          entries.stream().map(OfficialMerging::cite).toList());
      people.add(person);
      appearancesById.put(dossierId, appearances);
      if (person.countries().size() > 1) {
        conflicts.add(countryConflict(person, appearances));
      }
    }
    return new Result(List.copyOf(people), appearancesById, dossierIds, List.copyOf(conflicts));
  }

  private DossierOfficial person(String dossierId, List<Integer> members, List<Appearance> appearances,
      List<OfficialAppearance> cited) {
    List<String> ids = new ArrayList<>();
    members.forEach(m -> ids.add(candidates.get(m).id));
    Set<String> names = new LinkedHashSet<>();
    Set<String> honorifics = new LinkedHashSet<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Set<String> organizations = new LinkedHashSet<>();
    Set<String> personCountries = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Appearance appearance : appearances) {
      Official official = appearance.official();
      names.add(official.name());
      honorifics.addAll(official.honorifics());
      official.titles().forEach(title -> titles.putIfAbsent(TitleEquivalences.key(title), title));
      official.organization().ifPresent(organizations::add);
      official.country().ifPresent(personCountries::add);
      sources.add(appearance.source());
    }
    return new DossierOfficial(dossierId, ids, fullestName(appearances), List.copyOf(names),
        List.copyOf(honorifics), List.copyOf(titles.values()), List.copyOf(organizations),
        List.copyOf(personCountries), List.copyOf(sources), cited);
  }

  /** Says why a candidate belongs with the earlier members of its person: its best name match. */
  private NameMatch explain(Candidate candidate, List<Integer> earlier) {
    NameMatch best = null;
    for (int e : earlier) {
      String other = candidates.get(e).name;
      Optional<NameMatch> match = NameMatcher.full(candidate.name, other)
          .or(() -> NameMatcher.partial(candidate.name, other))
          .or(() -> NameMatcher.partial(other, candidate.name));
      if (match.isPresent() && (best == null || match.get().score() > best.score())) {
        best = match.get();
      }
    }
    return best != null ? best : new NameMatch(NameMatcher.PARTIAL, 0.5);
  }

  private static OfficialAppearance cite(Cited entry) {
    Official official = entry.appearance().official();
    return new OfficialAppearance(entry.appearance().source(), official.id(), official.name(),
        official.honorifics(), official.titles(), official.country(), entry.match().rule(), entry.match().score(),
        official.evidence());
  }

  private static Conflict countryConflict(DossierOfficial person, List<Appearance> appearances) {
    List<Claim> claims = new ArrayList<>();
    for (Appearance appearance : appearances) {
      Official official = appearance.official();
      if (official.country().isPresent()) {
        claims.add(new Claim(appearance.source(), official.country().get(),
            evidenceFor(official.evidence(), "/country")));
      }
    }
    return new Conflict(ConflictKind.OFFICIAL_COUNTRY, person.id(),
        "articles give " + person.name() + " different countries: " + String.join(", ", person.countries()),
        claims);
  }

  /**
   * Returns the evidence items whose field is {@code field} or lies under it.
   *
   * @param evidence an entity's evidence
   * @param field a JSON Pointer such as {@code /titles}
   * @return the matching items, in order
   */
  static List<Evidence> evidenceFor(List<Evidence> evidence, String field) {
    List<Evidence> matching = new ArrayList<>();
    for (Evidence item : evidence) {
      if (item.field().equals(field) || item.field().startsWith(field + "/")) {
        matching.add(item);
      }
    }
    return matching;
  }

  /** The fullest written name: most significant tokens, then longest, then first seen. */
  private static String fullestName(List<Appearance> appearances) {
    String best = appearances.get(0).official().name();
    for (Appearance appearance : appearances) {
      String name = appearance.official().name();
      int byTokens = Integer.compare(NameMatcher.significant(name).size(), NameMatcher.significant(best).size());
      if (byTokens > 0 || (byTokens == 0 && name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }

  private boolean countriesAgree(int rootA, int rootB) {
    Set<String> a = countries.get(rootA);
    Set<String> b = countries.get(rootB);
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String code : a) {
      if (b.contains(code)) {
        return true;
      }
    }
    return false;
  }

  private int find(int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[i] != root) {
      int next = parent[i];
      parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins two clusters; the earlier candidate stays the root so that ids follow first appearance. */
  private void union(int i, int j) {
    int a = find(i);
    int b = find(j);
    if (a == b) {
      return;
    }
    int root = Math.min(a, b);
    int child = Math.max(a, b);
    parent[child] = root;
    countries.get(root).addAll(countries.get(child));
  }
}
