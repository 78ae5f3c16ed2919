package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The common-word table gives one canonical lower-case string per word, whatever the case. */
class CommonWordsTest {
  private static final List<String> WORDS = List.of("meeting", "met", "talks", "minister", "cooperation",
      "agreement", "memorandum", "security", "the", "of", "and", "discussed", "counterpart");

  private static String find(String text, int from, int to) {
    return CommonWords.find(text, from, to, text.substring(from, to).toLowerCase(Locale.ROOT).hashCode());
  }

  @Test
  void findsLexiconWordsInAnyCaseAsOneString() {
    for (String word : WORDS) {
      String lower = find(word, 0, word.length());
      assertThat(lower).as(word).isEqualTo(word);
      String upper = word.toUpperCase(Locale.ROOT);
      String text = "(" + upper + ")";
      assertThat(find(text, 1, text.length() - 1)).as(upper).isSameAs(lower);
    }
  }

  @Test
  void anyAsciiWordIsEitherMissingOrItsOwnLowerCase() {
    qt().forAll(strings().betweenCodePoints('A', 'z').ofLengthBetween(1, 14), integers().between(0, WORDS.size() - 1))
        .checkAssert((random, pick) -> {
          for (String word : List.of(random, WORDS.get(pick) + random, WORDS.get(pick))) {
            String text = " " + word + " ";
            String found = find(text, 1, 1 + word.length());
            if (found != null) {
              assertThat(found).isEqualTo(word.toLowerCase(Locale.ROOT));
              assertThat(find(word.toLowerCase(Locale.ROOT), 0, word.length())).isSameAs(found);
            }
          }
        });
  }

  @Test
  void aWordBeyondAsciiIsNoAsciiWord() {
    String text = "m\u00E9eting meeting";
    assertThat(find(text, 0, 7)).isNull();
    assertThat(find(text, 8, 15)).isEqualTo("meeting");
  }
}
