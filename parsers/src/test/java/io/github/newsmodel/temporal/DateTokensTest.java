package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Date words looked up in place give what the lexicon gives for the word in lower case. */
class DateTokensTest {
  private static final TemporalLexicon LEXICON = TemporalLexicon.instance();

  @Test
  void lookupsInPlaceMatchLookupsOfTheLowerCaseWord() {
    qt().forAll(TextGenerators.dateishTexts().mix(TextGenerators.trickyTexts(), 30)).checkAssert(text -> {
      String folded = MatchText.fold(text);
      DateTokens tokens = new DateTokens(folded, 0);
      for (int i = 0; i < tokens.size(); i++) {
        String lower = tokens.isWord(i) && tokens.length(i) <= DateTokens.MAX_WORD
            ? folded.substring(tokens.start(i), tokens.end(i)).toLowerCase(Locale.ROOT) : "";
        assertThat(LEXICON.month(tokens, i)).isEqualTo(LEXICON.month(lower).orElse(null));
        assertThat(LEXICON.weekday(tokens, i)).isEqualTo(LEXICON.weekday(lower).orElse(null));
        assertThat(LEXICON.relativesStartingWith(tokens, i)).isEqualTo(LEXICON.relativesStartingWith(lower));
        assertThat(LEXICON.tenseCue(tokens, i)).isEqualTo(LEXICON.tenseCue(lower).orElse(null));
        assertThat(LEXICON.isDateCue(tokens, i)).isEqualTo(LEXICON.isDateCue(lower));
        for (String word : new String[] {"t", "z", "gmt", "utc"}) {
          assertThat(tokens.isLowerWord(i, word)).isEqualTo(!lower.isEmpty() && lower.equals(word));
        }
        if (tokens.isWord(i)) {
          assertThat(tokens.endsWith(i, "ed")).isEqualTo(folded.substring(tokens.start(i), tokens.end(i)).endsWith("ed"));
        }
      }
    });
  }
}
