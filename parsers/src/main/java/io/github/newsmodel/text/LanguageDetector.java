package io.github.newsmodel.text;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Guesses the language of a text from its function words ({@code stopwords.tsv}): the language
 * whose words the sample uses most, only when it clearly leads (at least {@value #MIN_HITS} hits,
 * a tenth of the words, and half as many again as the runner-up). Reads at most
 * {@value #MAX_SAMPLE} characters, so the cost is bounded whatever the input. Stateless and
 * thread-safe.
 */
public final class LanguageDetector {
  /** The most characters read from the text. */
  public static final int MAX_SAMPLE = 1200;
  private static final int MIN_HITS = 3;
  private static final LanguageDetector INSTANCE = load();

  /**
   * A language guess.
   *
   * @param language the BCP 47 tag, such as {@code en}
   * @param sample the span of text the guess was made from
   * @param confidence the share of the leading language among the two best, in {@code [0, 1]}
   */
  public record Guess(String language, Span sample, double confidence) {}

  /** The longest word looked up. */
  private static final int MAX_WORD = 12;
  private final List<String> languages;
  private final WordTable<int[]> languagesByWord;
  /** By length up to {@link #MAX_WORD}: whether some function word has that length. */
  private final boolean[] wordLengths = new boolean[MAX_WORD + 1];

  private LanguageDetector(List<String> languages, Map<String, int[]> languagesByWord) {
    this.languages = languages;
    this.languagesByWord = WordTable.of(languagesByWord);
    for (String word : languagesByWord.keySet()) {
      if (word.length() <= MAX_WORD) {
        wordLengths[word.length()] = true;
      }
    }
  }

  /**
   * Returns the shared detector.
   *
   * @return the detector
   */
  public static LanguageDetector instance() {
    return INSTANCE;
  }

  private static LanguageDetector load() {
    List<String> languages = new ArrayList<>();
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (String[] row : LexiconResource.rows("stopwords.tsv", 2)) {
      int index = languages.size();
      languages.add(row[0]);
      for (String word : row[1].split("\\|")) {
        if (!word.isEmpty()) {
          List<Integer> list = byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
          if (!list.contains(index)) {
            list.add(index);
          }
        }
      }
    }
    Map<String, int[]> frozen = new HashMap<>();
    byWord.forEach((word, list) -> frozen.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    return new LanguageDetector(List.copyOf(languages), frozen);
  }

  /** {@link Character#isLetter(char)}, answered without a table lookup for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c);
  }

  /**
   * Guesses the language of the text in a span, reading at most {@link #MAX_SAMPLE} characters
   * from its start (cut at a word boundary).
   *
   * @param text the whole text
   * @param within the part to read
   * @return the guess, or empty when no language clearly leads
   */
  public Optional<Guess> detect(String text, Span within) {
    Objects.requireNonNull(text, "text");
    int start = Math.min(within.start(), text.length());
    int end = Math.min(within.end(), text.length());
    if (end - start > MAX_SAMPLE) {
      int cut = start + MAX_SAMPLE;
      while (cut > start && Character.isLetter(text.charAt(cut - 1))) {
        cut--;
      }
      end = cut == start ? start + MAX_SAMPLE : cut;
      if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
    }
    Span sample = TextSpans.trim(text, start, end);
    int[] hits = new int[languages.size()];
    int words = 0;
    int i = sample.start();
    while (i < sample.end()) {
      if (!isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      // The word's lower case is packed as it is read, so the lookup need not read it again.
      long packed = 0;
      boolean ascii = true;
      char c;
      while (i < sample.end() && isLetter(c = text.charAt(i))) {
        packed = WordTable.packLowerCase(packed, c);
        ascii &= c < 0x80;
        i++;
      }
      words++;
      // An ASCII word keeps its length in lower case: one of a length no function word has is
      // not looked up.
      int length = i - s;
      int[] inLanguages = length <= MAX_WORD && (!ascii || wordLengths[length])
          ? languagesByWord.getIgnoreCase(text, s, i, packed) : null;
      if (inLanguages != null) {
        for (int language : inLanguages) {
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
    if (best < 0) {
      return Optional.empty();
    }
    int top = hits[best];
    int runnerUp = second < 0 ? 0 : hits[second];
    if (top < MIN_HITS || top * 10 < words || top * 2 < runnerUp * 3) {
      return Optional.empty();
    }
    return Optional.of(new Guess(languages.get(best), sample, (double) top / (top + runnerUp)));
  }
}
