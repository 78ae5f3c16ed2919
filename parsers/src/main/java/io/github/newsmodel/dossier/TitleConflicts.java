package io.github.newsmodel.dossier;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.PublicationDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds people to whom two articles of the same time give titles that share no office. Articles
 * are of the same time when they report one merged meeting, or when both state publication dates
 * at most the window apart. Titles share an office when {@link TitleEquivalences#compatible} says
 * so; an article that gives no title contradicts nothing. Used by one merge only.
 */
final class TitleConflicts {
  private final List<NewsDocument> documents;
  private final Set<Long> sharingMeeting = new LinkedHashSet<>();
  private final long windowDays;

  private TitleConflicts(List<NewsDocument> documents, List<Set<Integer>> meetingDocuments, long windowDays) {
    this.documents = documents;
    this.windowDays = windowDays;
    for (Set<Integer> reporting : meetingDocuments) {
      for (int a : reporting) {
        for (int b : reporting) {
          if (a < b) {
            sharingMeeting.add(pair(a, b));
          }
        }
      }
    }
  }

  /**
   * Finds the title conflicts.
   *
   * @param documents the input documents
   * @param people the merged people
   * @param appearances each person's appearances, by dossier id
   * @param meetingDocuments for each merged meeting, the documents reporting it
   * @param windowDays how many days apart two publication dates of the same time may be
   * @return the conflicts, in order of the people
   */
  static List<Conflict> find(List<NewsDocument> documents, List<DossierOfficial> people,
      Map<String, List<OfficialMerging.Appearance>> appearances, List<Set<Integer>> meetingDocuments,
      long windowDays) {
    TitleConflicts finder = new TitleConflicts(documents, meetingDocuments, windowDays);
    List<Conflict> conflicts = new ArrayList<>();
    for (DossierOfficial person : people) {
      finder.conflictsOf(person, appearances.getOrDefault(person.id(), List.of()), conflicts);
    }
    return List.copyOf(conflicts);
  }

  private void conflictsOf(DossierOfficial person, List<OfficialMerging.Appearance> seen, List<Conflict> out) {
    Set<String> reported = new LinkedHashSet<>();
    for (int i = 0; i < seen.size(); i++) {
      for (int j = i + 1; j < seen.size(); j++) {
        OfficialMerging.Appearance a = seen.get(i);
        OfficialMerging.Appearance b = seen.get(j);
        if (a.document() == b.document() || !sameTime(a.document(), b.document())
            || !contradict(a.official(), b.official())) {
          continue;
        }
        String key = keys(a.official()) + "|" + keys(b.official());
        if (reported.add(key)) {
          out.add(new Conflict(ConflictKind.OFFICIAL_TITLE, person.id(),
              "articles of the same time give " + person.name() + " titles that share no office: "
                  + String.join("; ", a.official().titles()) + " / " + String.join("; ", b.official().titles()),
              List.of(claim(a), claim(b))));
        }
      }
    }
  }

  private static boolean contradict(Official a, Official b) {
    if (a.titles().isEmpty() || b.titles().isEmpty()) {
      return false;
    }
    for (String x : a.titles()) {
      for (String y : b.titles()) {
        if (TitleEquivalences.compatible(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean sameTime(int a, int b) {
    if (sharingMeeting.contains(pair(Math.min(a, b), Math.max(a, b)))) {
      return true;
    }
    Optional<LocalDate> dateA = published(documents.get(a));
    Optional<LocalDate> dateB = published(documents.get(b));
    return dateA.isPresent() && dateB.isPresent()
        && Math.abs(ChronoUnit.DAYS.between(dateA.get(), dateB.get())) <= windowDays;
  }

  private static Optional<LocalDate> published(NewsDocument document) {
    return document.article().published().map(PublicationDate::date);
  }

  private static Claim claim(OfficialMerging.Appearance appearance) {
    Official official = appearance.official();
    return new Claim(appearance.source(), String.join("; ", official.titles()),
        OfficialMerging.evidenceFor(official.evidence(), "/titles"));
  }

  private static String keys(Official official) {
    Set<String> keys = new TreeSet<>();
    official.titles().forEach(title -> keys.add(TitleEquivalences.key(title)));
    return String.join(";", keys);
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
