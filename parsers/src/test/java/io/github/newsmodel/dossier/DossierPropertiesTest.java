package io.github.newsmodel.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.testing.DossierGenerators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of every dossier, over generated sets of articles. */
class DossierPropertiesTest {
  private final DossierMerger merger = DossierMerger.create();

  @Test
  void everyOfficialOfEveryArticleIsInExactlyOnePerson() {
    qt().forAll(DossierGenerators.documentSets()).checkAssert(docs -> {
      Dossier dossier = merger.merge(docs);
      List<String> cited = new ArrayList<>();
      dossier.officials().forEach(person -> person.appearances()
          .forEach(a -> cited.add(a.source() + " " + a.official())));
      List<String> expected = new ArrayList<>();
      for (NewsDocument doc : docs) {
        for (Official official : doc.officials()) {
          expected.add(doc.source().id() + " " + official.id());
        }
      }
      assertThat(cited).containsExactlyInAnyOrderElementsOf(expected);
      for (DossierOfficial person : dossier.officials()) {
        assertThat(person.ids()).first().isEqualTo(person.id());
        assertThat(person.appearances()).extracting(OfficialAppearance::official).containsAll(person.ids());
      }
    });
  }

  @Test
  void everyMeetingReportIsInExactlyOneMeetingAndNoMeetingHasTwoReportsFromOneArticle() {
    qt().forAll(DossierGenerators.documentSets()).checkAssert(docs -> {
      Dossier dossier = merger.merge(docs);
      int reports = 0;
      Set<String> personIds = new HashSet<>();
      dossier.officials().forEach(person -> personIds.add(person.id()));
      for (DossierMeeting meeting : dossier.meetings()) {
        assertThat(meeting.reports()).extracting(MeetingReport::source).doesNotHaveDuplicates();
        assertThat(personIds).containsAll(meeting.participants());
        reports += meeting.reports().size();
      }
      assertThat(reports).isEqualTo(docs.stream().mapToInt(d -> d.meetings().size()).sum());
    });
  }

  @Test
  void reportsMergedIntoOneMeetingNeverGiveDatesFartherApartThanTheTolerance() {
    qt().forAll(DossierGenerators.documentSets()).checkAssert(docs -> {
      for (DossierMeeting meeting : merger.merge(docs).meetings()) {
        List<Long> days = meeting.reports().stream().filter(r -> r.date().isPresent())
            .map(r -> r.date().get().toEpochDay()).toList();
        if (!days.isEmpty()) {
          long spread = days.stream().mapToLong(Long::longValue).max().getAsLong()
              - days.stream().mapToLong(Long::longValue).min().getAsLong();
          assertThat(spread).isLessThanOrEqualTo(merger.dateToleranceDays());
        }
      }
    });
  }

  @Test
  void theSameArticlesGiveTheSameJson() {
    qt().forAll(DossierGenerators.documentSets()).checkAssert(docs ->
        assertThat(NewsJson.toJson(merger.merge(docs))).isEqualTo(NewsJson.toJson(merger.merge(List.copyOf(docs)))));
  }

  @Test
  void conflictsCiteOnlyInputArticlesAndExistingSubjects() {
    qt().forAll(DossierGenerators.documentSets()).checkAssert(docs -> {
      Dossier dossier = merger.merge(docs);
      Set<String> sources = new HashSet<>();
      docs.forEach(doc -> sources.add(doc.source().id()));
      Set<String> subjects = new HashSet<>();
      dossier.officials().forEach(o -> subjects.add(o.id()));
      dossier.meetings().forEach(m -> subjects.add(m.id()));
      for (Conflict conflict : dossier.conflicts()) {
        assertThat(subjects).contains(conflict.subject());
        assertThat(conflict.claims()).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy(claim -> assertThat(sources).contains(claim.source()));
      }
      for (NewsDocument doc : docs) {
        for (Meeting meeting : doc.meetings()) {
          assertThat(meeting.participants()).isNotEmpty();
        }
      }
    });
  }
}
