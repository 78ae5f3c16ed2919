package io.github.newsmodel.dossier;

import static io.github.newsmodel.dossier.SeedShapedDocuments.S0;
import static io.github.newsmodel.dossier.SeedShapedDocuments.S1;
import static io.github.newsmodel.dossier.SeedShapedDocuments.S2;
import static io.github.newsmodel.dossier.SeedShapedDocuments.S3;
import static io.github.newsmodel.dossier.SeedShapedDocuments.S4;
import static io.github.newsmodel.testing.HandBuiltDocument.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.testing.HandBuiltDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dossier merges people and meetings across articles and reports conflicts. */
class DossierMergerTest {
  private final DossierMerger merger = DossierMerger.create();

  private static DossierOfficial person(Dossier dossier, String nameStart) {
    return dossier.officials().stream().filter(o -> o.name().startsWith(nameStart)).findFirst().orElseThrow();
  }

  @Test
  void sheikhKhalifaIsOnePersonSeenInFourSeedsUnderTheContractIds() {
    Dossier dossier = merger.merge(SeedShapedDocuments.build(SeedShapedDocuments::canonicalId));

    DossierOfficial khalifa = person(dossier, "Khalifa");
    assertThat(dossier.officials()).filteredOn(o -> o.name().startsWith("Khalifa")).hasSize(1);
    assertThat(khalifa.sources()).containsExactly(S0, S1, S3, S4);
    assertThat(khalifa.names()).containsExactly("Khalifa bin Hamad bin Khalifa Al Thani",
        "Khalifa bin Hamad bin Khalifa Al-Thani");
    assertThat(khalifa.honorifics()).containsExactly("Sheikh", "HE");
    assertThat(khalifa.countries()).containsExactly("QA");
    assertThat(khalifa.appearances()).extracting(OfficialAppearance::rule).containsOnly(OfficialMerging.SAME_ID);
    // "Interior Minister" (004) is "Minister of Interior" (000): one office, first written form kept.
    assertThat(khalifa.titles()).contains("Minister of Interior").doesNotContain("Interior Minister");
    assertThat(dossier.officials()).extracting(DossierOfficial::name).containsExactly(
        "Khalifa bin Hamad bin Khalifa Al Thani", "Kristi Noem", "Abdullah bin Khalaf bin Hattab Al Kaabi",
        "Obaid Abdulrabboh Al Maaytah", "Alexander Dobrindt", "Tom Barrack");
  }

  @Test
  void sheikhKhalifaIsOnePersonEvenWhenEveryArticleGaveAnotherId() {
    Dossier dossier = merger.merge(SeedShapedDocuments.build(SeedShapedDocuments::localId));

    DossierOfficial khalifa = person(dossier, "Khalifa");
    assertThat(dossier.officials()).filteredOn(o -> o.name().startsWith("Khalifa")).hasSize(1);
    assertThat(khalifa.sources()).containsExactly(S0, S1, S3, S4);
    assertThat(khalifa.ids()).hasSize(4);
    assertThat(khalifa.id()).isEqualTo(khalifa.ids().get(0));
    assertThat(khalifa.appearances()).extracting(OfficialAppearance::rule)
        .containsExactly(OfficialMerging.SAME_ID, NameMatcher.EQUAL, NameMatcher.EQUAL, NameMatcher.EQUAL);
    assertThat(person(dossier, "Kristi").sources()).containsExactly(S0, S1);
  }

  @Test
  void everyAppearanceCitesItsSourceAndEvidenceThatQuotesThatSource() {
    List<NewsDocument> docs = SeedShapedDocuments.build(SeedShapedDocuments::canonicalId);
    Dossier dossier = merger.merge(docs);
    for (DossierOfficial official : dossier.officials()) {
      for (OfficialAppearance appearance : official.appearances()) {
        NewsDocument doc = docs.stream().filter(d -> d.source().id().equals(appearance.source())).findFirst()
            .orElseThrow();
        assertThat(appearance.evidence()).isNotEmpty();
        for (Evidence evidence : appearance.evidence()) {
          assertThat(doc.text().substring(evidence.start().getAsInt(), evidence.end().getAsInt()))
              .isEqualTo(evidence.exact());
        }
      }
    }
  }

  @Test
  void theMondayAndThursdayReportsOfOneMeetingMergeAndTheWeekdayConflictIsReported() {
    List<NewsDocument> docs = SeedShapedDocuments.build(SeedShapedDocuments::canonicalId);
    Dossier dossier = merger.merge(docs);

    DossierMeeting meeting = dossier.meetings().get(0);
    assertThat(meeting.sources()).containsExactly(S0, S1);
    assertThat(meeting.participants()).containsExactly(person(dossier, "Khalifa").id(), person(dossier, "Kristi").id());
    assertThat(meeting.date()).contains(LocalDate.of(2023, 12, 18));
    assertThat(meeting.location().flatMap(l -> l.city())).contains("Doha");
    assertThat(meeting.location().flatMap(l -> l.venue())).contains("National Command Center (NCC)");
    assertThat(meeting.reports()).extracting(MeetingReport::rule)
        .containsExactly(MeetingMerging.FIRST_REPORT, MeetingMerging.SAME_PARTICIPANTS);
    // Dobrindt (003), Barrack (004) and the Jordanian visit (002) are other meetings.
    assertThat(dossier.meetings()).hasSize(4);

    assertThat(dossier.conflicts()).hasSize(1);
    Conflict conflict = dossier.conflicts().get(0);
    assertThat(conflict.kind()).isEqualTo(ConflictKind.MEETING_WEEKDAY);
    assertThat(conflict.subject()).isEqualTo(meeting.id());
    assertThat(conflict.message()).contains("Monday").contains("Thursday");
    assertThat(conflict.claims()).extracting(Claim::source).containsExactly(S0, S1);
    assertThat(conflict.claims()).extracting(Claim::value).containsExactly("2023-12-18 (Monday)", "Thursday");
    Evidence thursday = conflict.claims().get(1).evidence().get(0);
    assertThat(docs.get(1).text().substring(thursday.start().getAsInt(), thursday.end().getAsInt()))
        .isEqualTo("Thursday");
    assertThat(thursday.rule()).isEqualTo(WeekdayMentions.RULE);
  }

  @Test
  void nameVariantsMergeButDifferentPeopleWithAFamilyNameInCommonDoNot() {
    String text = "Antony J. Blinken met Mohammed bin Zayed. Antony Blinken and Mohamed bin Zayed spoke. "
        + "Tamim bin Hamad Al Thani and Mohammed bin Abdulrahman Al Thani attended.";
    NewsDocument a = HandBuiltDocument.of("a", text)
        .official("blinken-1", "Antony J. Blinken", "Antony J. Blinken", List.of(), List.of(), "US")
        .official("mbz-1", "Mohammed bin Zayed", "Mohammed bin Zayed", List.of(), List.of(), "AE")
        .official("tamim", "Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", List.of(), List.of(), "QA")
        .build();
    NewsDocument b = HandBuiltDocument.of("b", text)
        .official("blinken-2", "Antony Blinken", "Antony Blinken", List.of(), List.of(), "US")
        .official("mbz-2", "Mohamed bin Zayed", "Mohamed bin Zayed", List.of(), List.of(), null)
        .official("mba", "Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani", List.of(),
            List.of(), "QA")
        .build();
    Dossier dossier = merger.merge(List.of(a, b));

    assertThat(dossier.officials()).extracting(DossierOfficial::ids).containsExactly(
        List.of("blinken-1", "blinken-2"), List.of("mbz-1", "mbz-2"), List.of("tamim"), List.of("mba"));
    assertThat(person(dossier, "Antony").name()).isEqualTo("Antony J. Blinken");
    assertThat(person(dossier, "Mohammed bin Z").appearances().get(1).rule()).isEqualTo(NameMatcher.FUZZY);
  }

  @Test
  void aShortFormMergesIntoTheOnePersonItFitsAndStaysApartWhenItFitsSeveral() {
    String text = "Sheikh Khalifa bin Hamad Al Thani met Kristi Noem. Sheikh Khalifa said so. Noem agreed. "
        + "Tamim bin Hamad Al Thani and Mohammed bin Abdulrahman Al Thani attended. Al Thani spoke.";
    NewsDocument full = HandBuiltDocument.of("full", text)
        .official("khalifa-full", "Khalifa bin Hamad Al Thani", "Khalifa bin Hamad Al Thani", List.of("Sheikh"),
            List.of(), "QA")
        .official("noem-full", "Kristi Noem", "Kristi Noem", List.of(), List.of(), "US")
        .official("tamim", "Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", List.of(), List.of(), "QA")
        .build();
    NewsDocument shortForms = HandBuiltDocument.of("short", text)
        .official("khalifa", "Sheikh Khalifa said", "Khalifa", List.of("Sheikh"), List.of(), null)
        .official("noem", "Noem agreed", "Noem", List.of(), List.of(), null)
        .official("al-thani", "Al Thani spoke", "Al Thani", List.of(), List.of(), null)
        .build();
    Dossier dossier = merger.merge(List.of(full, shortForms));

    assertThat(person(dossier, "Khalifa").ids()).containsExactly("khalifa-full", "khalifa");
    assertThat(person(dossier, "Khalifa").appearances().get(1).rule()).isEqualTo(NameMatcher.PARTIAL);
    assertThat(person(dossier, "Kristi").ids()).containsExactly("noem-full", "noem");
    // "Al Thani" fits Khalifa and Tamim: it stays a person of its own.
    assertThat(dossier.officialWithId("al-thani")).map(DossierOfficial::ids).contains(List.of("al-thani"));
  }

  @Test
  void sameNamesWithContradictingCountriesStayApartButOneIdWithTwoCountriesIsAConflict() {
    String text = "Ahmed Hassan met Ahmed Hassan.";
    NewsDocument a = HandBuiltDocument.of("a", text)
        .official("hassan-eg", "Ahmed Hassan", "Ahmed Hassan", List.of(), List.of(), "EG")
        .official("shared", "Ahmed", "Ahmed Hassan", List.of(), List.of(), "QA")
        .build();
    NewsDocument b = HandBuiltDocument.of("b", text)
        .official("hassan-sd", "Ahmed Hassan", "Ahmed Hassan", List.of(), List.of(), "SD")
        .official("shared", "Ahmed", "Ahmed Hassan", List.of(), List.of(), "SA")
        .build();
    Dossier dossier = merger.merge(List.of(a, b));

    assertThat(dossier.officials()).extracting(DossierOfficial::ids)
        .containsExactly(List.of("hassan-eg"), List.of("shared"), List.of("hassan-sd"));
    assertThat(dossier.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(ConflictKind.OFFICIAL_COUNTRY);
      assertThat(conflict.subject()).isEqualTo("shared");
      assertThat(conflict.claims()).extracting(Claim::value).containsExactly("QA", "SA");
    });
  }

  @Test
  void twoTitlesSharingNoOfficeAtOneMeetingAreAConflictButEquivalentTitlesAreNot() {
    String text = "Foreign Minister Ali Said met Defence Minister Ali Said and Minister of Foreign Affairs Omar Noor "
        + "in Doha on 3 May with Omar Noor, Foreign Minister.";
    LocalDate may3 = LocalDate.of(2024, 5, 3);
    NewsDocument a = HandBuiltDocument.of("a", text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of("Foreign Minister"), "QA")
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of("Minister of Foreign Affairs"), "OM")
        .meeting("m1", "in Doha on 3 May", may3, location(null, "Doha", null), "ali", "omar")
        .build();
    NewsDocument b = HandBuiltDocument.of("b", text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of("Defence Minister"), "QA")
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of("Foreign Minister"), "OM")
        .meeting("m1", "in Doha on 3 May", may3, location(null, "Doha", "QA"), "ali", "omar")
        .build();
    Dossier dossier = merger.merge(List.of(a, b));

    assertThat(dossier.meetings()).hasSize(1);
    assertThat(dossier.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(ConflictKind.OFFICIAL_TITLE);
      assertThat(conflict.subject()).isEqualTo("ali");
      assertThat(conflict.claims()).extracting(Claim::value).containsExactly("Foreign Minister", "Defence Minister");
      assertThat(conflict.claims()).allSatisfy(claim -> assertThat(claim.evidence()).isNotEmpty());
    });
    assertThat(person(dossier, "Omar").titles()).containsExactly("Minister of Foreign Affairs");
  }

  @Test
  void titlesOfArticlesFarApartInTimeAreNotCompared() {
    String text = "Foreign Minister Ali Said. Defence Minister Ali Said.";
    NewsDocument a = HandBuiltDocument.of("a", text).published("2020-01-01")
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of("Foreign Minister"), null).build();
    NewsDocument b = HandBuiltDocument.of("b", text).published("2024-01-01")
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of("Defence Minister"), null).build();
    NewsDocument c = HandBuiltDocument.of("c", text).published("2024-01-05")
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of("Foreign Minister"), null).build();

    assertThat(merger.merge(List.of(a, b)).conflicts()).isEmpty();
    assertThat(merger.merge(List.of(a, b, c)).conflicts()).extracting(Conflict::kind)
        .containsExactly(ConflictKind.OFFICIAL_TITLE);
  }

  @Test
  void datesWithinTheToleranceMergeWithADateConflictAndFartherDatesAreOtherMeetings() {
    String text = "Ali Said met Omar Noor in Doha.";
    NewsDocument a = meetingOn("a", text, LocalDate.of(2024, 5, 3), "Doha");
    NewsDocument b = meetingOn("b", text, LocalDate.of(2024, 5, 4), "Doha");
    NewsDocument c = meetingOn("c", text, LocalDate.of(2024, 6, 20), "Doha");

    Dossier dossier = merger.merge(List.of(a, b, c));
    assertThat(dossier.meetings()).extracting(DossierMeeting::sources)
        .containsExactly(List.of("a", "b"), List.of("c"));
    assertThat(dossier.meetings().get(0).date()).isEmpty();
    assertThat(dossier.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.MEETING_DATE);
    assertThat(dossier.conflicts().get(0).claims()).extracting(Claim::value)
        .containsExactly("2024-05-03 (Friday)", "2024-05-04 (Saturday)");

    Dossier strict = merger.withDateToleranceDays(0).merge(List.of(a, b));
    assertThat(strict.meetings()).hasSize(2);
    assertThat(strict.conflicts()).isEmpty();
  }

  @Test
  void meetingsInDifferentCitiesOrWithOneSharedParticipantAndNoDateStayApart() {
    String text = "Ali Said met Omar Noor in Doha. Ali Said met Omar Noor in Riyadh. Ali Said met Sam Lee.";
    NewsDocument doha = HandBuiltDocument.of("doha", text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of(), null)
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of(), null)
        .meeting("m1", "in Doha", null, location(null, "Doha", null), "ali", "omar")
        .build();
    NewsDocument riyadh = HandBuiltDocument.of("riyadh", text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of(), null)
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of(), null)
        .meeting("m1", "in Riyadh", null, location(null, "Riyadh", "SA"), "ali", "omar")
        .build();
    NewsDocument single = HandBuiltDocument.of("single", text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of(), null)
        .meeting("m1", "Ali Said met Sam Lee", null, null, "ali")
        .build();

    assertThat(merger.merge(List.of(doha, riyadh, single)).meetings()).hasSize(3);
  }

  @Test
  void undatedReportsNamingDifferentWeekdaysAreAConflictButTheSameWeekdayIsNot() {
    NewsDocument tuesday = weekdayReport("tue", "Ali Said met Omar Noor on Tuesday in Doha.");
    NewsDocument thursday = weekdayReport("thu", "Ali Said met Omar Noor on Thursday in Doha.");
    NewsDocument alsoThursday = weekdayReport("thu2", "On Thursday, Ali Said met Omar Noor in Doha.");

    Dossier dossier = merger.merge(List.of(tuesday, thursday));
    assertThat(dossier.meetings()).hasSize(1);
    assertThat(dossier.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(ConflictKind.MEETING_WEEKDAY);
      assertThat(conflict.message()).endsWith("name different weekdays: Tuesday or Thursday");
      assertThat(conflict.claims()).extracting(Claim::source).containsExactly("tue", "thu");
    });
    assertThat(merger.merge(List.of(thursday, alsoThursday)).conflicts()).isEmpty();
  }

  @Test
  void weekdayNamesOutsideTheMeetingsSentencesOrInsideOtherWordsAreIgnored() {
    NewsDocument dated = meetingOn("dated", "Ali Said met Omar Noor in Doha.", LocalDate.of(2024, 5, 3), "Doha");
    NewsDocument undated = HandBuiltDocument.of("undated",
            "Ali Said met Omar Noor at Sundayschool Hall in Doha. A holiday follows on Monday.")
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of(), null)
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of(), null)
        .meeting("m1", "Ali Said met Omar Noor", null, location(null, "Doha", null), "ali", "omar")
        .build();
    assertThat(merger.merge(List.of(dated, undated)).conflicts()).isEmpty();
  }

  @Test
  void theJsonFormHasOfficialsMeetingsAndConflictsAndIsTheSameEveryTime() throws Exception {
    List<NewsDocument> docs = SeedShapedDocuments.build(SeedShapedDocuments::canonicalId);
    String json = NewsJson.toJson(merger.merge(docs));

    assertThat(json).isEqualTo(NewsJson.toJson(merger.merge(docs)));
    JsonNode tree = NewsJson.newMapper().readTree(json);
    assertThat(tree.fieldNames()).toIterable().containsExactly("officials", "meetings", "conflicts");
    JsonNode meeting = tree.get("meetings").get(0);
    assertThat(meeting.get("date").asText()).isEqualTo("2023-12-18");
    assertThat(meeting.get("status").asText()).isEqualTo("held");
    assertThat(meeting.get("reports").get(1).get("date").isNull()).isTrue();
    assertThat(tree.get("conflicts").get(0).get("kind").asText()).isEqualTo("meeting.weekday");
    JsonNode appearance = tree.get("officials").get(0).get("appearances").get(0);
    assertThat(appearance.get("source").asText()).isEqualTo(S0);
    assertThat(appearance.get("evidence").get(0).get("exact").asText())
        .isEqualTo("Sheikh Khalifa bin Hamad bin Khalifa Al Thani");
  }

  @Test
  void anEmptyInputGivesAnEmptyDossierAndNegativeSettingsAreRefused() {
    Dossier dossier = merger.merge(List.of());
    assertThat(dossier.officials()).isEmpty();
    assertThat(dossier.meetings()).isEmpty();
    assertThat(dossier.conflicts()).isEmpty();
    assertThatThrownBy(() -> merger.withDateToleranceDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> merger.withSameTimeWindowDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(merger.withSameTimeWindowDays(30).sameTimeWindowDays()).isEqualTo(30);
    assertThat(merger.dateToleranceDays()).isEqualTo(DossierMerger.DEFAULT_DATE_TOLERANCE_DAYS);
  }

  private static NewsDocument weekdayReport(String id, String text) {
    return HandBuiltDocument.of(id, text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of(), null)
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of(), null)
        .meeting("m1", "Ali Said met Omar Noor", null, location(null, "Doha", null), "ali", "omar")
        .build();
  }

  private static NewsDocument meetingOn(String id, String text, LocalDate date, String city) {
    return HandBuiltDocument.of(id, text)
        .official("ali", "Ali Said", "Ali Said", List.of(), List.of(), null)
        .official("omar", "Omar Noor", "Omar Noor", List.of(), List.of(), null)
        .meeting("m1", "Ali Said met Omar Noor", date, location(null, city, null), "ali", "omar")
        .build();
  }
}
