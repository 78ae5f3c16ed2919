package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Author parts of bylines, and what is not a byline. */
class BylineCleanerTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "By Jane Doe;Jane Doe",
      "Von Max Muster, 12.05.2020;Max Muster",
      "Posted on 12 May 2020 by Jane Doe;Jane Doe",
      "Veröffentlicht am 3. März 2021 von Anna Berg;Anna Berg",
      "Jane Doe | Updated 12 May 2020;Jane Doe",
      "Autor: Petra Ruland;Petra Ruland",
      "Zeige alle Beiträge von Cem Basman;Cem Basman",
      "Lars Sobiraj Lesezeit: 4 Min.;Lars Sobiraj",
      "Brit Weirich (Medizinredakteurin);Brit Weirich",
      "Par Jean Dupont le 12 mai 2020;Jean Dupont",
      "Fiona Bornhöft und Mariam Hofbeck;Fiona Bornhöft und Mariam Hofbeck",
  })
  void cleans(String raw, String expected) {
    assertThat(BylineCleaner.clean(raw)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"By", "Von", "Posted", "Veröffentlicht", "12.05.2020", "https://example.com/jane",
      "jane@example.com", "admin", "Donnerstag", "@handle"})
  void rejects(String raw) {
    assertThat(BylineCleaner.clean(raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"Ein Artikel von Pamela Sladky;Pamela Sladky",
      "06.11.2023 13:30 von Olga;Olga", "25.10.2022 - Reiner Nagel;Reiner Nagel",
      "04.02.2022 | 13:10 Uhr | Uta Helkenberg;Uta Helkenberg"})
  void readsBylineLines(String line, String expected) {
    assertThat(BylineCleaner.fromLine(line)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Beef Maker von Aldi im Praxistest", "Die Stadt baut drei neue Radwege.",
      "12.05.2020 AM EST", "Weitere Infos unter www.example.de."})
  void ignoresLinesThatAreNoBylines(String line) {
    assertThat(BylineCleaner.fromLine(line)).isEmpty();
  }
}
