package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.names;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Official;
import org.junit.jupiter.api.Test;

/** Honorifics: as written, in order, from the mention that supplies the name; ranks are titles. */
class HonorificsTest {

  @Test
  void honorificsAndRanksInterleave() {
    Official official = only("The meeting was held with Jordan's Director of Public Security, "
        + "HE Major General Dr. Obaid Abdulrabboh Al Maaytah, in Doha.");
    assertThat(official.name()).isEqualTo("Obaid Abdulrabboh Al Maaytah");
    assertThat(official.honorifics()).containsExactly("HE", "Dr.");
    assertThat(official.titles()).containsExactlyInAnyOrder("Major General", "Director of Public Security");
    assertThat(official.country()).contains("JO");
  }

  @Test
  void royalHonorificsPrecedePrince() {
    Official official = only("They met His Royal Highness Prince Khalid bin Salman Al Saud, "
        + "the Deputy Minister of Defense of the Kingdom of Saudi Arabia, in Washington.");
    assertThat(official.honorifics()).containsExactly("His Royal Highness", "Prince");
    assertThat(official.titles()).containsExactly("Deputy Minister of Defense");
    assertThat(official.country()).contains("SA");
  }

  @Test
  void crownPrinceIsATitleAndAmirIsATitle() {
    Official amir = only("Today in Jeddah, the President met with Amir Sheikh Tamim Bin Hamad Al Thani of Qatar.");
    assertThat(amir.honorifics()).containsExactly("Sheikh");
    assertThat(amir.titles()).containsExactly("Amir");
    assertThat(amir.country()).contains("QA");
    Official crownPrince = only("The Secretary met the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed Al Nahyan, "
        + "in Rabat.");
    assertThat(crownPrince.honorifics()).containsExactly("Sheikh");
    assertThat(crownPrince.titles()).containsExactly("Crown Prince of Abu Dhabi");
  }

  @Test
  void postNominalsAndHonourables() {
    Official shanmugam = only("The MOU was signed by Minister for Home Affairs and Minister for Law Mr K Shanmugam SC.");
    assertThat(shanmugam.honorifics()).containsExactly("Mr", "SC");
    Official menon = only("The Honourable the Chief Justice Sundaresh Menon led a delegation.");
    assertThat(menon.honorifics()).containsExactly("The Honourable");
    assertThat(menon.titles()).containsExactly("Chief Justice");
  }

  @Test
  void honorificsAreWrittenAsInTheText() {
    Official official = only("Malaysian Prime Minister Dato\u2019 Sri Anwar Ibrahim arrived.");
    assertThat(official.honorifics()).containsExactly("Dato\u2019 Sri");
  }

  @Test
  void heAloneIsNotAPerson() {
    assertThat(names("HE said the meeting was useful. He thanked the hosts. The Minister said HE would attend."))
        .isEmpty();
  }

  @Test
  void everydayHonorificsAloneDoNotMakeAnOfficial() {
    assertThat(names("Mr. John Smith and Dr. Jane Doe attended the opening.")).isEmpty();
    assertThat(names("HE Ahmed Al Mansoori attended the opening.")).containsExactly("Ahmed Al Mansoori");
  }
}
