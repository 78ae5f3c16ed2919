package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.parse;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.officials.testing.OfficialsFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end on real readouts (test resources, see the README there): every official, with name,
 * honorifics, titles and country.
 */
class ReadoutOfficialsTest {

  /** What one official should look like; a null country means "not asserted". */
  record Expected(String name, List<String> honorifics, List<String> titles, String country) {}

  private static Expected e(String name, List<String> honorifics, List<String> titles, String country) {
    return new Expected(name, honorifics, titles, country);
  }

  static Stream<Arguments> readouts() {
    return Stream.of(
        Arguments.of("001.txt", List.of(
            e("Antony J. Blinken", List.of(), List.of("Secretary of State"), "US"),
            e("Mohammed bin Abdulrahman Al-Thani", List.of(),
                List.of("Deputy Prime Minister", "Minister of Foreign Affairs"), "QA"),
            e("Ned Price", List.of(), List.of("Spokesperson"), "US"))),
        Arguments.of("006.txt", List.of(
            e("Jose Fernandez", List.of(), List.of("Under Secretary for Economic Growth, Energy, and the Environment"), "US"),
            e("Jean Manes", List.of(), List.of("Civilian Deputy to the Commander", "Foreign Policy Advisor"), "US"),
            e("Heidi Fulton", List.of(), List.of("Deputy Assistant Secretary of State for Western Hemisphere Programs in "
                + "the Bureau of International Narcotics and Law Enforcement"), "US"),
            e("Cynthia Telles", List.of(), List.of("Ambassador to Costa Rica"), "US"),
            e("Marta Lucia Ramirez", List.of(), List.of("Vice President", "Foreign Minister"), "CO"),
            e("Carlos Correa", List.of(), List.of("Minister of Environment and Sustainable Development"), "CO"),
            e("Arnoldo Andre Tinoco", List.of(), List.of("Foreign Minister"), "CR"),
            e("Juan Carlos Holguin", List.of(), List.of("Foreign Minister"), "EC"),
            e("Gustavo Manrique Miranda", List.of(),
                List.of("Minister of the Environment, Water, and Ecological Transition"), "EC"),
            e("Erika Mouynes", List.of(), List.of("Foreign Minister"), "PA"))),
        Arguments.of("007.txt", List.of(
            e("Khalid bin Salman Al Saud", List.of("His Royal Highness", "Prince"), List.of("Deputy Minister of Defense"),
                "SA"),
            e("Antony J. Blinken", List.of(), List.of("Secretary of State"), "US"),
            e("Wendy Sherman", List.of(), List.of("Deputy Secretary of State"), "US"))),
        Arguments.of("008.txt", List.of(
            e("Wendy Sherman", List.of(), List.of("Deputy Secretary of State"), "US"),
            e("Khalifa Al Harthy", List.of("Sheikh"), List.of("Deputy Foreign Minister"), "OM"),
            e("Ned Price", List.of(), List.of("Spokesperson"), "US"))),
        Arguments.of("021.txt", List.of(
            e("Joseph R. Biden, Jr.", List.of(), List.of("President"), "US"),
            e("Tamim Bin Hamad Al Thani", List.of("Sheikh"), List.of("Amir"), "QA"))),
        Arguments.of("024.txt", List.of(
            e("Jake Sullivan", List.of(), List.of("National Security Advisor"), "US"),
            e("Badr al-Busaidi", List.of("Sayyid"), List.of("Foreign Minister"), "OM"))),
        Arguments.of("029.txt", List.of(
            e("K Shanmugam", List.of("Mr", "SC"), List.of("Minister for Home Affairs", "Minister for Law"), "SG"),
            e("Waleed Mohammed bin Al-Smani", List.of("H.E.", "Dr"), List.of("Minister of Justice"), "SA"),
            e("Murali Pillai", List.of("Mr", "SC"), List.of("Minister of State, Ministry of Law and Ministry of Transport"),
                "SG"),
            e("Abdullah Mohammed AlMadhi", List.of("H.E."), List.of("Ambassador to Singapore"), "SA"),
            e("Bashar Omar Al-Mofadda", List.of("Dr"),
                List.of("Deputy Justice Minister for Laws and International Cooperation"), "SA"))),
        Arguments.of("030.txt", List.of(
            e("K Shanmugam", List.of("Mr", "SC"), List.of("Minister for Home Affairs", "Minister for Law"), "SG"),
            e("Nawaf bin Mohamed AlMouada", List.of("H.E.", "Mr"), List.of("Minister of Justice, Islamic Affairs and Waqf"),
                "BH"),
            e("Sundaresh Menon", List.of("The Honourable"), List.of("Chief Justice"), "SG"))),
        Arguments.of("031.txt", List.of(
            e("Hadef Bin Joa'an Al Dhahiri", List.of("Dr"), List.of("Minister of Justice"), "AE"),
            e("K Shanmugam", List.of("Mr"), List.of("Minister for Home Affairs", "Minister for Law"), "SG"),
            e("Goh Chok Tong", List.of(), List.of("Senior Minister"), "SG"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readouts")
  void everyOfficialIsFoundWithHisFields(String file, List<Expected> expected) {
    NewsDocument doc = parse(resource("officials/readouts/" + file));
    assertThat(doc.officials()).extracting(Official::name)
        .containsExactlyElementsOf(expected.stream().map(Expected::name).toList());
    for (int i = 0; i < expected.size(); i++) {
      Official actual = doc.officials().get(i);
      Expected want = expected.get(i);
      assertThat(actual.honorifics()).as("honorifics of %s", want.name()).isEqualTo(want.honorifics());
      assertThat(actual.titles()).as("titles of %s", want.name()).containsExactlyInAnyOrderElementsOf(want.titles());
      if (want.country() != null) {
        assertThat(actual.country()).as("country of %s", want.name()).contains(want.country());
      }
    }
    OfficialsFixtures.checkProvenance(doc);
  }
}
