package io.github.newsmodel.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.lexicon.LexiconResource;
import org.junit.jupiter.api.Test;

/** Title comparison across articles, and the two lexicon files of the dossier. */
class TitleEquivalencesTest {

  @Test
  void lexiconEquivalencesAndFoldingGiveOneKeyPerOffice() {
    assertThat(TitleEquivalences.key("Foreign Minister")).isEqualTo(TitleEquivalences.key("Minister of Foreign Affairs"));
    assertThat(TitleEquivalences.key("Minister of the Interior")).isEqualTo(TitleEquivalences.key("Interior Minister"));
    assertThat(TitleEquivalences.key("Emir")).isEqualTo(TitleEquivalences.key("Amir"));
    assertThat(TitleEquivalences.key("Secretary of State")).isNotEqualTo(TitleEquivalences.key("State Secretary"));
  }

  @Test
  void aVaguerTitleIsCompatibleWithAPreciseOneButDifferentOfficesAreNot() {
    assertThat(TitleEquivalences.compatible("Secretary of Homeland Security",
        "Secretary of the US Department of Homeland Security")).isTrue();
    assertThat(TitleEquivalences.compatible("Foreign Minister", "Minister for Foreign Affairs")).isTrue();
    assertThat(TitleEquivalences.compatible("Foreign Minister", "Defence Minister")).isFalse();
    assertThat(TitleEquivalences.compatible("Minister of Interior", "Commander of the Internal Security Force"))
        .isFalse();
    assertThat(TitleEquivalences.compatible("", "Minister")).isFalse();
  }

  @Test
  void theDossierLexiconsParse() {
    assertThat(NameMatcher.significant("Khalid bin Salman Al Saud"))
        .isEqualTo(NameMatcher.significant("Khalid bin Salman Saud"));
    assertThat(LexiconResource.rows("title-equivalences.tsv", 2))
        .isNotEmpty()
        .allSatisfy(row -> {
          assertThat(row).hasSize(2);
          assertThat(row[1].split("\\|")).allMatch(variant -> !variant.isBlank());
        });
  }
}
