package io.github.newsmodel.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.testing.TextGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word tables answer exactly as hash maps of the same words, without copying the text. */
class WordTableTest {

  @Test
  void answersAsAMapOfTheSameWords() {
    qt().forAll(lists().of(TextGenerators.trickyWords()).ofSizeBetween(0, 30), TextGenerators.trickyTexts(),
        integers().between(0, 1000), integers().between(0, 20)).checkAssert((words, text, from, length) -> {
          Map<String, Integer> exact = new HashMap<>();
          Map<String, Integer> lower = new HashMap<>();
          for (int i = 0; i < words.size(); i++) {
            exact.putIfAbsent(words.get(i), i);
            lower.putIfAbsent(words.get(i).toLowerCase(Locale.ROOT), i);
          }
          WordTable<Integer> exactTable = WordTable.of(exact);
          WordTable<Integer> lowerTable = WordTable.of(lower);
          String probe = text + String.join("", words);
          int start = Math.min(from, probe.length());
          int end = Math.min(start + length, probe.length());
          String range = probe.substring(start, end);
          assertThat(exactTable.get(probe, start, end)).isEqualTo(exact.get(range));
          assertThat(exactTable.contains(probe, start, end)).isEqualTo(exact.containsKey(range));
          assertThat(lowerTable.getIgnoreCase(probe, start, end)).isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          assertThat(lowerTable.getIgnoreCase((CharSequence) new StringBuilder(probe), start, end))
              .isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          assertThat(lowerTable.getIgnoreCase(probe, start, end, packedLowerCase(probe, start, end)))
              .isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          assertThat(lowerTable.getIgnoreCase(probe.toCharArray(), start, end, packedLowerCase(probe, start, end)))
              .isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          assertThat(lowerTable.getIgnoreCase(probe.toCharArray(), start, end, -1))
              .isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          WordTable<Integer> sparse = WordTable.ofSparse(lower);
          assertThat(sparse.getIgnoreCase(probe.toCharArray(), start, end, packedLowerCase(probe, start, end)))
              .isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          assertThat(sparse.getIgnoreCase(probe, start, end)).isEqualTo(lower.get(range.toLowerCase(Locale.ROOT)));
          assertThat(WordTable.ofSparse(exact).get(probe, start, end)).isEqualTo(exact.get(range));
          for (String word : words) {
            assertThat(exactTable.get(word)).isEqualTo(exact.get(word));
            String shouted = "<" + word.toUpperCase(Locale.ROOT) + ">";
            assertThat(lowerTable.getIgnoreCase(shouted, 1, shouted.length() - 1))
                .isEqualTo(lower.get(shouted.substring(1, shouted.length() - 1).toLowerCase(Locale.ROOT)));
          }
        });
  }

  @Test
  void packsShortAsciiWordsOnly() {
    assertThat(packedLowerCase("Minister", 0, 8)).isEqualTo(packedLowerCase("minister", 0, 8)).isPositive();
    assertThat(packedLowerCase("ambassador", 0, 10)).isEqualTo(-1);
    assertThat(packedLowerCase("ambassado", 0, 9)).isPositive();
    assertThat(packedLowerCase("S\u0101o", 0, 3)).isEqualTo(-1);
    assertThat(packedLowerCase("a\u0000b", 0, 3)).isEqualTo(-1);
    assertThat(packedLowerCase("", 0, 0)).isZero();
  }

  /** What a reader feeding the characters of {@code text[start, end)} one by one packs. */
  private static long packedLowerCase(String text, int start, int end) {
    long packed = 0;
    for (int i = start; i < end; i++) {
      packed = WordTable.packLowerCase(packed, text.charAt(i));
    }
    return packed;
  }

  @Test
  void answersAsAMapForEveryLexiconWordInAnyCase() {
    // Every word and phrase of the lexicons, short and long, ASCII or not, looked up in random case,
    // cut short, with one character changed, and inside a longer text.
    Map<String, Integer> lower = new HashMap<>();
    Map<String, Integer> exact = new HashMap<>();
    for (String file : List.of("cities.tsv", "countries.tsv", "honorifics.tsv", "organization-words.tsv",
        "title-words.tsv", "name-parts.tsv", "non-name-words.txt", "stopwords.tsv", "months.tsv")) {
      for (String line : LexiconResource.lines(file)) {
        for (String field : line.split("[\\t|]")) {
          for (String word : (field + " " + field.replace(' ', '\u0000')).split(" ")) {
            lower.putIfAbsent(word.toLowerCase(Locale.ROOT), lower.size());
            exact.putIfAbsent(word, exact.size());
          }
          lower.putIfAbsent(field.toLowerCase(Locale.ROOT), lower.size());
        }
      }
    }
    WordTable<Integer> lowerTable = WordTable.of(lower);
    WordTable<Integer> exactTable = WordTable.of(exact);
    Random random = new Random(7);
    List<String> probes = new ArrayList<>();
    for (String word : exact.keySet()) {
      probes.add(word);
      probes.add(randomCase(word, random));
      probes.add(word.toUpperCase(Locale.ROOT));
      if (!word.isEmpty()) {
        probes.add(word.substring(0, word.length() - 1));
        char[] changed = word.toCharArray();
        changed[random.nextInt(changed.length)] ^= (char) (1 << random.nextInt(7));
        probes.add(new String(changed));
      }
    }
    for (String probe : probes) {
      String range = probe.toLowerCase(Locale.ROOT);
      assertThat(lowerTable.getIgnoreCase(probe, 0, probe.length())).as(probe).isEqualTo(lower.get(range));
      assertThat(exactTable.get(probe)).as(probe).isEqualTo(exact.get(probe));
      String text = "A " + probe + ".";
      assertThat(lowerTable.getIgnoreCase(text, 2, 2 + probe.length())).as(probe).isEqualTo(lower.get(range));
      assertThat(lowerTable.getIgnoreCase(text, 2, 2 + probe.length(), packedLowerCase(text, 2, 2 + probe.length())))
          .as(probe).isEqualTo(lower.get(range));
      assertThat(lowerTable.getIgnoreCase((CharSequence) new StringBuilder(text), 2, 2 + probe.length()))
          .as(probe).isEqualTo(lower.get(range));
      assertThat(lowerTable.getIgnoreCase(text.toCharArray(), 2, 2 + probe.length(), -1))
          .as(probe).isEqualTo(lower.get(range));
      assertThat(exactTable.get(text, 2, 2 + probe.length())).as(probe).isEqualTo(exact.get(probe));
    }
  }

  private static String randomCase(String word, Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  @Test
  void equalsLowerCaseIsEqualityOfTheLowerCaseForm() {
    qt().forAll(TextGenerators.trickyWords(), TextGenerators.trickyWords()).checkAssert((a, b) -> {
      String key = a.toLowerCase(Locale.ROOT);
      assertThat(WordTable.equalsLowerCase(key, b)).isEqualTo(b.toLowerCase(Locale.ROOT).equals(key));
      assertThat(WordTable.equalsLowerCase(key, a)).isTrue();
      String text = "x" + b + "y";
      assertThat(WordTable.equalsLowerCase(key, text, 1, 1 + b.length()))
          .isEqualTo(b.toLowerCase(Locale.ROOT).equals(key));
    });
  }

  @Test
  void caseMappingsBeyondAsciiFollowTheRootLocale() {
    WordTable<Boolean> words = WordTable.ofWords(Set.of("kelvin", "visit", "i\u0307stanbul"));
    // The Kelvin sign lower-cases to "k"; the long s does not lower-case to "s"; dotted capital I
    // lower-cases to two characters.
    assertThat(words.getIgnoreCase("\u212Aelvin", 0, 6)).isTrue();
    assertThat(words.getIgnoreCase("vi\u017Fit", 0, 5)).isNull();
    assertThat(words.getIgnoreCase("\u0130stanbul", 0, 8)).isTrue();
    assertThat(words.getIgnoreCase("VISIT", 0, 5)).isTrue();
    assertThat(words.get("VISIT")).isNull();
  }

  @Test
  void emptyTablesAndRangesFindNothing() {
    WordTable<Boolean> none = WordTable.ofWords(List.of());
    assertThat(none.get("anything")).isNull();
    assertThat(none.getIgnoreCase("", 0, 0)).isNull();
    WordTable<Boolean> empty = WordTable.ofWords(List.of(""));
    assertThat(empty.get("abc", 1, 1)).isTrue();
  }
}
