package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-article cache of name keys, against a map from each name's text to its words. */
class NameKeyCacheTest {
  private static final List<String> WORDS = List.of("Al", "al", "Thani", "AlMouada", "bin", "Joa'an", "R.",
      "Ant\u00F3nio", "Guterres", "Khalifa", "Hamad", "X", "Al-Thani", "O`Neil", "9");

  @Test
  void givesTheWordsOfTheTextOfTheUnitsAndTheSameListForTheSameText() {
    // Sentences of name runs, drawn from few words so that names repeat; suffixes and punctuation
    // are left out of the text.
    qt().forAll(lists().of(lists().of(integers().between(0, WORDS.size() + 1)).ofSizeBetween(1, 5))
        .ofSizeBetween(1, 60)).checkAssert(runs -> {
          NameKeyCache cache = new NameKeyCache();
          Map<String, List<String>> reference = new HashMap<>();
          for (List<Integer> run : runs) {
            // Words at even places read their text from the folded text, the others hold it.
            StringBuilder folded = new StringBuilder("pad ");
            int[] starts = new int[run.size()];
            for (int k = 0; k < run.size(); k++) {
              if (run.get(k) < WORDS.size() && k % 2 == 0) {
                starts[k] = folded.length();
                folded.append(WORDS.get(run.get(k))).append(' ');
              }
            }
            String source = folded.toString();
            List<Unit> units = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < run.size(); k++) {
              int w = run.get(k);
              if (w == WORDS.size()) {
                units.add(Unit.of(0, 3, "Jr.", WordClass.SUFFIX, null));
              } else if (w == WORDS.size() + 1) {
                units.add(Unit.of(0, 1, ",", WordClass.PUNCT, null));
              } else {
                String word = WORDS.get(w);
                units.add(k % 2 == 0 ? Unit.word(source, starts[k], starts[k] + word.length(), WordClass.NAME, null)
                    : Unit.of(0, word.length(), word, WordClass.NAME, null));
                text.append(word).append(' ');
              }
            }
            List<Unit> bound = units;
            List<String> expected = reference.computeIfAbsent(text.toString(), NameKey::words);
            List<String> key = cache.keyWords(bound, 0, bound.size());
            assertThat(key).isEqualTo(expected);
            assertThat(cache.keyWords(bound, 0, bound.size())).isSameAs(key);
            assertThatThrownBy(() -> key.add("x")).isInstanceOf(UnsupportedOperationException.class);
          }
        });
  }
}
