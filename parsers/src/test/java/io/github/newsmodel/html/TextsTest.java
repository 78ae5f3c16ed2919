package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The one-pass folding of ASCII strings agrees with the general folding. */
class TextsTest {
  @Test
  void asciiFoldingAgreesWithTheGeneralFolding() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 60))
        .checkAssert(s -> assertThat(Texts.fold(s)).isEqualTo(Texts.foldAny(s)));
  }

  @Test
  void foldsWordsToLowerCaseSeparatedBySingleSpaces() {
    assertThat(Texts.fold("  The  EMIR's\tvisit -- 2024!\n")).isEqualTo("the emir s visit 2024");
    assertThat(Texts.fold("Élysée Palace")).isEqualTo("elysee palace");
    assertThat(Texts.fold(null)).isEmpty();
  }
}
