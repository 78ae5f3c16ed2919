package io.github.newsmodel.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.testing.Readouts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The agreement patterns of the issue, one test each, with the instruments that must be left out. */
class AgreementExtractorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);
  private static final String QATARI = "Qatari Minister of Interior Sheikh Khalid bin Rashid Al Mansouri";
  private static final String US = "U.S. Secretary of Homeland Security Laura Whitfield";
  private static final String KENYAN = "Kenyan Foreign Minister Grace Wanjiru";
  private static final String GERMAN = "German Federal Minister of the Interior Markus Brenner";

  private static Agreement only(NewsDocument doc) {
    assertThat(doc.agreements()).as("agreements of %s", doc.text()).hasSize(1);
    return doc.agreements().get(0);
  }

  @Test
  void aMemorandumSignedByTwoMinistersAtTheirMeeting() {
    NewsDocument doc = Readouts.parse(QATARI + " met " + US + " in Doha today. During their meeting, "
        + "the two ministers signed a Memorandum of Understanding on civil aviation security.", PUBLISHED);
    Agreement a = only(doc);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(a.parties()).containsExactlyInAnyOrder("QA", "US");
    assertThat(a.subject()).contains("civil aviation security");
    assertThat(a.status()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(a.assertion()).isEqualTo(Assertion.ASSERTED);
    assertThat(a.meeting()).contains("m1");
    assertThat(a.evidence()).extracting(Evidence::field)
        .contains("/kind", "/parties/0", "/parties/1", "/subject", "/status", "/assertion", "/meeting");
  }

  @Test
  void kindsAreNormalised() {
    assertThat(only(Readouts.parse(KENYAN + " and " + GERMAN + " signed an MOU on migration.", PUBLISHED)).kind())
        .isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
    assertThat(only(Readouts.parse(KENYAN + " and " + GERMAN + " signed a joint declaration on climate.",
        PUBLISHED)).kind()).isEqualTo(AgreementKind.JOINT_DECLARATION);
    Agreement air = only(Readouts.parse(KENYAN + " signed an Air Transport Agreement yesterday with " + GERMAN + ".",
        PUBLISHED));
    assertThat(air.kind()).isEqualTo(AgreementKind.AGREEMENT);
    assertThat(air.subject()).contains("Air Transport");
  }

  @Test
  void pluralMemorandaWithACountAreSeveralInstruments() {
    NewsDocument doc = Readouts.parse("Kenya and Germany signed two memoranda of understanding on Tuesday. "
        + KENYAN + " and " + GERMAN + " signed the MOUs in Nairobi.", PUBLISHED);
    assertThat(doc.agreements()).hasSize(2).allSatisfy(a -> {
      assertThat(a.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
      assertThat(a.parties()).containsExactlyInAnyOrder("KE", "DE");
      assertThat(Readouts.signatories(doc, a)).containsExactlyInAnyOrder("Grace Wanjiru", "Markus Brenner");
    });
  }

  @Test
  void anInternationalOrganisationIsAPartyByItsFullName() {
    Agreement a = only(Readouts.parse("The United States and the African Union Commission Sign Memorandum of "
        + "Cooperation\n" + US + " and African Union Commission (AUC) Chairperson Amadou Kone signed a Memorandum "
        + "of Cooperation today.", PUBLISHED));
    assertThat(a.kind()).isEqualTo(AgreementKind.MEMORANDUM_OF_COOPERATION);
    assertThat(a.parties()).containsExactlyInAnyOrder("US", "African Union Commission");
  }

  @Test
  void statesAndTheirOrgansAreIsoCodes() {
    Agreement a = only(Readouts.parse("The Government of Singapore and the Kingdom of Saudi Arabia signed a "
        + "Memorandum of Understanding (MOU) today, to enhance legal cooperation.", PUBLISHED));
    assertThat(a.parties()).containsExactly("SG", "SA");
    assertThat(a.subject()).contains("legal cooperation");
  }

  @Test
  void signatoriesOnlyWhenTheTextSaysWhoSignedAndWitnessesAreNot() {
    NewsDocument doc = Readouts.parse("The MOU was signed by " + QATARI + " and " + US + ". "
        + "Also in attendance to witness the signing of the MOU were " + KENYAN + " and " + GERMAN + ".", PUBLISHED);
    assertThat(Readouts.signatories(doc, only(doc)))
        .containsExactlyInAnyOrder("Khalid bin Rashid Al Mansouri", "Laura Whitfield");
    NewsDocument unnamed = Readouts.parse(QATARI + " met " + US + " in Doha. Discussions focused on security, "
        + "culminating in the signing of a Letter of Intent and a Joint Statement.", PUBLISHED);
    assertThat(unnamed.agreements()).extracting(Agreement::kind)
        .containsExactly(AgreementKind.LETTER_OF_INTENT, AgreementKind.JOINT_STATEMENT);
    assertThat(unnamed.agreements()).allSatisfy(a -> {
      assertThat(a.signatories()).isEmpty();
      assertThat(a.parties()).containsExactlyInAnyOrder("QA", "US");
      assertThat(a.status()).isEqualTo(AgreementStatus.SIGNED);
    });
  }

  @Test
  void peopleWhoSignForTheirCountriesSignTheInstrumentJustReported() {
    NewsDocument doc = Readouts.parse("Today, Kenya and Germany signed a Memorandum of Understanding Concerning "
        + "Renewable Energy.\n" + KENYAN + " signed for Kenya, and " + GERMAN + " signed for Germany.", PUBLISHED);
    Agreement a = only(doc);
    assertThat(Readouts.signatories(doc, a)).containsExactlyInAnyOrder("Grace Wanjiru", "Markus Brenner");
    assertThat(a.subject()).contains("Renewable Energy");
  }

  @Test
  void statusFollowsTheAction() {
    assertThat(only(Readouts.parse(KENYAN + " met " + GERMAN + " in Berlin today. The two ministers issued a joint "
        + "statement on trade.", PUBLISHED)).status()).isEqualTo(AgreementStatus.AGREED);
    Agreement planned = only(Readouts.parse(KENYAN + " met " + GERMAN + " in Berlin today. The two countries will "
        + "sign a new treaty on migration next month.", PUBLISHED));
    assertThat(planned.status()).isEqualTo(AgreementStatus.PLANNED);
    assertThat(planned.assertion()).isEqualTo(Assertion.ASSERTED);
    assertThat(planned.meeting()).isEmpty();
    Agreement expected = only(Readouts.parse(KENYAN + " met " + GERMAN + " in Berlin today. The two countries are "
        + "expected to sign a trade agreement later this year.", PUBLISHED));
    assertThat(expected.status()).isEqualTo(AgreementStatus.PLANNED);
    assertThat(expected.assertion()).isEqualTo(Assertion.HEDGED);
    assertThat(only(Readouts.parse(KENYAN + " met " + GERMAN + " in Berlin today. They discussed a free trade "
        + "agreement.", PUBLISHED)).status()).isEqualTo(AgreementStatus.DISCUSSED);
  }

  @Test
  void aJointStatementThatIsTheArticleIsAgreed() {
    NewsDocument doc = io.github.newsmodel.parse.TextParser.create().parse("Joint Statement Following the Meeting "
        + "Between " + KENYAN + " and " + GERMAN + "\nMarch 5, 2024\n\nToday, " + KENYAN + " met " + GERMAN
        + " in Berlin to discuss trade.\n", "statement");
    Agreement a = only(doc);
    assertThat(a.kind()).isEqualTo(AgreementKind.JOINT_STATEMENT);
    assertThat(a.status()).isEqualTo(AgreementStatus.AGREED);
    assertThat(a.parties()).containsExactlyInAnyOrder("KE", "DE");
    assertThat(a.signatories()).isEmpty();
    assertThat(a.meeting()).contains("m1");
  }

  @Test
  void thirdPartyAgreementsAreLeftOut() {
    assertThat(Readouts.parse(QATARI + " met " + US + " in Doha. They discussed the truce agreement between Israel "
        + "and Hamas. Israel and Hamas signed a ceasefire agreement last week.", PUBLISHED).agreements()).isEmpty();
  }

  @Test
  void companyDealsAreLeftOut() {
    assertThat(Readouts.parse(QATARI + " met " + US + " in Doha. During the visit, Qatar Airways and Boeing "
        + "Company signed an agreement on aircraft supply.", PUBLISHED).agreements()).isEmpty();
  }

  @Test
  void backgroundInstrumentsAndDialoguesAreLeftOut() {
    assertThat(Readouts.parse(QATARI + " met " + US + " in Doha. They discussed ways to expand the Abraham Accords "
        + "and launched the U.S.-Qatar Strategic Dialogue.", PUBLISHED).agreements()).isEmpty();
    assertThat(Readouts.parse("In 1840, representatives of the United Kingdom and Maori chiefs signed the Treaty of "
        + "Waitangi.", PUBLISHED).agreements()).isEmpty();
  }

  @Test
  void undisclosedOrPotentialAgreementsAreLeftOut() {
    assertThat(Readouts.parse(QATARI + " met " + US + " in Doha. However, the specifics of any agreements reached "
        + "during the meeting have not been publicly disclosed. The talks are expected to continue, potentially "
        + "leading to formal agreements in the coming months.", PUBLISHED).agreements()).isEmpty();
    assertThat(Readouts.parse(QATARI + " met " + US + " in Doha. The officials likely signed an MOU on border "
        + "security.", PUBLISHED).agreements()).isEmpty();
  }

  @Test
  void vagueAgreementsReachedAtTheMeetingCount() {
    Agreement a = only(Readouts.parse(QATARI + " met " + US + " in Doha today, and the two sides signed agreements "
        + "during the meeting.", PUBLISHED));
    assertThat(a.kind()).isEqualTo(AgreementKind.AGREEMENT);
    assertThat(a.meeting()).contains("m1");
  }

  @Test
  void pluralMemorandaOnListedSubjectsAreOnePerSubject() {
    NewsDocument doc = Readouts.parse(KENYAN + " held talks with " + GERMAN + " in Berlin today. The two ministers "
        + "exchanged MoUs on cooperation in digital technology, tourism and health.", PUBLISHED);
    assertThat(doc.agreements()).extracting(a -> a.subject().orElseThrow())
        .containsExactly("cooperation in digital technology", "tourism", "health");
    assertThat(doc.agreements()).allSatisfy(a -> assertThat(a.parties()).containsExactlyInAnyOrder("KE", "DE"));
  }
}
