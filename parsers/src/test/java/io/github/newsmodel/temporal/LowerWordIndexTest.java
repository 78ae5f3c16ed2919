package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Looking a word up in place, packed or hashed, gives what a map gives for the word in lower case. */
class LowerWordIndexTest {
  private static final List<String> KEYS = List.of("a", "in", "of", "may", "march", "sept", "wednesday",
      "yesterday", "previously", "forthcoming", "throughout", "abcdefghi", "abcdefghij", "zzzzzzzzzzzzzzzzzz");
  private static final Map<String, Integer> MAP = new HashMap<>();
  private static final LowerWordIndex<Integer> INDEX;

  static {
    for (int k = 0; k < KEYS.size(); k++) {
      MAP.put(KEYS.get(k), k);
    }
    INDEX = new LowerWordIndex<>(MAP);
  }

  private static Gen<String> words() {
    Gen<String> letters = lists().of(arbitrary().pick("a", "b", "i", "j", "z", "A", "B", "I", "J", "Z", "e", "E",
        "s", "S", "y", "Y")).ofSizeBetween(1, 20).map(parts -> String.join("", parts));
    Gen<String> keys = arbitrary().pick(KEYS).zip(arbitrary().pick(0, 1, 2), (key, casing) ->
        casing == 0 ? key : casing == 1 ? key.toUpperCase(Locale.ROOT)
            : Character.toUpperCase(key.charAt(0)) + key.substring(1));
    return keys.mix(letters, 50);
  }

  @Test
  void asciiWordsInPlaceGiveWhatTheMapGivesForTheirLowerCase() {
    qt().withExamples(3000).forAll(words()).checkAssert(word -> {
      String text = "<" + word + ">";
      Integer expected = MAP.get(word.toLowerCase(Locale.ROOT));
      long packed = 0;
      for (int k = 0; k < word.length(); k++) {
        packed = LowerWordIndex.pack(packed, word.charAt(k));
      }
      if (word.length() <= LowerWordIndex.MAX_PACKED) {
        assertThat(INDEX.getPacked(packed)).isEqualTo(expected);
      }
      assertThat(INDEX.get(text, 1, 1 + word.length())).isEqualTo(expected);
      assertThat(INDEX.get(word.toLowerCase(Locale.ROOT))).isEqualTo(expected);
    });
  }

  @Test
  void theLongestKeyIsKnown() {
    assertThat(INDEX.maxLength()).isEqualTo(18);
    assertThat(INDEX.get("t\u00e9")).isNull();
  }
}
