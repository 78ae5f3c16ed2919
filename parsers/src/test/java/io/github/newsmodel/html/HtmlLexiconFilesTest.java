package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The lexicon files of the HTML stage parse and hold what their readers expect. */
class HtmlLexiconFilesTest {
  @ParameterizedTest
  @CsvSource({"html-class-hints.tsv,3", "month-names.tsv,2", "html-byline-cues.tsv,2", "html-date-cues.tsv,2",
      "boilerplate-lines.tsv,2", "stopwords.tsv,2"})
  void fileParses(String name, int columns) {
    assertThat(LexiconResource.rows(name, columns)).isNotEmpty();
  }

  @Test
  void everyMonthIsNamed() {
    Set<Integer> months = new TreeSet<>();
    for (String[] row : LexiconResource.rows("month-names.tsv", 2)) {
      months.add(Integer.parseInt(row[0]));
    }
    assertThat(months).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(MonthNames.month("März")).hasValue(3);
    assertThat(MonthNames.month("SEPT")).hasValue(9);
    assertThat(MonthNames.month("grudnia")).hasValue(12);
    assertThat(MonthNames.month("Tuesday")).isEmpty();
  }

  @Test
  void classHintsLoad() {
    assertThat(ClassHints.has(ClassHints.ofAttribute("entry-content"), ClassHints.Kind.BODY)).isTrue();
    assertThat(ClassHints.has(ClassHints.ofAttribute("share-buttons"), ClassHints.Kind.DROP)).isTrue();
    assertThat(ClassHints.has(ClassHints.ofAttribute("sr-only"), ClassHints.Kind.HIDDEN)).isTrue();
    assertThat(ClassHints.has(ClassHints.ofAttribute("hidden-xs"), ClassHints.Kind.HIDDEN)).isFalse();
    assertThat(ClassHints.has(ClassHints.ofAttribute("commentary"), ClassHints.Kind.NEVER)).isFalse();
  }

  @Test
  void boilerplateAndCues() {
    assertThat(BoilerplateLines.classify("Mehr zum Thema:")).isEqualTo(BoilerplateLines.Kind.BOILERPLATE);
    assertThat(BoilerplateLines.classify("Foto: Stadtanzeiger")).isEqualTo(BoilerplateLines.Kind.CREDIT);
    assertThat(BoilerplateLines.classify("Augusta National/Getty Images")).isEqualTo(BoilerplateLines.Kind.CREDIT);
    assertThat(BoilerplateLines.classify("The council met on Tuesday.")).isEqualTo(BoilerplateLines.Kind.TEXT);
    assertThat(DateCues.isModified("Aktualisiert am ")).isTrue();
    assertThat(DateCues.isModified("Veröffentlicht am ")).isFalse();
    assertThat(BylineCues.leadLength("By Jane")).isEqualTo(3);
  }
}
