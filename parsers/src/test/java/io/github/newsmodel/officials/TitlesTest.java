package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.named;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.officials;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Official;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles: one per role, without nationality words or a trailing country, from every position. */
class TitlesTest {

  @Test
  void apposition() {
    Official official = only("He welcomed HE Tom Barrack, the US Special Envoy to Syria, at the center.");
    assertThat(official.titles()).containsExactly("Special Envoy to Syria");
    assertThat(official.country()).contains("US");
  }

  @Test
  void premodifierWithNationality() {
    Official official = only("They met U.S. Secretary of Homeland Security Kristi Noem in Doha.");
    assertThat(official.titles()).containsExactly("Secretary of Homeland Security");
    assertThat(official.country()).contains("US");
  }

  @Test
  void possessiveCountry() {
    Official official = only("Jordan's Deputy Prime Minister and Minister of Foreign Affairs and Expatriates "
        + "Ayman Safadi met the Secretary.");
    assertThat(official.titles()).containsExactly("Deputy Prime Minister", "Minister of Foreign Affairs and Expatriates");
    assertThat(official.country()).contains("JO");
  }

  @Test
  void reverseApposition() {
    Official official = only("The meeting was held between Qatar's Undersecretary of the Ministry of Interior, "
        + "HE Abdullah bin Khalaf bin Hattab Al Kaabi, and the delegation.");
    assertThat(official.titles()).containsExactly("Undersecretary of the Ministry of Interior");
    assertThat(official.organization()).contains("Ministry of Interior");
    assertThat(official.country()).contains("QA");
  }

  @Test
  void lowerCaseHeadOf() {
    Official official = only("HE Sheikh Khalifa bin Hamad bin Khalifa Al-Thani, Qatar's Interior Minister and head of "
        + "the Internal Security Force, Lekhwiya, welcomed the envoy.");
    assertThat(official.titles()).containsExactly("Interior Minister", "head of the Internal Security Force");
    assertThat(official.country()).contains("QA");
  }

  @Test
  void twoTitlesJoinedByAndAreTwoRoles() {
    Official official = only("Sheikh Khalifa bin Hamad bin Khalifa Al Thani, Qatar's Minister of Interior and "
        + "Commander of the Internal Security Force (Lekhwiya), met the Secretary.");
    assertThat(official.titles())
        .containsExactly("Minister of Interior", "Commander of the Internal Security Force (Lekhwiya)");
  }

  @Test
  void portfoliosJoinedByAndStayOneTitle() {
    assertThat(only("UAE Minister of Foreign Affairs and International Cooperation Sheikh Abdullah bin Zayed Al Nahyan "
        + "arrived.").titles()).containsExactly("Minister of Foreign Affairs and International Cooperation");
    assertThat(only("Bahrain's Minister of Justice, Islamic Affairs and Waqf H.E. Mr Nawaf bin Mohamed AlMouada signed.")
        .titles()).containsExactly("Minister of Justice, Islamic Affairs and Waqf");
    assertThat(only("Minister of the Environment, Water, and Ecological Transition Gustavo Manrique Miranda signed.")
        .titles()).containsExactly("Minister of the Environment, Water, and Ecological Transition");
  }

  @Test
  void unknownPortfolioWordsBelongToTheTitle() {
    Official official = only("Saudi Minister of Hajj and Umrah Tawfiq Al-Rabiah briefed the delegation.");
    assertThat(official.name()).isEqualTo("Tawfiq Al-Rabiah");
    assertThat(official.titles()).containsExactly("Minister of Hajj and Umrah");
  }

  @Test
  void trailingCountriesGoToTheCountry() {
    Official official = only("Kamala Harris, Vice President of the United States, arrived.");
    assertThat(official.titles()).containsExactly("Vice President");
    assertThat(official.country()).contains("US");
    Official ambassador = only("The Ambassador of Uzbekistan to Singapore Mr Ulugbek Rozukulov attended.");
    assertThat(ambassador.titles()).containsExactly("Ambassador to Singapore");
    assertThat(ambassador.country()).contains("UZ");
    Official kagame = only("The Prime Minister received a message from HE President of the Republic of Rwanda Paul Kagame.");
    assertThat(kagame.titles()).containsExactly("President");
    assertThat(kagame.country()).contains("RW");
  }

  @Test
  void titlesChainedByCommasBeforeTheName() {
    Official official = only("Vice President of the UAE, Prime Minister and Ruler of Dubai His Highness Sheikh Mohammed "
        + "bin Rashid Al Maktoum received the delegation.");
    assertThat(official.titles()).containsExactly("Vice President", "Prime Minister", "Ruler of Dubai");
    assertThat(official.country()).contains("AE");
  }

  @Test
  void subNationalComplementsStay() {
    assertThat(only("Secretary Blinken's Meeting with Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed Al Nahyan\n")
        .titles()).containsExactly("Crown Prince of Abu Dhabi");
  }

  @Test
  void institutionsNamedInTheTitleAreTheOrganization() {
    Official noem = only("They met Kristi Noem, Secretary of the US Department of Homeland Security.");
    assertThat(noem.titles()).containsExactly("Secretary of the US Department of Homeland Security");
    assertThat(noem.organization()).contains("US Department of Homeland Security");
    assertThat(noem.country()).contains("US");
    Official faki = only("U.S. officials met African Union Commission (AUC) Chairperson Moussa Faki Mahamat.");
    assertThat(faki.titles()).containsExactly("African Union Commission (AUC) Chairperson");
    assertThat(faki.organization()).contains("African Union Commission");
    assertThat(faki.country()).isEmpty();
  }

  @Test
  void aTitleBeforeAnInstitutionAndAName() {
    List<Official> officials = officials("Today, Under Secretary Jose Fernandez, Civilian Deputy to the Commander and "
        + "Foreign Policy Advisor, U.S. Southern Command Jean Manes, and others signed.");
    Official manes = named(officials, "Jean Manes").orElseThrow();
    assertThat(manes.titles()).containsExactly("Civilian Deputy to the Commander", "Foreign Policy Advisor");
    assertThat(manes.organization()).contains("U.S. Southern Command");
    assertThat(manes.country()).contains("US");
    assertThat(named(officials, "Jose Fernandez").orElseThrow().titles()).containsExactly("Under Secretary");
  }

  @Test
  void lowerCaseTitlesInNewsStyle() {
    Official safadi = only("Ayman Safadi, Jordan's foreign minister, said the talks were constructive.");
    assertThat(safadi.titles()).containsExactly("foreign minister");
    assertThat(safadi.country()).contains("JO");
    Official kallas = only("EU foreign policy chief Kaja Kallas spoke to reporters.");
    assertThat(kallas.name()).isEqualTo("Kaja Kallas");
    assertThat(kallas.organization()).contains("EU");
  }

  @Test
  void aTitleWordBeforeAPlaceIsNoTitle() {
    assertThat(officials("Relief convoys reached General Santos on Monday, officials said.")).isEmpty();
  }

  @Test
  void counterpartsAreOfficialsWithoutATitle() {
    Official shoukry = named(officials("Jordanian Foreign Minister Ayman Safadi met his Egyptian counterpart "
        + "Sameh Shoukry in Amman."), "Sameh Shoukry").orElseThrow();
    assertThat(shoukry.titles()).isEmpty();
    assertThat(shoukry.country()).contains("EG");
  }

  @Test
  void eachTitleHasEvidenceQuotingTheText() {
    String text = "Qatari Deputy Prime Minister and Minister of Foreign Affairs Mohammed bin Abdulrahman Al-Thani spoke.";
    Official official = only(text);
    assertThat(official.evidence()).filteredOn(e -> e.field().startsWith("/titles/"))
        .extracting(e -> e.exact())
        .containsExactly("Deputy Prime Minister", "Minister of Foreign Affairs");
    assertThat(official.evidence()).filteredOn(e -> e.field().equals("/country"))
        .extracting(e -> e.exact(), e -> e.rule())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Qatari", "official.country.demonym"));
  }
}
