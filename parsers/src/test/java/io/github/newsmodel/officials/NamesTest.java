package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.names;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Official;
import org.junit.jupiter.api.Test;

/** Personal names: their extent, their parts, and what is not a name. */
class NamesTest {

  @Test
  void arabicNameChainsKeepEveryLink() {
    assertThat(only("Qatar's Minister of Interior Sheikh Khalifa bin Hamad bin Khalifa Al Thani met the envoy.").name())
        .isEqualTo("Khalifa bin Hamad bin Khalifa Al Thani");
    assertThat(only("Omani Foreign Minister Sayyid Badr al-Busaidi arrived.").name()).isEqualTo("Badr al-Busaidi");
    assertThat(only("Saudi Arabia's Minister of Justice H.E. Dr Waleed Mohammed bin Al-Smani signed.").name())
        .isEqualTo("Waleed Mohammed bin Al-Smani");
    assertThat(only("The Minister of Family Affairs Sheikha Noura bint Khalid Al Kaabi spoke.").name())
        .isEqualTo("Noura bint Khalid Al Kaabi");
    assertThat(only("Bahrain's Minister of Justice H.E. Mr Nawaf bin Mohamed AlMouada signed.").name())
        .isEqualTo("Nawaf bin Mohamed AlMouada");
  }

  @Test
  void initialsAndSuffixesArePartOfTheName() {
    assertThat(only("Secretary of State Antony J. Blinken met today with the delegation.").name())
        .isEqualTo("Antony J. Blinken");
    assertThat(only("Today in Jeddah, President Joseph R. Biden, Jr. met with the press.").name())
        .isEqualTo("Joseph R. Biden, Jr.");
    assertThat(only("Singapore's Minister for Law Mr K Shanmugam SC signed the MOU.").name())
        .isEqualTo("K Shanmugam");
  }

  @Test
  void dottedInitialsStayInsideTheName() {
    assertThat(names("In 1991 President George H.W. Bush held back loan guarantees.")).containsExactly("George H.W. Bush");
  }

  @Test
  void menusOfCapitalisedWordsAreNotNames() {
    assertThat(names("Home | Politics Economy Education Environment General Headlines Letters | Sport")).isEmpty();
    assertThat(names("NEWS LEADER Tierhaltung Tierzucht")).isEmpty();
  }

  @Test
  void asianAndSlavicNamesAreReadWhole() {
    assertThat(names("Senior Minister Goh Chok Tong received Russian Foreign Minister Sergei Lavrov."))
        .containsExactly("Goh Chok Tong", "Sergei Lavrov");
  }

  @Test
  void aSurnameThatIsTheOnlyFormIsTheName() {
    Official putin = only("They also discussed President Putin's unjustified war against the people of Ukraine.");
    assertThat(putin.name()).isEqualTo("Putin");
    assertThat(putin.titles()).containsExactly("President");
  }

  @Test
  void theFullestFormAnywhereSuppliesTheName() {
    String text = "UAE Minister of Justice Dr Hadef Bin Joa'an Al Dhahiri visits Singapore\n"
        + "Dr Hadef Bin Joa\u2019an, UAE Minister of Justice, will visit Singapore.\n";
    assertThat(only(text).name()).isEqualTo("Hadef Bin Joa'an Al Dhahiri");
  }

  @Test
  void possessivesEndTheName() {
    assertThat(only("Deputy Secretary of State Wendy Sherman's meeting was useful.").name()).isEqualTo("Wendy Sherman");
  }

  @Test
  void surnamesInsideGroupNamesAreNotPeople() {
    assertThat(names("The Yermak-McFaul international expert group presented its report to the Council.")).isEmpty();
  }

  @Test
  void capitalisedWordsOpeningASentenceAreNotNames() {
    assertThat(names("Specifically, the Qatari Minister of Interior announced the plan.")).isEmpty();
    assertThat(names("Separately, Defence Minister Richard Marles met the press.")).containsExactly("Richard Marles");
  }

  @Test
  void singleWordsInHeadlinesNeedAFullerNameElsewhere() {
    assertThat(names("Qatar's Interior Chief Engages with US Envoy on Security Initiatives\n")).isEmpty();
    String text = "Secretary Rubio's Meeting with Jordanian Foreign Minister Safadi\n"
        + "Secretary of State Marco Rubio met today with Foreign Minister Ayman Safadi.\n";
    assertThat(names(text)).containsExactly("Marco Rubio", "Ayman Safadi");
  }
}
