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

  /** What the mention rules ask a unit. */
  private record Answers(int length, char first, int hyphen, boolean the, boolean capitalized, boolean inWords,
      boolean inLowerWords) {

    static Answers of(Unit unit) {
      return new Answers(unit.length(), unit.charAt(0), unit.indexOf('-'), unit.isWord("the"), unit.capitalized(),
          unit.isIn(WORDS), unit.isInIgnoreCase(LOWER_WORDS));
    }

    static Answers expected(String text) {
      char first = text.charAt(0);
      return new Answers(text.length(), first, text.indexOf('-'), text.equalsIgnoreCase("the"),
          Character.isUpperCase(first) || Character.isTitleCase(first),
          Set.of("of", "the", "and", "Minister").contains(text),
          Set.of("of", "the", "and", "minister").contains(text.toLowerCase(Locale.ROOT)));
    }
  }
}
