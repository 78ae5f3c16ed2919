package io.github.newsmodel.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingMode;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.DocumentInvariants;
import io.github.newsmodel.testing.Fixtures;
import io.github.newsmodel.testing.Readouts;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Meetings and agreements of real readouts ({@code src/test/resources/readouts}, see the README there
 * for origins and licences), checked against what the texts say.
 */
class ReadoutFixturesTest {

  private static NewsDocument parse(String name) {
    NewsDocument doc = TextParser.create().parse(Fixtures.text("readouts/" + name), name);
    DocumentInvariants.check(doc);
    return doc;
  }

  @Test
  void aMemorandumSignedDuringAMeeting() {
    NewsDocument doc = parse("003.txt");
    assertThat(doc.meetings()).hasSize(1);
    Meeting m = doc.meetings().get(0);
    assertThat(Readouts.participants(doc, m)).containsExactly("Antony J. Blinken", "Ararat Mirzoyan");
    assertThat(m.location()).contains(Location.builder().city("Washington, D.C.").country("US").build());
    assertThat(m.date()).contains(LocalDate.of(2022, 5, 2));
    assertThat(doc.agreements()).hasSize(1);
    Agreement a = doc.agreements().get(0);
    assertThat(a.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(a.parties()).containsExactlyInAnyOrder("US", "AM");
    assertThat(Readouts.signatories(doc, a)).containsExactly("Antony J. Blinken", "Ararat Mirzoyan");
    assertThat(a.meeting()).contains(m.id());
  }

  @Test
  void aSigningNoteWhoseSignersSignForTheirCountries() {
    NewsDocument doc = parse("004.txt");
    assertThat(doc.meetings()).singleElement()
        .satisfies(m -> assertThat(m.date()).contains(LocalDate.of(2022, 5, 2)))
        .satisfies(m -> assertThat(m.location()).isEmpty());
    Agreement a = doc.agreements().get(0);
    assertThat(doc.agreements()).hasSize(1);
    assertThat(Readouts.signatories(doc, a)).containsExactly("Antony Blinken", "Ararat Mirzoyan");
    assertThat(a.subject()).contains("Strategic Civil Nuclear Cooperation");
  }

  @Test
  void anOfficialWhoJoinsAnotherOnesMeetingTakesPart() {
    NewsDocument doc = parse("007.txt");
    assertThat(doc.meetings()).singleElement().satisfies(m -> {
      assertThat(Readouts.participants(doc, m))
          .containsExactly("Antony J. Blinken", "Khalid bin Salman Al Saud", "Wendy Sherman");
      assertThat(m.location().flatMap(Location::city)).contains("Washington, D.C.");
    });
    assertThat(doc.agreements()).as("the Yemen truce is between third parties").isEmpty();
  }

  @Test
  void aJointStatementAndAnEarlierMeetingLastMonth() {
    NewsDocument doc = parse("022.txt");
    assertThat(doc.meetings()).hasSize(2);
    assertThat(doc.meetings().get(0).location())
        .contains(Location.builder().venue("White House").country("US").build());
    assertThat(doc.meetings().get(0).date()).contains(LocalDate.of(2023, 6, 2));
    assertThat(doc.meetings().get(1).date()).isEmpty();
    assertThat(doc.agreements()).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo(AgreementKind.JOINT_STATEMENT);
      assertThat(a.status()).isEqualTo(AgreementStatus.AGREED);
      assertThat(a.parties()).containsExactlyInAnyOrder("US", "AE");
    });
  }

  @Test
  void signatoriesAndWitnessesOfAMemorandum() {
    NewsDocument doc = parse("029.txt");
    assertThat(doc.meetings()).singleElement().satisfies(m -> {
      assertThat(m.participants()).hasSize(5);
      assertThat(m.date()).contains(LocalDate.of(2024, 8, 5));
      assertThat(m.location()).isEmpty();
    });
    assertThat(doc.agreements()).singleElement().satisfies(a -> {
      assertThat(a.parties()).containsExactly("SG", "SA");
      assertThat(Readouts.signatories(doc, a)).containsExactly("K Shanmugam", "Waleed Mohammed bin Al-Smani");
    });
  }

  @Test
  void aVirtualTreatySigningAndTwoEarlierMemoranda() {
    NewsDocument doc = parse("030.txt");
    assertThat(doc.meetings()).singleElement().satisfies(m -> {
      assertThat(m.mode()).contains(MeetingMode.VIDEO);
      assertThat(m.date()).contains(LocalDate.of(2024, 3, 20));
      assertThat(Readouts.participants(doc, m)).containsExactly("K Shanmugam", "Nawaf bin Mohamed AlMouada");
    });
    assertThat(doc.agreements()).extracting(Agreement::kind).containsExactly(AgreementKind.TREATY,
        AgreementKind.MEMORANDUM_OF_UNDERSTANDING, AgreementKind.MEMORANDUM_OF_GUIDANCE);
    assertThat(doc.agreements()).allSatisfy(a -> assertThat(a.parties()).containsExactly("SG", "BH"));
    assertThat(doc.agreements().get(0).meeting()).contains("m1");
    assertThat(doc.agreements().get(1).meeting()).as("signed in May 2023, not at this signing").isEmpty();
    assertThat(doc.agreements().get(1).signatories()).isEmpty();
  }

  @Test
  void twoPlannedCallsDuringAVisit() {
    NewsDocument doc = parse("031.txt");
    assertThat(doc.meetings()).hasSize(2).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED);
      assertThat(m.date()).isEmpty();
      assertThat(m.location()).contains(Location.builder().city("Singapore").country("SG").build());
    });
    assertThat(doc.meetings()).extracting(m -> Readouts.participants(doc, m)).containsExactly(
        Set.of("Hadef Bin Joa'an Al Dhahiri", "K Shanmugam"), Set.of("Hadef Bin Joa'an Al Dhahiri", "Goh Chok Tong"));
  }
}
