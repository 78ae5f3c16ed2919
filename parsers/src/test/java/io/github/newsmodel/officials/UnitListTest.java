package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * What the classifier notes of the units it makes is what reading the units gives, and the
 * readers that use those notes answer as they do over the plain list.
 */
class UnitListTest {

  @Test
  void notesAreThoseOfTheUnits() {
    qt().forAll(texts()).checkAssert(text -> {
      String folded = MatchText.fold(text);
      UnitClassifier.UnitList units = UnitClassifier.classify(Tokenizer.tokenize(folded, 0, folded.length()),
          new UnitClassifier.Buffer());
      List<Integer> titleish = new ArrayList<>();
      List<Integer> countryWords = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (UnitClassifier.UnitList.isTitleish(u)) {
          titleish.add(i);
        }
        if (UnitClassifier.UnitList.isCountryWord(u)) {
          countryWords.add(i);
        }
        char first = u.text().charAt(0);
        assertThat(u.capitalized()).isEqualTo(Character.isUpperCase(first) || Character.isTitleCase(first));
      }
      List<Integer> wantedTitleishUnits = new ArrayList<>();
      List<Integer> wantedCountryWordUnits = new ArrayList<>();
      for (int k = 0; k < units.wantedCount(); k++) {
        assertThat(units.wantedTitleish(k) || units.wantedCountryWord(k)).isTrue();
        if (units.wantedTitleish(k)) {
          wantedTitleishUnits.add(units.wantedAt(k));
        }
        if (units.wantedCountryWord(k)) {
          wantedCountryWordUnits.add(units.wantedAt(k));
        }
      }
      assertThat(wantedTitleishUnits).isEqualTo(titleish);
      assertThat(wantedCountryWordUnits).isEqualTo(countryWords);
      for (WordClass cls : WordClass.values()) {
        assertThat(units.has(cls)).isEqualTo(units.stream().anyMatch(u -> u.is(cls)));
      }
    });
  }

  @Test
  void readersAnswerAsOverThePlainList() {
    qt().forAll(texts()).checkAssert(text -> {
      String folded = MatchText.fold(text);
      UnitClassifier.UnitList units = UnitClassifier.classify(Tokenizer.tokenize(folded, 0, folded.length()),
          new UnitClassifier.Buffer());
      List<Unit> plain = new ArrayList<>(units);
      assertThat(described(TitleScanner.findAll(text, units))).isEqualTo(described(TitleScanner.findAll(text, plain)));
      // Some units taken by title phrases (mark 1), as the linker marks them, and one other mark.
      byte[] marks = new byte[units.size()];
      for (int i = 0; i < marks.length; i++) {
        marks[i] = (byte) (i % 5 == 1 ? 1 : i % 7 == 3 ? 2 : 0);
      }
      List<NameRun> names = new ArrayList<>();
      List<NameRun> plainNames = new ArrayList<>();
      NameRunFinder.find(units, marks, 1, names, new ArrayList<>());
      NameRunFinder.find(plain, marks, 1, plainNames, new ArrayList<>());
      assertThat(names.stream().map(r -> r.first() + "-" + r.end()).toList())
          .isEqualTo(plainNames.stream().map(r -> r.first() + "-" + r.end()).toList());
      ArticleCountries noted = ArticleCountries.of(text, folded,
          List.of(new Sentence(0, Span.of(0, text.length()), units, false)));
      ArticleCountries read = ArticleCountries.of(text, folded,
          List.of(new Sentence(0, Span.of(0, text.length()), plain, false)));
      assertThat(noted.pairs()).isEqualTo(read.pairs());
      assertThat(noted.host()).isEqualTo(read.host());
      assertThat(noted.namedIn(0)).isEqualTo(read.namedIn(0));
    });
  }

  private static org.quicktheories.core.Gen<String> texts() {
    return TextGenerators.articleTexts().mix(TextGenerators.trickyTexts(), 30)
        .mix(Generate.pick(List.of("The U.S. Secretary of State met the Qatari Prime Minister in Doha.",
            "the Minister of Hajj and Umrah Tawfiq Al-Rabiah visited Qatar-Oman talks, the head of the UN",
            "President Hichilema of Zambia and the Crown Prince of Abu Dhabi (UAE) visiting Israeli-Palestinian",
            "The The the Ministry of Foreign Affairs, Water, and Ecological Transition, the U.S.-Oman")), 30);
  }

  private static List<String> described(List<TitleRun> runs) {
    return runs.stream().map(r -> r.first() + "-" + r.end() + " " + r.definite() + " " + r.roles().size() + " "
        + r.organization().map(OrgRef::toString).orElse("") + " " + r.cues()).toList();
  }
}
