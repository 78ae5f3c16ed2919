package io.github.newsmodel.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.model.NewsDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of document sets for the dossier's properties: a few articles about a small cast whose
 * names come in variants (hyphenated, short, with initials, transliterated), with ids that are
 * either canonical or different in every article, and meetings among them on nearby dates in one
 * of a few cities (or none).
 */
public final class DossierGenerators {
  /** Written names: several are variants or short forms of one another, some are different people. */
  public static final List<String> NAMES = List.of("Khalifa bin Hamad Al Thani", "Khalifa bin Hamad Al-Thani",
      "Khalifa", "Tamim bin Hamad Al Thani", "Al Thani", "Kristi Noem", "Noem", "Mohammed bin Zayed",
      "Mohamed bin Zayed", "Antony J. Blinken", "Antony Blinken", "Ali Said");
  private static final List<String> CITIES = List.of("Doha", "Riyadh", "Washington");
  private static final LocalDate FIRST_DATE = LocalDate.of(2024, 5, 1);

  private DossierGenerators() {}

  /** One meeting: participant positions among the article's officials, a date offset, a city. */
  private record MeetingSpec(List<Integer> participants, int dayOffset, int city) {}

  /** One article: which names it mentions, whether its ids are canonical, its meetings. */
  private record ArticleSpec(List<Integer> names, boolean canonicalIds, List<MeetingSpec> meetings) {}

  /**
   * Returns document sets of zero to six articles, with source ids {@code doc-0}, {@code doc-1}, ...
   *
   * @return the generator
   */
  public static Gen<List<NewsDocument>> documentSets() {
    Gen<MeetingSpec> meeting = lists().of(integers().between(0, 3)).ofSizeBetween(1, 3)
        .zip(integers().between(-1, 4), integers().between(-1, CITIES.size() - 1), MeetingSpec::new);
    Gen<ArticleSpec> article = lists().of(integers().between(0, NAMES.size() - 1)).ofSizeBetween(1, 4)
        .zip(booleans().all(), lists().of(meeting).ofSizeBetween(0, 2), ArticleSpec::new);
    return lists().of(article).ofSizeBetween(0, 6).map((List<ArticleSpec> specs) -> build(specs));
  }

  private static List<NewsDocument> build(List<ArticleSpec> specs) {
    List<NewsDocument> documents = new ArrayList<>();
    for (int d = 0; d < specs.size(); d++) {
      documents.add(build("doc-" + d, specs.get(d)));
    }
    return documents;
  }

  private static NewsDocument build(String sourceId, ArticleSpec spec) {
    // Names that give the same id (as "Al Thani" and "Al-Thani" do) are one official of the article.
    Map<String, String> nameById = new LinkedHashMap<>();
    for (int i : spec.names()) {
      String name = NAMES.get(i);
      String id = (spec.canonicalIds() ? "" : sourceId + "/") + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
      nameById.putIfAbsent(id, name);
    }
    List<String> ids = List.copyOf(nameById.keySet());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      text.append("Speaker ").append(i).append(": ").append(nameById.get(ids.get(i))).append(".\n");
    }
    for (int m = 0; m < spec.meetings().size(); m++) {
      text.append("Meeting ").append(m).append(" took place.\n");
    }
    HandBuiltDocument document = HandBuiltDocument.of(sourceId, text.toString());
    for (int i = 0; i < ids.size(); i++) {
      String name = nameById.get(ids.get(i));
      document.official(ids.get(i), "Speaker " + i + ": " + name, name, List.of(), List.of(), null);
    }
    for (int m = 0; m < spec.meetings().size(); m++) {
      MeetingSpec meeting = spec.meetings().get(m);
      Set<String> participants = new LinkedHashSet<>();
      meeting.participants().forEach(p -> participants.add(ids.get(p % ids.size())));
      document.meeting("m" + m, "Meeting " + m + " took place",
          meeting.dayOffset() < 0 ? null : FIRST_DATE.plusDays(meeting.dayOffset()),
          meeting.city() < 0 ? null : HandBuiltDocument.location(null, CITIES.get(meeting.city()), null),
          participants.toArray(String[]::new));
    }
    return document.build();
  }
}
