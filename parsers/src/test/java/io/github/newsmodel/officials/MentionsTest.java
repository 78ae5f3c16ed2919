package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.named;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.names;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.officials;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.officials.testing.OfficialsFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions, coreference inside an article, ids and who is not an official. */
class MentionsTest {

  private static List<String> mentions(NewsDocument doc, Official official) {
    return official.mentions().stream().map(m -> doc.text().substring(m.start(), m.end())).toList();
  }

  @Test
  void titledSurnamesAndSurnamesJoinTheirPerson() {
    String text = "HE Tom Barrack, the US Special Envoy to Syria, visited the center. Barrack received an overview. "
        + "Secretary Noem was not there. Kristi Noem, Secretary of the US Department of Homeland Security, spoke later.";
    NewsDocument doc = parse(text);
    assertThat(doc.officials()).extracting(Official::name).containsExactly("Tom Barrack", "Kristi Noem");
    assertThat(mentions(doc, doc.officials().get(0))).containsExactly("HE Tom Barrack", "Barrack");
    assertThat(mentions(doc, doc.officials().get(1))).containsExactly("Secretary Noem", "Kristi Noem");
  }

  @Test
  void givenNamesWithHonorificsJoinTheirPerson() {
    String text = "HE Sheikh Khalifa bin Hamad bin Khalifa Al-Thani, Qatar's Interior Minister, welcomed the envoy. "
        + "Sheikh Khalifa outlined the strategy.";
    NewsDocument doc = parse(text);
    assertThat(doc.officials()).hasSize(1);
    assertThat(mentions(doc, doc.officials().get(0)))
        .containsExactly("HE Sheikh Khalifa bin Hamad bin Khalifa Al-Thani", "Sheikh Khalifa");
  }

  @Test
  void definiteDescriptionsReferBack() {
    String text = "Secretary of State Antony J. Blinken joined Deputy Secretary of State Wendy Sherman's meeting with "
        + "His Royal Highness Prince Khalid bin Salman Al Saud, the Deputy Minister of Defense of the Kingdom of Saudi "
        + "Arabia. The Secretary and Deputy expressed support. They discussed with the Deputy Minister the truce.";
    NewsDocument doc = parse(text);
    assertThat(mentions(doc, named(doc.officials(), "Antony J. Blinken").orElseThrow())).contains("The Secretary");
    assertThat(mentions(doc, named(doc.officials(), "Khalid bin Salman Al Saud").orElseThrow()))
        .contains("the Deputy Minister");
    assertThat(mentions(doc, named(doc.officials(), "Wendy Sherman").orElseThrow()))
        .doesNotContain("The Secretary");
  }

  @Test
  void descriptionsMatchTitlesWrittenTheOtherWay() {
    String text = "Secretary of State Antony J. Blinken met Armenian Minister of Foreign Affairs Ararat Mirzoyan. "
        + "The Secretary and Foreign Minister signed a memorandum.";
    NewsDocument doc = parse(text);
    assertThat(mentions(doc, named(doc.officials(), "Ararat Mirzoyan").orElseThrow())).contains("Foreign Minister");
  }

  @Test
  void aFathersNameInsideAChainIsAnotherPerson() {
    assertThat(names("King Salman bin Abdulaziz Al Saud received Crown Prince and Prime Minister His Royal Highness "
        + "Prince Mohammed bin Salman bin Abdulaziz Al Saud.")).containsExactly("Salman bin Abdulaziz Al Saud",
        "Mohammed bin Salman bin Abdulaziz Al Saud");
  }

  @Test
  void earlierRolesOfADefiniteTitleBeforeASurnameAreOtherPeople() {
    NewsDocument doc = parse("Vice President Kamala Harris met today with President Hakainde Hichilema of Zambia. "
        + "The Vice President and President Hichilema discussed debt relief.");
    assertThat(mentions(doc, named(doc.officials(), "Kamala Harris").orElseThrow())).contains("The Vice President");
    assertThat(mentions(doc, named(doc.officials(), "Hakainde Hichilema").orElseThrow())).contains("President Hichilema");
  }

  @Test
  void spellingsOfAlGiveOneId() {
    Official spaced = officials("Sheikh Khalifa bin Hamad bin Khalifa Al Thani, Qatar's Minister of Interior, spoke.")
        .get(0);
    Official hyphenated = officials("Sheikh Khalifa bin Hamad bin Khalifa Al-Thani, the Minister of Interior, spoke.")
        .get(0);
    assertThat(spaced.id()).isEqualTo(hyphenated.id()).isEqualTo("khalifa-bin-hamad-bin-khalifa-al-thani");
  }

  @Test
  void officialsComeInOrderOfFirstMention() {
    assertThat(names("Foreign Minister Erika Mouynes met Vice President Marta Lucia Ramirez. Mouynes spoke first."))
        .containsExactly("Erika Mouynes", "Marta Lucia Ramirez");
  }

  @Test
  void companyPeopleAreNotOfficials() {
    assertThat(names("Tesla CEO Elon Musk met Prime Minister Narendra Modi in New Delhi.")).containsExactly("Narendra Modi");
    assertThat(names("John Smith, chairman of Acme Holdings, signed the deal with Minister of Trade Piyush Goyal."))
        .containsExactly("Piyush Goyal");
    assertThat(names("Qatar Airways Group Chief Executive Officer Akbar Al Baker announced new routes.")).isEmpty();
  }

  @Test
  void unnamedOfficialsAreNotListed() {
    assertThat(names("The Minister of Interior met the Ambassador. Both officials discussed security.")).isEmpty();
  }

  @Test
  void provenanceHolds() {
    OfficialsFixtures.checkProvenance(parse("Secretary of State Antony J. Blinken met today with Qatari Deputy Prime "
        + "Minister and Minister of Foreign Affairs Mohammed bin Abdulrahman Al-Thani. The Secretary highlighted "
        + "the partnership. Al-Thani thanked him."));
  }
}
