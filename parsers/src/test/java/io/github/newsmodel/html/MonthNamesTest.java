package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Folding a character at a time from the tables agrees with folding the whole word. */
class MonthNamesTest {
  /** Characters from the tables' ranges, ASCII, combining marks, other scripts and surrogates. */
  private static final String ALPHABET =
      "aZ .-'İıŁłÉéßÆæÖöçÇšŠžǅǄȀɏ\u00A0\u00AD\u0130\u0149\u01F0"
          + "\u2019\u201C\u2013\u2026\u2070\u2090\u20AC\u20CF"
          + "\u0301\u0308\u20D0\u0391\u03A3\u03C2\u0414\u1E9E\u2126\u212A\uD83D\uDE00\uFB01";

  @Test
  void characterFoldingAgreesWithWholeWordFolding() {
    Gen<String> words =
        lists()
            .of(integers().between(0, ALPHABET.length() - 1))
            .ofSizeBetween(0, 24)
            .map(MonthNamesTest::word);
    qt().forAll(words)
        .checkAssert(w -> assertThat(MonthNames.fold(w)).isEqualTo(MonthNames.foldWhole(w)));
  }

  @Test
  void everyCharacterOfTheTablesFoldsAsItsWholeWordForm() {
    for (char c = '\u0080'; c < '\u0250'; c++) {
      String w = "x" + c + "Y";
      assertThat(MonthNames.fold(w)).as("U+%04X", (int) c).isEqualTo(MonthNames.foldWhole(w));
    }
    for (char c = '\u2000'; c < '\u20D0'; c++) {
      String w = "x" + c + "Y";
      assertThat(MonthNames.fold(w)).as("U+%04X", (int) c).isEqualTo(MonthNames.foldWhole(w));
    }
  }

  @Test
  void readsMonthNamesWithDiacriticsInAnyCase() {
    assertThat(MonthNames.month("Décembre")).isEqualTo(OptionalInt.of(12));
    assertThat(MonthNames.month("FÉVRIER")).isEqualTo(OptionalInt.of(2));
    assertThat(MonthNames.month("Tuesday")).isEqualTo(OptionalInt.empty());
  }

  private static String word(List<Integer> indexes) {
    StringBuilder b = new StringBuilder();
    for (int i : indexes) {
      b.append(ALPHABET.charAt(i));
    }
    return b.toString();
  }
}
