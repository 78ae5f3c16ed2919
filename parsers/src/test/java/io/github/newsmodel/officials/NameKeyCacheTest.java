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
  private static final int SUFFIX = WORDS.size();
  private static final int COMMA = WORDS.size() + 1;

  @Test
  void givesTheWordsOfTheTextOfTheUnitsAndTheSameListForTheSameText() {
    // Names drawn from few words, so that they repeat. The words of a name are written in the
    // folded text with single spaces, with two spaces, or not at all (units holding their text);
    // suffixes and punctuation are left out of the text of a name.
    qt().forAll(lists().of(lists().of(integers().between(0, COMMA)).ofSizeBetween(1, 5)).ofSizeBetween(1, 60))
        .checkAssert(runs -> {
          StringBuilder written = new StringBuilder("The ");
          List<int[]> starts = new ArrayList<>();
          for (int r = 0; r < runs.size(); r++) {
            List<Integer> run = runs.get(r);
            int[] runStarts = new int[run.size()];
            for (int k = 0; k < run.size(); k++) {
              runStarts[k] = written.length();
              written.append(piece(run.get(k))).append(r % 3 == 1 ? "  " : " ");
            }
            starts.add(runStarts);
          }
          String folded = written.toString();
          NameKeyCache cache = new NameKeyCache(folded);
          Map<String, List<String>> reference = new HashMap<>();
          for (int r = 0; r < runs.size(); r++) {
            List<Integer> run = runs.get(r);
            List<Unit> units = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < run.size(); k++) {
              int w = run.get(k);
              int start = starts.get(r)[k];
              String piece = piece(w);
              if (w == SUFFIX || w == COMMA) {
                units.add(Unit.of(start, start + piece.length(), piece, w == SUFFIX ? WordClass.SUFFIX : WordClass.PUNCT,
                    null));
                continue;
              }
              units.add(r % 3 == 2 ? Unit.of(start, start + piece.length(), piece, WordClass.NAME, null)
                  : Unit.word(folded, start, start + piece.length(), WordClass.NAME, null));
              text.append(text.length() > 0 ? " " : "").append(piece);
            }
            List<String> expected = reference.computeIfAbsent(text.toString(), NameKey::words);
            List<String> key = cache.keyWords(units, 0, units.size());
            assertThat(key).as(text.toString()).isEqualTo(expected);
            assertThat(cache.keyWords(units, 0, units.size())).isSameAs(key);
            assertThatThrownBy(() -> key.add("x")).isInstanceOf(UnsupportedOperationException.class);
          }
        });
  }

  private static String piece(int w) {
    return w == SUFFIX ? "Jr." : w == COMMA ? "," : WORDS.get(w);
  }
}
