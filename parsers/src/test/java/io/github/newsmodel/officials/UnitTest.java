package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Tokens and units read the folded text in place and cut their text only when asked: every
 * answer is the one their text would give, before and after it is cut.
 */
class UnitTest {
  private static final WordTable<Boolean> WORDS = WordTable.ofWords(Set.of("of", "the", "and", "Minister"));
  private static final WordTable<Boolean> LOWER_WORDS = WordTable.ofWords(Set.of("of", "the", "and", "minister"));

  @Test
  void unitsAnswerAsTheirText() {
    qt().forAll(TextGenerators.articleTexts().mix(TextGenerators.trickyTexts(), 30)).checkAssert(text -> {
      String folded = MatchText.fold(text);
      TokenList tokens = Tokenizer.tokenize(folded, 0, folded.length());
      for (int i = 0; i < tokens.size(); i++) {
        assertThat(tokens.text(i)).isEqualTo(folded.substring(tokens.start(i), tokens.end(i)));
        assertThat(tokens.length(i)).isEqualTo(tokens.end(i) - tokens.start(i));
        if (tokens.type(i) == TokenList.Type.WORD) {
          // What the tokenizer notes while reading a word is what reading the word again gives.
          long packed = 0;
          for (char c : tokens.text(i).toCharArray()) {
            packed = WordTable.packLowerCase(packed, c);
          }
          assertThat(tokens.lowerKey(i)).isEqualTo(packed);
          assertThat(tokens.writtenKey(i))
              .isEqualTo(TokenList.packAsWritten(folded, tokens.start(i), tokens.end(i)));
          assertThat(tokens.charAt(tokens.start(i))).isEqualTo(folded.charAt(tokens.start(i)));
          assertThat(tokens.hyphenated(i)).isEqualTo(tokens.text(i).indexOf('-') >= 0);
        }
      }
      List<Unit> units = UnitClassifier.classify(tokens);
      int previousEnd = 0;
      for (Unit unit : units) {
        assertThat(unit.start()).isGreaterThanOrEqualTo(previousEnd);
        previousEnd = unit.end();
        Answers before = Answers.of(unit);
        String written = unit.text();
        if (written.length() == unit.end() - unit.start()) {
          assertThat(written).isEqualTo(folded.substring(unit.start(), unit.end()));
        }
        assertThat(before).isEqualTo(Answers.of(unit)).isEqualTo(Answers.expected(written));
      }
    });
  }

  @Test
  void phraseUnitsJoinTheirTokensWithSingleSpaces() {
    qt().forAll(TextGenerators.articleTexts().mix(TextGenerators.trickyTexts(), 30)
        .mix(Generate.pick(List.of("the Kingdom of  Saudi\nArabia's Crown  Prince",
            "People 's Republic of China, Crown\tPrince", "U.S.  Secretary of State")), 20)).checkAssert(text -> {
              String folded = MatchText.fold(text);
              TokenList tokens = Tokenizer.tokenize(folded, 0, folded.length());
              List<Unit> units = UnitClassifier.classify(tokens);
              int t = 0;
              for (Unit unit : units) {
                StringBuilder expected = new StringBuilder();
                int first = t;
                while (t < tokens.size() && tokens.end(t) <= unit.end()) {
                  if (t > first && tokens.type(t) == TokenList.Type.WORD) {
                    expected.append(' ');
                  }
                  expected.append(tokens.text(t));
                  t++;
                }
                assertThat(unit.text()).isEqualTo(expected.toString());
              }
              assertThat(t).isEqualTo(tokens.size());
            });
  }

  @Test
  void classifiedUnitsKnowTheWordsOfVisits() {
    String folded = MatchText.fold("Visiting Doha, he visited VISITS and a visitor's visit-to Qatar: visit.");
    List<Unit> units = UnitClassifier.classify(Tokenizer.tokenize(folded, 0, folded.length()));
    List<String> visits = units.stream().filter(Unit::isVisitWord).map(Unit::text).toList();
    assertThat(visits).containsExactly("Visiting", "visited", "VISITS", "visit");
    assertThat(units.stream().filter(Unit::isVisitWord).map(Unit::copy).allMatch(Unit::isVisitWord)).isTrue();
  }

  @Test
  void classSetsAnswerAsTheirClasses() {
    for (WordClass cls : WordClass.values()) {
      Unit unit = Unit.of(0, 1, "x", cls, null);
      assertThat(unit.isAnyOf(Unit.classes())).isFalse();
      for (WordClass a : WordClass.values()) {
        for (WordClass b : WordClass.values()) {
          assertThat(unit.isAnyOf(Unit.classes(a, b))).as(cls + " in " + a + ", " + b).isEqualTo(cls == a || cls == b);
        }
      }
    }
  }

  @Test
  void tokenListsAreReusable() {
    String folded = MatchText.fold("The Minister met H.E. Sheikh Ahmed. He said so.");
    TokenList reused = new TokenList(folded, 1);
    Tokenizer.tokenize(folded, 0, folded.length(), reused);
    Tokenizer.tokenize(folded, 0, 12, reused);
    TokenList fresh = Tokenizer.tokenize(folded, 0, 12);
    assertThat(reused.size()).isEqualTo(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      assertThat(reused.text(i)).isEqualTo(fresh.text(i));
      assertThat(reused.type(i)).isEqualTo(fresh.type(i));
    }
  }

  @Test
  void isWordComparesAsRegionMatchesIgnoringCase() {
    List<String> words = List.of("the", "of", "k", "s", "i", "signed", "@", "[");
    List<String> written = List.of("the", "THE", "tHe", "of", "OF", "Of", "k", "K", "\u212A", "s", "S", "\u017F", "i",
        "I", "\u0131", "\u0130", "`", "{", "@", "[", "signed", "SIGNED", "sıgned", "öf", "of-", "o");
    for (String word : words) {
      for (String text : written) {
        String folded = "x " + text + " y";
        Unit inPlace = Unit.word(folded, 2, 2 + text.length(), WordClass.LOWER, null);
        Unit cut = Unit.of(2, 2 + text.length(), text, WordClass.LOWER, null);
        boolean expected = text.equalsIgnoreCase(word);
        assertThat(inPlace.isWord(word)).as(text + " / " + word).isEqualTo(expected);
        assertThat(cut.isWord(word)).as(text + " / " + word).isEqualTo(expected);
        assertThat(inPlace.copy().isWord(word)).as(text + " / " + word).isEqualTo(expected);
      }
    }
  }

  @Test
  void reusedUnitsAnswerAsFreshOnes() {
    qt().forAll(TextGenerators.articleTexts().mix(TextGenerators.trickyTexts(), 30)).checkAssert(text -> {
      String folded = MatchText.fold(text);
      TokenList tokens = new TokenList(folded, 4);
      UnitClassifier.Buffer buffer = new UnitClassifier.Buffer();
      List<Unit> earlier = List.of();
      List<Unit> earlierCopies = List.of();
      int from = 0;
      while (from < folded.length()) {
        int to = folded.indexOf('.', from);
        to = to < 0 ? folded.length() : to + 1;
        List<Unit> reused = UnitClassifier.classify(Tokenizer.tokenize(folded, from, to, tokens), buffer);
        List<Unit> fresh = UnitClassifier.classify(Tokenizer.tokenize(folded, from, to));
        assertThat(reused).hasSameSizeAs(fresh);
        for (int i = 0; i < fresh.size(); i++) {
          assertSame(reused.get(i), fresh.get(i));
        }
        // Copies taken before the buffer was reused still answer as the units they copied.
        for (int i = 0; i < earlier.size(); i++) {
          assertSame(earlierCopies.get(i), earlier.get(i));
        }
        earlier = fresh;
        earlierCopies = reused.stream().map(Unit::copy).toList();
        from = to;
      }
    });
  }

  private static void assertSame(Unit actual, Unit expected) {
    assertThat(actual.start()).isEqualTo(expected.start());
    assertThat(actual.end()).isEqualTo(expected.end());
    assertThat(actual.cls()).isEqualTo(expected.cls());
    assertThat(actual.value()).isEqualTo(expected.value());
    assertThat(Answers.of(actual)).isEqualTo(Answers.of(expected));
    assertThat(actual.text()).isEqualTo(expected.text());
  }

  /** What the mention rules ask a unit. */
  private record Answers(int length, char first, int hyphen, boolean the, boolean isThe, boolean capitalized,
      boolean inWords, boolean inLowerWords, boolean visit) {

    static Answers of(Unit unit) {
      return new Answers(unit.length(), unit.charAt(0), unit.indexOf('-'), unit.isWord("the"), unit.isThe(),
          unit.capitalized(),
          unit.isIn(WORDS), unit.isInIgnoreCase(LOWER_WORDS), unit.isVisitWord());
    }

    static Answers expected(String text) {
      char first = text.charAt(0);
      return new Answers(text.length(), first, text.indexOf('-'), text.equalsIgnoreCase("the"),
          text.equalsIgnoreCase("the"),
          Character.isUpperCase(first) || Character.isTitleCase(first),
          Set.of("of", "the", "and", "Minister").contains(text),
          Set.of("of", "the", "and", "minister").contains(text.toLowerCase(Locale.ROOT)),
          ArticleCountries.VISIT_WORDS.contains(text.toLowerCase(Locale.ROOT)));
    }
  }
}
