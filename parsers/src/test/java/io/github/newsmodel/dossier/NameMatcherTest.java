package io.github.newsmodel.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name rules of the dossier, one case each, and the folding they rest on. */
class NameMatcherTest {

  @Test
  void foldingIgnoresCaseDiacriticsHyphensApostrophesAndPeriods() {
    assertThat(Folding.fold("Khalifa bin Hamad Al-Thani")).isEqualTo(Folding.fold("khalifa bin hamad al thani"));
    assertThat(Folding.fold("Çavuşoğlu")).isEqualTo("cavusoglu");
    assertThat(Folding.fold("O’Brien")).isEqualTo(Folding.fold("O'Brien")).isEqualTo("obrien");
    assertThat(Folding.fold("U.S. – Secretary")).isEqualTo("us secretary");
    assertThat(Folding.fold("  ,, ")).isEmpty();
    assertThat(Folding.tokens("")).isEmpty();
  }

  @Test
  void particlesAndInitialsAreNotSignificant() {
    assertThat(NameMatcher.significant("Antony J. Blinken")).containsExactly("antony", "blinken");
    assertThat(NameMatcher.significant("Khalid bin Salman Al Saud")).containsExactly("khalid", "salman", "saud");
    assertThat(NameMatcher.significant("Al")).containsExactly("al");
  }

  @Test
  void equalNames() {
    assertThat(NameMatcher.full("Khalid bin Salman Al Saud", "Khalid bin Salman al Saud"))
        .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(NameMatcher.EQUAL));
    assertThat(NameMatcher.full("Antony J. Blinken", "Antony Blinken"))
        .hasValueSatisfying(m -> assertThat(m.score()).isLessThan(1.0));
    assertThat(NameMatcher.full("", "")).isEmpty();
  }

  @Test
  void fuzzyNamesNeedSimilarTokensWithTheSameInitialsAndOneEqualToken() {
    assertThat(NameMatcher.full("Mohammed bin Zayed", "Mohamed bin Zayed"))
        .hasValueSatisfying(m -> {
          assertThat(m.rule()).isEqualTo(NameMatcher.FUZZY);
          assertThat(m.score()).isBetween(NameMatcher.MIN_TOKEN_SIMILARITY, 1.0);
        });
    assertThat(NameMatcher.full("Tamim bin Hamad", "Tamim bin Hamid")).isEmpty();
    assertThat(NameMatcher.full("Noem", "Noam")).isEmpty();
    assertThat(NameMatcher.full("Kristi Noem", "Kristy Noam")).isEmpty();
    assertThat(NameMatcher.full("Tom Barrack", "Tom Barrack Smith")).isEmpty();
  }

  @Test
  void shortFormsMustShareTheFirstOrLastSignificantToken() {
    assertThat(NameMatcher.partial("Khalifa", "Khalifa bin Hamad bin Khalifa Al Thani")).isPresent();
    assertThat(NameMatcher.partial("Noem", "Kristi Noem")).isPresent();
    assertThat(NameMatcher.partial("Hamad", "Khalifa bin Hamad Al Thani")).isEmpty();
    assertThat(NameMatcher.partial("Kristi Noem", "Noem")).isEmpty();
    assertThat(NameMatcher.partial("Noem Kristi", "Kristi Noem Smith")).isEmpty();
  }

  @Test
  void theBlockingKeyIsSharedByEveryFullMatch() {
    assertThat(NameMatcher.blockingKey("Mohammed bin Zayed")).isEqualTo(NameMatcher.blockingKey("Mohamed bin Zayed"))
        .isEqualTo("2:mz");
  }
}
