package io.github.newsmodel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.instance();

  private static Optional<String> language(String text) {
    return DETECTOR.detect(text, Span.of(0, text.length())).map(LanguageDetector.Guess::language);
  }

  @Test
  void recognisesEnglish() {
    assertThat(language("The Secretary of State met the Foreign Minister in Doha to discuss the security of the "
        + "region and their shared commitment to peace.")).contains("en");
  }

  @Test
  void recognisesOtherLanguages() {
    assertThat(language("Le ministre des Affaires étrangères a rencontré son homologue pour discuter de la "
        + "sécurité dans la région et des relations entre les deux pays.")).contains("fr");
    assertThat(language("Der Minister hat sich mit dem Botschafter getroffen, um über die Sicherheit in der "
        + "Region und die Beziehungen zwischen den beiden Ländern zu sprechen.")).contains("de");
    assertThat(language("El ministro se reunió con el embajador para hablar de la seguridad en la región y de "
        + "las relaciones entre los dos países.")).contains("es");
  }

  @Test
  void staysSilentWhenUnsure() {
    assertThat(language("")).isEmpty();
    assertThat(language("Doha Qatar NCC HE")).isEmpty();
    assertThat(language("xq zv kk pp tt rr ww qq mm nn")).isEmpty();
  }

  @Test
  void readsABoundedSampleThatStartsWithinTheSpan() {
    String text = "x".repeat(10) + " the meeting of the ministers and the envoys was held in the capital. ".repeat(5000);
    LanguageDetector.Guess guess = DETECTOR.detect(text, Span.of(10, text.length())).orElseThrow();
    assertThat(guess.language()).isEqualTo("en");
    assertThat(guess.sample().start()).isGreaterThanOrEqualTo(10);
    assertThat(guess.sample().length()).isLessThanOrEqualTo(LanguageDetector.MAX_SAMPLE);
    assertThat(guess.confidence()).isBetween(0.0, 1.0);
  }

  /** The languages of each function word, read straight from the list. */
  private static final List<String> LANGUAGES = new ArrayList<>();
  private static final Map<String, List<Integer>> LANGUAGES_BY_WORD = new HashMap<>();

  static {
    for (String[] row : LexiconResource.rows("stopwords.tsv", 2)) {
      int index = LANGUAGES.size();
      LANGUAGES.add(row[0]);
      for (String word : row[1].split("\\|")) {
        if (!word.isEmpty()) {
          List<Integer> list = LANGUAGES_BY_WORD.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
          if (!list.contains(index)) {
            list.add(index);
          }
        }
      }
    }
  }

  /**
   * The guess made the plain way: the sample's runs of letters, each lower-cased and looked up in a
   * map, then the same decision.
   */
  private static Optional<String> referenceLanguage(String text, Span sample) {
    int[] hits = new int[LANGUAGES.size()];
    int words = 0;
    int i = sample.start();
    while (i < sample.end()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < sample.end() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      words++;
      String word = text.substring(s, i);
      List<Integer> in = i - s <= 12 ? LANGUAGES_BY_WORD.get(word.toLowerCase(Locale.ROOT)) : null;
      if (in != null) {
        for (int language : in) {
          hits[language]++;
        }
      }
    }
    int best = -1;
    int second = -1;
    for (int l = 0; l < hits.length; l++) {
      if (best < 0 || hits[l] > hits[best]) {
        second = best;
        best = l;
      } else if (second < 0 || hits[l] > hits[second]) {
        second = l;
      }
    }
    int top = hits[best];
    int runnerUp = second < 0 ? 0 : hits[second];
    return top < 3 || top * 10 < words || top * 2 < runnerUp * 3 ? Optional.empty() : Optional.of(LANGUAGES.get(best));
  }

  /**
   * The sample of a whole text, cut the plain way: the first {@link LanguageDetector#MAX_SAMPLE}
   * characters, back to the end of a word, trimmed.
   */
  private static Span referenceSample(String text) {
    int end = text.length();
    if (end > LanguageDetector.MAX_SAMPLE) {
      end = LanguageDetector.MAX_SAMPLE;
      while (end > 0 && Character.isLetter(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        end = LanguageDetector.MAX_SAMPLE;
      }
      if (Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
    }
    return TextSpans.trim(text, 0, end);
  }

  @Test
  void countsTheFunctionWordsAsAPlainLookupDoes() {
    List<String> pieces = new ArrayList<>(LANGUAGES_BY_WORD.keySet());
    for (String word : LANGUAGES_BY_WORD.keySet()) {
      // ASCII function words in capitals and with a capital, each lower-cased as it is packed.
      if (word.chars().allMatch(c -> c < 0x80)) {
        pieces.add(word.toUpperCase(Locale.ROOT));
        pieces.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      }
    }
    pieces.addAll(List.of(" ", " ", " ", "\u2019", "\u201c", "\u2013", "\u00a0", ".", ",", "\n", "THE", "Der", "LA",
        "ministers", "Minister", "abcdefghijklmnopq", "x", "\u00e9t\u00e9", "\u0130", "\u212a", "\u00c9T\u00c9",
        "\ud83d\ude00", "1999"));
    qt().withExamples(2000)
        .forAll(lists().of(arbitrary().pick(pieces)).ofSizeBetween(0, 400), TextGenerators.trickyTexts())
        .checkAssert((words, tricky) -> {
          for (String text : List.of(String.join("", words), String.join(" ", words), tricky + String.join(" ", words))) {
            Span all = Span.of(0, text.length());
            Optional<LanguageDetector.Guess> plain = DETECTOR.detect(text, all);
            Span sample = referenceSample(text);
            plain.ifPresent(guess -> assertThat(guess.sample()).as("%s", text).isEqualTo(sample));
            assertThat(plain.map(LanguageDetector.Guess::language)).as("%s", text)
                .isEqualTo(referenceLanguage(text, sample));
          }
        });
  }
}
