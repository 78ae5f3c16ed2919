package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Site names come off page titles; headlines with dashes stay whole. */
class TitleCleanerTest {
  @Test
  void removesKnownSiteNameAtEitherEnd() {
    assertThat(TitleCleaner.clean("Ferry timetable approved | Coastal Gazette", List.of("Coastal Gazette"), false))
        .isEqualTo("Ferry timetable approved");
    assertThat(TitleCleaner.clean("Coastal Gazette - Ferry timetable approved", List.of("Coastal Gazette"), false))
        .isEqualTo("Ferry timetable approved");
  }

  @Test
  void removesDomainsAndGuessesShortTrailingSiteParts() {
    assertThat(TitleCleaner.clean("Ferry timetable approved - gazette.example", List.of(), false))
        .isEqualTo("Ferry timetable approved");
    assertThat(TitleCleaner.clean("Ferry timetable approved on Tuesday – Gazette", List.of(), true))
        .isEqualTo("Ferry timetable approved on Tuesday");
    assertThat(TitleCleaner.clean("Blog » Archive » Ferry timetable approved on Tuesday", List.of(), true))
        .isEqualTo("Ferry timetable approved on Tuesday");
  }

  @Test
  void keepsTitlesWithoutSiteParts() {
    assertThat(TitleCleaner.clean("Korsetts – Shops, Designer, online kaufen", List.of(), false))
        .isEqualTo("Korsetts – Shops, Designer, online kaufen");
    assertThat(TitleCleaner.clean("Les Français travaillent-ils trop peu ?", List.of("Alternatives"), true))
        .isEqualTo("Les Français travaillent-ils trop peu ?");
  }

  @Test
  void colonSeparatesOnlyAKnownSiteName() {
    assertThat(TitleCleaner.clean("Das Musikvideo der Welt : Krimiblog-Archiv", List.of("Krimiblog-Archiv"), true))
        .isEqualTo("Das Musikvideo der Welt");
    assertThat(TitleCleaner.clean("Parité : au-dessous de la moyenne", List.of(), false))
        .isEqualTo("Parité : au-dessous de la moyenne");
  }
}
