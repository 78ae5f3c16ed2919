package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.evidence;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.named;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.officials;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Official;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries: from the person's own mentions first, then from whose text it is. */
class CountriesTest {
  private static final String STATE_READOUT = "Secretary Blinken's Meeting with Crown Prince of Abu Dhabi Sheikh "
      + "Mohammed bin Zayed\nMarch 29, 2022\n\nOffice of the Spokesperson\n"
      + "The following is attributable to Spokesperson Ned Price:\n"
      + "Secretary of State Antony J. Blinken met today with the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed "
      + "Al Nahyan, in Rabat, Morocco.  They also discussed President Putin's unjustified war against the people of "
      + "Ukraine as well as the conflict in Syria.\n";

  @Test
  void aGovernmentsOwnReadoutGivesItsOfficialsItsCountry() {
    List<Official> officials = officials(STATE_READOUT);
    Official blinken = named(officials, "Antony J. Blinken").orElseThrow();
    assertThat(blinken.country()).contains("US");
    assertThat(evidence(blinken, "/country").get(0).rule()).isEqualTo("official.country.readout");
    assertThat(evidence(blinken, "/country").get(0).exact()).isEqualTo("Office of the Spokesperson");
    assertThat(named(officials, "Ned Price").orElseThrow().country()).contains("US");
    assertThat(named(officials, "Mohammed bin Zayed Al Nahyan").orElseThrow().country()).contains("AE");
  }

  @Test
  void aForeignLeaderMentionedInPassingKeepsNoCountry() {
    assertThat(named(officials(STATE_READOUT), "Putin").orElseThrow().country()).isEmpty();
  }

  @Test
  void aLeaderWhoseSentenceNamesTheIssuingCountryAloneIsItsOwn() {
    String text = "Office of the Spokesperson\nDeputy Secretary of State Christopher Landau signed the Agreement.\n"
        + "Under President Trump's leadership, the United States will continue to advance American interests.\n";
    assertThat(named(officials(text), "Trump").orElseThrow().country()).contains("US");
  }

  @Test
  void signOffLinesShowTheIssuer() {
    String text = "1. Minister of State, Ministry of Law and Ministry of Transport Mr Murali Pillai SC attended.\n"
        + "MINISTRY OF LAW\n";
    Official pillai = officials(text).get(0);
    assertThat(pillai.titles()).containsExactly("Minister of State, Ministry of Law and Ministry of Transport");
    assertThat(pillai.country()).contains("SG");
  }

  @Test
  void countriesInParenthesesCoverNamesJoinedByAnd() {
    List<Official> officials = officials("Vice President and Foreign Minister Marta Lucia Ramirez and Minister of "
        + "Environment and Sustainable Development Carlos Correa (Colombia), Foreign Minister Arnoldo Andre Tinoco "
        + "(Costa Rica), and Foreign Minister Erika Mouynes (Panama) signed.");
    assertThat(officials).extracting(Official::name, o -> o.country().orElse(null)).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Marta Lucia Ramirez", "CO"),
        org.assertj.core.groups.Tuple.tuple("Carlos Correa", "CO"),
        org.assertj.core.groups.Tuple.tuple("Arnoldo Andre Tinoco", "CR"),
        org.assertj.core.groups.Tuple.tuple("Erika Mouynes", "PA"));
  }

  @Test
  void signedForACountry() {
    List<Official> officials = officials("Secretary of State Antony Blinken signed for the United States, and Minister "
        + "of Foreign Affairs Ararat Mirzoyan signed for Armenia.");
    assertThat(officials).extracting(o -> o.country().orElse(null)).containsExactly("US", "AM");
  }

  @Test
  void theOtherSideOfABilateralPair() {
    String text = "National Security Advisor Jake Sullivan met with Omani Foreign Minister Sayyid Badr al-Busaidi today. "
        + "Both sides addressed the newly launched U.S.-Oman Strategic Dialogue.";
    assertThat(named(officials(text), "Jake Sullivan").orElseThrow().country()).contains("US");
  }

  @Test
  void theHostsOfAVisit() {
    String text = "UAE Minister of Justice Dr Hadef Al Dhahiri visits Singapore\n"
        + "During his visit, Dr Hadef will call on Minister Shanmugam and Senior Minister Goh Chok Tong.\n";
    List<Official> officials = officials(text);
    assertThat(named(officials, "Hadef Al Dhahiri").orElseThrow().country()).contains("AE");
    assertThat(named(officials, "Goh Chok Tong").orElseThrow().country()).contains("SG");
  }

  @Test
  void institutionsThatNameTheirState() {
    assertThat(officials("Kremlin spokesman Dmitry Peskov said no deal was reached.").get(0).country()).contains("RU");
    assertThat(officials("The Minister-in-Charge of Cambodia's State Secretariat of Civil Aviation, H.E. Mao Havannall, "
        + "signed.").get(0).country()).contains("KH");
  }

  @Test
  void newsAgenciesGiveTheirCountryToMinistersNotToForeignRoyals() {
    List<Official> officials = officials("Dubai, 3 May (WAM) - HE the Minister of State for Foreign Affairs Dr. Anwar "
        + "Gargash received Crown Prince and Prime Minister His Royal Highness Prince Mohammed bin Salman Al Saud.");
    assertThat(named(officials, "Anwar Gargash").orElseThrow().country()).contains("AE");
    assertThat(named(officials, "Mohammed bin Salman Al Saud").orElseThrow().country()).isEmpty();
  }

  @Test
  void noCueNoCountry() {
    assertThat(officials("Commerce Secretary Howard Lutnick attended the dinner.").get(0).country()).isEmpty();
  }
}
