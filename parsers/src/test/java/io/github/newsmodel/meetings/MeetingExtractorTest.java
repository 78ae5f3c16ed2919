package io.github.newsmodel.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingMode;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.testing.Readouts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting patterns of the issue, one test each, with the cases that must not be meetings. */
class MeetingExtractorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);
  private static final String QATARI = "Qatari Minister of Interior Sheikh Khalid bin Rashid Al Mansouri";
  private static final String JORDANIAN = "Jordanian Foreign Minister Karim Haddad";
  private static final String KENYAN = "Kenyan Foreign Minister Grace Wanjiru";
  private static final String GERMAN = "German Federal Minister of the Interior Markus Brenner";

  private static Meeting only(NewsDocument doc) {
    assertThat(doc.meetings()).as("meetings of %s", doc.text()).hasSize(1);
    return doc.meetings().get(0);
  }

  private static List<String> rules(Meeting meeting, String field) {
    return meeting.evidence().stream().filter(e -> e.field().equals(field)).map(Evidence::rule).toList();
  }

  @Test
  void metWithGivesParticipantsCityDateTopicsAndEvidence() {
    NewsDocument doc = Readouts.parse(QATARI + " met today in Doha with " + JORDANIAN
        + " to discuss border security, cybersecurity, and the exchange of intelligence.", PUBLISHED);
    Meeting m = only(doc);
    assertThat(m.id()).isEqualTo("m1");
    assertThat(Readouts.participants(doc, m)).containsExactly("Karim Haddad", "Khalid bin Rashid Al Mansouri");
    assertThat(m.location()).contains(Location.builder().city("Doha").country("QA").build());
    assertThat(m.date()).contains(PUBLISHED);
    assertThat(m.topics()).containsExactly("border security", "cybersecurity", "the exchange of intelligence");
    assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.assertion()).isEqualTo(Assertion.ASSERTED);
    assertThat(m.mode()).contains(MeetingMode.IN_PERSON);
    assertThat(rules(m, "/date")).containsExactly("meeting.date.relative.today");
    assertThat(rules(m, "/location/city")).containsExactly("meeting.location.city");
    assertThat(rules(m, "/participants/0")).hasSize(1);
    assertThat(rules(m, "/topics/2")).hasSize(1);
  }

  @Test
  void metWithSeveralPeopleInOneSentenceIsOneMeeting() {
    NewsDocument doc = Readouts.parse(QATARI + " met with " + JORDANIAN + ", " + KENYAN + " and " + GERMAN
        + " in Amman.", PUBLISHED);
    assertThat(Readouts.participants(doc, only(doc))).hasSize(4);
  }

  @Test
  void bilateralMeetingsWithSeveralPeopleAreOneMeetingPerCounterpart() {
    NewsDocument doc = Readouts.parse("On the sidelines of the UN General Assembly in New York, " + QATARI
        + " held bilateral meetings with " + JORDANIAN + ", " + KENYAN + " and " + GERMAN + ".", PUBLISHED);
    assertThat(doc.meetings()).hasSize(3);
    assertThat(doc.meetings()).extracting(m -> Readouts.participants(doc, m)).containsExactly(
        java.util.Set.of("Khalid bin Rashid Al Mansouri", "Karim Haddad"),
        java.util.Set.of("Khalid bin Rashid Al Mansouri", "Grace Wanjiru"),
        java.util.Set.of("Khalid bin Rashid Al Mansouri", "Markus Brenner"));
    assertThat(doc.meetings()).extracting(Meeting::id).containsExactly("m1", "m2", "m3");
    assertThat(doc.meetings().get(0).location())
        .contains(Location.builder().venue("UN General Assembly").city("New York").country("US").build());
  }

  @Test
  void callingOnTwoPeopleDuringAVisitIsTwoPlannedMeetingsWhereTheVisitGoes() {
    NewsDocument doc = Readouts.parse(KENYAN + " will visit Singapore from 14 to 16 December 2024.\n"
        + "During her visit, Ms Wanjiru will call on Singapore's Minister for Law Mr Daniel Tan and "
        + "Senior Minister Goh Wee Leng.", PUBLISHED);
    assertThat(doc.meetings()).hasSize(2);
    for (Meeting m : doc.meetings()) {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).isEmpty();
      assertThat(m.location()).contains(Location.builder().city("Singapore").country("SG").build());
      assertThat(Readouts.participants(doc, m)).contains("Grace Wanjiru").hasSize(2);
    }
  }

  @Test
  void aMeetingDuringAVisitTakesThePlaceOfTheLastVisitReportedBeforeIt() {
    // Visits before the meeting, in one sentence and in sentences without a meeting, and one after
    // it: the place is that of the last visit before the meeting's sentence.
    NewsDocument doc = Readouts.parse(KENYAN + " will visit Berlin and then travel to Singapore.\n"
        + "The trip was planned last year.\n"
        + "During her visit, Ms Wanjiru will call on Singapore's Minister for Law Mr Daniel Tan.\n"
        + "She will later travel to Jakarta.", PUBLISHED);
    assertThat(doc.meetings()).hasSize(1);
    assertThat(doc.meetings().get(0).location()).contains(Location.builder().city("Singapore").country("SG").build());
  }

  @Test
  void welcomingAtAVenueGivesHostVenueCityAndCountry() {
    NewsDocument doc = Readouts.parse(QATARI + " welcomed " + JORDANIAN
        + " at the National Command Center (NCC) in Doha yesterday.", PUBLISHED);
    Meeting m = only(doc);
    assertThat(m.location()).contains(Location.builder().venue("National Command Center (NCC)").city("Doha")
        .country("QA").build());
    assertThat(Readouts.names(doc, List.of(m.host().orElseThrow()))).containsExactly("Khalid bin Rashid Al Mansouri");
    assertThat(m.date()).contains(PUBLISHED.minusDays(1));
  }

  @Test
  void aPhoneCallHasThePhoneMode() {
    NewsDocument doc = Readouts.parse(GERMAN + " spoke by phone today with " + KENYAN + ".", PUBLISHED);
    assertThat(only(doc).mode()).contains(MeetingMode.PHONE);
  }

  @Test
  void aVirtualCeremonyHasTheVideoMode() {
    NewsDocument doc = Readouts.parse("The Treaty was signed by " + GERMAN + " and " + KENYAN
        + " in a virtual ceremony today.", PUBLISHED);
    assertThat(only(doc).mode()).contains(MeetingMode.VIDEO);
    assertThat(only(doc).location()).isEmpty();
  }

  @Test
  void headlineBodyAndAnaphorsAreOneMeeting() {
    NewsDocument doc = Readouts.parse("Doha, Qatar - Qatar and Jordan strengthened ties following a meeting between "
        + QATARI + " and " + JORDANIAN + ".\n"
        + "The meeting took place in Doha on December 18, 2023, according to a statement from the ministry.\n"
        + "The discussions focused on border security and exchanging expertise.", PUBLISHED);
    Meeting m = only(doc);
    assertThat(m.date()).contains(LocalDate.of(2023, 12, 18));
    assertThat(m.location().flatMap(Location::city)).contains("Doha");
    assertThat(m.topics()).contains("border security", "exchanging expertise");
    assertThat(rules(m, "/status")).contains("meeting.cue.noun.anaphor");
  }

  @Test
  void aMeetingAnotherMonthIsAnotherMeeting() {
    NewsDocument doc = Readouts.parse("Today, " + QATARI + " met " + JORDANIAN + " in Amman.\n"
        + "Mr Al Mansouri and Mr Haddad pledged to continue their constructive discussions held last month.",
        PUBLISHED);
    assertThat(doc.meetings()).hasSize(2);
    assertThat(doc.meetings().get(0).date()).contains(PUBLISHED);
    assertThat(doc.meetings().get(1).date()).isEmpty();
  }

  @Test
  void weekdaysRecentlyAndNoDateWordsGiveNoDate() {
    assertThat(only(Readouts.parse(QATARI + " met " + JORDANIAN + " in Doha on Thursday.", PUBLISHED)).date())
        .isEmpty();
    assertThat(only(Readouts.parse(QATARI + " recently held talks with " + JORDANIAN + ".", PUBLISHED)).date())
        .isEmpty();
    assertThat(only(Readouts.parse(QATARI + " met " + JORDANIAN + " in Doha.", PUBLISHED)).date()).isEmpty();
  }

  @Test
  void attributionMakesTheMeetingReportedWithTheCueAsEvidence() {
    Meeting m = only(Readouts.parse(QATARI + " met " + JORDANIAN
        + " in Doha, according to a statement from the ministry.", PUBLISHED));
    assertThat(m.assertion()).isEqualTo(Assertion.REPORTED);
    assertThat(m.evidence()).filteredOn(e -> e.field().equals("/assertion")).extracting(Evidence::exact)
        .containsExactly("according to");
  }

  @Test
  void aDeniedMeetingIsNegated() {
    Meeting m = only(Readouts.parse(QATARI + " did not meet " + JORDANIAN + " in Doha.", PUBLISHED));
    assertThat(m.assertion()).isEqualTo(Assertion.NEGATED);
  }

  @Test
  void speculationDoesNotMakeAHeldMeeting() {
    assertThat(Readouts.parse(QATARI + " likely met " + JORDANIAN + " in Doha last week.", PUBLISHED).meetings())
        .isEmpty();
    Meeting expected = only(Readouts.parse("Observers anticipate that " + QATARI + " will meet " + JORDANIAN
        + " in the coming weeks.", PUBLISHED));
    assertThat(expected.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(expected.assertion()).isEqualTo(Assertion.HEDGED);
  }

  @Test
  void speculativeSentencesAddNoTopics() {
    Meeting m = only(Readouts.parse(QATARI + " met " + JORDANIAN + " in Doha to discuss border security.\n"
        + "The discussions likely included cybersecurity and organised crime.", PUBLISHED));
    assertThat(m.topics()).containsExactly("border security");
  }

  @Test
  void aDelegationVisitWithoutMeetingWordsIsNoMeeting() {
    assertThat(Readouts.parse("A delegation led by " + KENYAN + " visited the Port of Rotterdam on Tuesday. "
        + "The delegation toured the facilities.", PUBLISHED).meetings()).isEmpty();
  }

  @Test
  void anInvitationIsNoMeeting() {
    assertThat(Readouts.parse(KENYAN + " will visit Berlin at the invitation of " + GERMAN + ".", PUBLISHED)
        .meetings()).isEmpty();
  }

  @Test
  void aDialogueProgrammeIsNoMeeting() {
    assertThat(Readouts.parse("The United States and Oman launched a strategic dialogue under the leadership of "
        + KENYAN + ".", PUBLISHED).meetings()).isEmpty();
  }

  @Test
  void anAppealIsNoMeeting() {
    assertThat(Readouts.parse(KENYAN + " called on " + GERMAN + " to support the ceasefire.", PUBLISHED).meetings())
        .isEmpty();
  }

  @Test
  void officialsOfOneCountryMeetingEachOtherIsNoMeetingBetweenGovernments() {
    assertThat(Readouts.parse("U.S. Secretary of Homeland Security Laura Whitfield met with U.S. Secretary of "
        + "Commerce Daniel Ortiz in Washington.", PUBLISHED).meetings()).isEmpty();
  }

  @Test
  void oneNamedOfficialMeetsOnlyWhenTheOtherSideIsShown() {
    assertThat(only(Readouts.parse(KENYAN + " met with Qatari officials in Doha.", PUBLISHED)).participants())
        .hasSize(1);
    assertThat(Readouts.parse(KENYAN + " met with singer Alex Morgan in Nairobi.", PUBLISHED).meetings()).isEmpty();
  }

  @Test
  void peopleInAttendanceJoinTheSigningMeeting() {
    NewsDocument doc = Readouts.parse("The MOU was signed by " + QATARI + " and " + JORDANIAN + ". "
        + "Also in attendance to witness the signing were " + KENYAN + " and " + GERMAN + ".", PUBLISHED);
    assertThat(Readouts.participants(doc, only(doc))).hasSize(4);
  }

  @Test
  void aPronounSubjectStandsForThePersonNamedBefore() {
    NewsDocument doc = Readouts.parse(KENYAN + " will visit Berlin next week. She is expected to meet " + GERMAN
        + " to discuss trade.", PUBLISHED);
    assertThat(Readouts.participants(doc, only(doc))).containsExactly("Grace Wanjiru", "Markus Brenner");
  }

  @Test
  void twoVerbsOfOneSubjectAreTwoMeetingsInTheSamePlace() {
    NewsDocument doc = Readouts.parse(KENYAN + " called on " + JORDANIAN + " and met " + GERMAN
        + " in Amman on 7 March 2024.", PUBLISHED);
    assertThat(doc.meetings()).hasSize(2).allSatisfy(m -> {
      assertThat(m.location().flatMap(Location::city)).contains("Amman");
      assertThat(m.date()).contains(LocalDate.of(2024, 3, 7));
    });
    assertThat(Readouts.participants(doc, doc.meetings().get(1))).containsExactly("Grace Wanjiru", "Markus Brenner");
  }

  @Test
  void receivingInAnOfficeStillNeedsThePersonReceived() {
    assertThat(only(Readouts.parse(QATARI + " received in his office today " + JORDANIAN + ".", PUBLISHED)).host())
        .isPresent();
    assertThat(Readouts.parse(KENYAN + " received a comprehensive overview of the port.", PUBLISHED).meetings())
        .isEmpty();
  }

  @Test
  void aHeldMeetingWithoutAPlaceTakesTheDateline() {
    NewsDocument doc = io.github.newsmodel.parse.TextParser.create().parse("Doha, Qatar \u2013 " + QATARI
        + " held talks with " + JORDANIAN + " on regional security.\n", "dateline");
    Meeting m = only(doc);
    assertThat(m.location()).contains(Location.builder().city("Doha").country("QA").build());
    assertThat(rules(m, "/location/city")).containsExactly("meeting.location.dateline");
    assertThat(m.topics()).containsExactly("regional security");
  }

  @Test
  void anEventOnWhoseSidelinesTheyMetIsTheVenue() {
    NewsDocument doc = Readouts.parse(QATARI + " met " + JORDANIAN + " in Johannesburg. The two ministers held a "
        + "bilateral meeting on the sidelines of the BRICS Summit.", PUBLISHED);
    assertThat(only(doc).location()).contains(Location.builder().venue("BRICS Summit").city("Johannesburg")
        .country("ZA").build());
    assertThat(only(doc).topics()).isEmpty();
  }

  @Test
  void aPhoneCallReceivedFromSomeoneIsAPhoneMeeting() {
    NewsDocument doc = Readouts.parse(QATARI + " received at his office today a phone call from " + GERMAN
        + ". During the call, they discussed migration.", PUBLISHED);
    Meeting m = only(doc);
    assertThat(Readouts.participants(doc, m)).containsExactly("Khalid bin Rashid Al Mansouri", "Markus Brenner");
    assertThat(m.mode()).contains(MeetingMode.PHONE);
    assertThat(m.topics()).containsExactly("migration");
  }
}
