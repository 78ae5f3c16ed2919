package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class EventSentenceTest {

  private static EventSentence sentence(String text) {
    return EventSentence.of(MatchText.fold(text), 0, Span.of(0, text.length()), 0, false);
  }

  private static List<String> words(EventSentence s) {
    return s.tokens().stream().map(Token::lower).toList();
  }

  @Test
  void wordsAreTheLowerCaseOfTheirTextAndHashesThoseOfTheLowerCase() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 80)).checkAssert(raw -> {
      String text = "Minister AL-Thani's \"Visit\" to D.C. " + raw + " ÉTAT Straße İstanbul";
      String folded = MatchText.fold(text);
      EventSentence s = sentence(text);
      for (int i = 0; i < s.size(); i++) {
        Token token = s.token(i);
        String written = folded.substring(token.start(), token.end());
        assertThat(token.lower())
            .isEqualTo(token.kind() == Token.Kind.PUNCT ? written : written.toLowerCase(java.util.Locale.ROOT));
        assertThat(s.lowerHash(i)).isEqualTo(token.lower().hashCode());
      }
    });
  }

  @Test
  void possessivesAreTokensOfTheirOwn() {
    EventSentence s = sentence("Qatar\u2019s minister and the countries' envoys met Joa\u2019an.");
    assertThat(words(s)).containsExactly("qatar", "'s", "minister", "and", "the", "countries", "'", "envoys",
        "met", "joa'an", ".");
    assertThat(s.token(1).kind()).isEqualTo(Token.Kind.POSSESSIVE);
    assertThat(s.token(6).kind()).isEqualTo(Token.Kind.POSSESSIVE);
  }

  @Test
  void hyphenatedWordsStayWholeAndSpansAreThoseOfTheText() {
    String text = "Al-Thani\u00a0met in-kind donors \u2013 U.S. officials";
    EventSentence s = sentence(text);
    assertThat(words(s)).containsExactly("al-thani", "met", "in-kind", "donors", "-", "u", ".", "s", ".",
        "officials");
    for (Token t : s.tokens()) {
      assertThat(MatchText.fold(text.substring(t.start(), t.end())).toLowerCase()).isEqualTo(t.lower());
    }
  }

  @Test
  void tokensInsideDoubleQuotesAreMarkedQuoted() {
    EventSentence s = sentence("He said \u201cwe met them\u201d today");
    assertThat(s.tokens()).filteredOn(Token::quoted).extracting(Token::lower).containsExactly("we", "met", "them",
        "\"");
    assertThat(s.token(s.size() - 1).quoted()).isFalse();
  }

  @Test
  void offsetsMapToTokenIndexes() {
    EventSentence s = sentence("The ministers met.");
    assertThat(s.firstAtOrAfter(4)).isEqualTo(1);
    assertThat(s.firstAtOrAfter(100)).isEqualTo(s.size());
    assertThat(s.startOf(s.size())).isEqualTo(18);
    assertThat(s.endOf(-1)).isEqualTo(0);
    assertThat(s.isWord(2, "met")).isTrue();
    assertThat(s.lower(-1)).isEmpty();
  }
}
