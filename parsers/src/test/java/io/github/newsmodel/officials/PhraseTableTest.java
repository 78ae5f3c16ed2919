package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.text.MatchText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Phrase lookups, with their shortcuts (candidates ruled out by the next token's first letter),
 * give the longest phrase a phrase-by-phrase comparison gives.
 */
class PhraseTableTest {
  private static final List<String> PHRASES = List.of("The Hague", "the Gambia", "The Honourable", "the", "Saudi Arabia",
      "Saudi", "H.E.", "Dato' Sri", "Minister of State", "Minister", "minister of state for", "U.S.", "US",
      "\u0130stanbul Office", "Kelvin \u212Aey", "the \u00C9lys\u00E9e", "Prime Minister's Office", "St. Kitts");
  private static final List<String> WORDS = List.of("The", "the", "THE", "Hague", "hague", "Gambia", "GAMBIA",
      "Honourable", "Saudi", "Arabia", "ARABIA", "H.E.", "Dato'", "Sri", "Minister", "MINISTER", "of", "Of", "State",
      "state", "for", "U.S.", "US", "us", "\u0130stanbul", "istanbul", "Office", "Kelvin", "\u212Aey", "Key", "key",
      "\u00C9lys\u00E9e", "\u00E9lys\u00E9e", "Prime", "Minister's", "'s", "St.", "Kitts", ",", "x");

  @Test
  void longestMatchIsThatOfComparingEveryPhrase() {
    for (boolean ignoreCase : new boolean[] {false, true}) {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (int k = 0; k < PHRASES.size(); k++) {
        values.putIfAbsent(PHRASES.get(k), k);
      }
      PhraseTable<Integer> table = PhraseTable.of(values, ignoreCase);
      qt().forAll(lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 8)).checkAssert(words -> {
        String folded = MatchText.fold(String.join(" ", words));
        TokenList tokens = Tokenizer.tokenize(folded, 0, folded.length());
        for (int at = 0; at < tokens.size(); at++) {
          PhraseTable.Match<Integer> match = table.longestAt(tokens, at);
          Integer expected = reference(values, ignoreCase, tokens, at);
          assertThat(match == null ? null : match.value()).as(folded + " @" + at).isEqualTo(expected);
        }
      });
    }
  }

  @Test
  void aWordOfLettersLooksUpAsItsOwnPhrase() {
    for (boolean ignoreCase : new boolean[] {false, true}) {
      Map<String, Integer> values = new LinkedHashMap<>();
      for (int k = 0; k < PHRASES.size(); k++) {
        values.putIfAbsent(PHRASES.get(k), k);
      }
      PhraseTable<Integer> table = PhraseTable.of(values, ignoreCase);
      for (String word : WORDS) {
        if (!word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
          continue;
        }
        String written = "x-" + word + "-y";
        assertThat(table.getLetters(written, 2, 2 + word.length())).as(word).isEqualTo(table.get(word));
      }
    }
  }

  /** The value of the longest phrase written at a token, the first given winning among equals. */
  private static Integer reference(Map<String, Integer> values, boolean ignoreCase, TokenList tokens, int at) {
    Integer best = null;
    int bestLength = 0;
    for (Map.Entry<String, Integer> phrase : values.entrySet()) {
      TokenList keys = Tokenizer.tokenize(MatchText.fold(phrase.getKey()));
      if (keys.isEmpty() || keys.size() <= bestLength || at + keys.size() > tokens.size()) {
        continue;
      }
      // The first token is looked up by its lower-case form, which must be the phrase's first word's.
      boolean same = tokens.text(at).toLowerCase(Locale.ROOT).equals(keys.text(0).toLowerCase(Locale.ROOT));
      for (int i = 0; i < keys.size() && same; i++) {
        same = ignoreCase
            ? tokens.text(at + i).toLowerCase(Locale.ROOT).equals(keys.text(i).toLowerCase(Locale.ROOT))
            : tokens.text(at + i).equals(keys.text(i));
      }
      if (same) {
        best = phrase.getValue();
        bestLength = keys.size();
      }
    }
    return best;
  }
}
