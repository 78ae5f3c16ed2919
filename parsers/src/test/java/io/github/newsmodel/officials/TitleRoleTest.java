package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.ArticleGenerators;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A title role detached from the units of its sentence answers as it did attached. */
class TitleRoleTest {

  @Test
  void detachedRolesAnswerAsAttachedOnes() {
    qt().forAll(ArticleGenerators.seeds().mix(TextGenerators.articleTexts(), 50)).checkAssert(text -> {
      String folded = MatchText.fold(text);
      TokenList tokens = new TokenList(folded, 4);
      UnitClassifier.Buffer buffer = new UnitClassifier.Buffer();
      List<TitleRole> detached = new ArrayList<>();
      List<List<Object>> expected = new ArrayList<>();
      int from = 0;
      while (from < folded.length()) {
        int to = folded.indexOf('.', from);
        to = to < 0 ? folded.length() : to + 1;
        // The same sentence on units of its own, never reused, gives the answers expected.
        List<Unit> fresh = UnitClassifier.classify(Tokenizer.tokenize(folded, from, to));
        for (TitleRun run : TitleScanner.findAll(text, fresh)) {
          for (TitleRole role : run.roles()) {
            expected.add(answers(role));
          }
        }
        List<Unit> reused = UnitClassifier.classify(Tokenizer.tokenize(folded, from, to, tokens), buffer);
        for (TitleRun run : TitleScanner.findAll(text, reused)) {
          for (TitleRole role : run.roles()) {
            role.detach();
            detached.add(role);
          }
        }
        from = to;
      }
      List<List<Object>> actual = new ArrayList<>();
      for (TitleRole role : detached) {
        actual.add(answers(role));
      }
      assertThat(actual).isEqualTo(expected);
    });
  }

  private static List<Object> answers(TitleRole role) {
    return List.of(role.span(), role.value(), role.head(), List.copyOf(role.modifiers()), List.copyOf(role.words()),
        role.cues());
  }
}
