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
  /** By ASCII character: whether it is a letter ({@link Character#isLetter(char)}). */
  private static final boolean[] ASCII_LETTERS = new boolean[0x80];

  static {
    for (char c = 0; c < ASCII_LETTERS.length; c++) {
      ASCII_LETTERS[c] = Character.isLetter(c);
    }
  }

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
  /** How many characters are copied out of the text at a time. */
  private static final int CHUNK = 64;
  /** The base-2 logarithm of the bits of {@link #packedFilter}: about 16 bits for each function word. */
  private static final int FILTER_BITS_LOG = 13;
  /**
   * One bit for each value of {@link #filterBit}, set for the packed lower case of the function
   * words that have one: a packed word whose bit is clear is no function word.
   */
  private final long[] packedFilter = new long[(1 << FILTER_BITS_LOG) / Long.SIZE];

  private LanguageDetector(List<String> languages, Map<String, int[]> languagesByWord) {
    this.languages = languages;
    this.languagesByWord = WordTable.of(languagesByWord);
    for (String word : languagesByWord.keySet()) {
      if (word.length() <= MAX_WORD) {
        wordLengths[word.length()] = true;
      }
      long packed = 0;
      for (int k = 0; k < word.length(); k++) {
        packed = WordTable.packLowerCase(packed, word.charAt(k));
      }
      if (packed > 0) {
        int bit = filterBit(packed);
        packedFilter[bit >>> 6] |= 1L << bit;
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

  /**
   * Counts a word {@code text[start, end)} for the languages it is a function word of, given its
   * packed lower case ({@link WordTable#packLowerCase}) and whether it is all ASCII.
   */
  private void count(String text, int start, int end, long packed, boolean ascii, int[] hits) {
    // An ASCII word keeps its length in lower case: one of a length no function word has is not
    // looked up, nor one whose packed form the filter of function words rejects.
    int length = end - start;
    if (length > MAX_WORD || ascii && !wordLengths[length] || packed > 0 && !mayBeFunctionWord(packed)) {
      return;
    }
    int[] inLanguages = languagesByWord.getIgnoreCase(text, start, end, packed);
    if (inLanguages != null) {
      for (int language : inLanguages) {
        hits[language]++;
      }
    }
  }

  /**
   * The packed lower case ({@link WordTable#packLowerCase}) of a word of {@code length} letters
   * whose ASCII letters were packed as read: the packing itself when the word is all ASCII and
   * short enough to pack, else -1 (not packable).
   */
  private static long packedLowerCase(long packedLetters, int length, boolean ascii) {
    return ascii && length <= WordTable.MAX_PACKED_LENGTH ? packedLetters : -1;
  }

  /**
   * Whether a word of packed lower case {@code packed} (positive) may be a function word: false
   * when its bit in the filter of the function words' packed forms is clear.
   */
  private boolean mayBeFunctionWord(long packed) {
    int bit = filterBit(packed);
    return (packedFilter[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The bit of a packed word in {@link #packedFilter}: the high bits of its product with the golden ratio's fraction. */
  private static int filterBit(long packed) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - FILTER_BITS_LOG));
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
    // The characters are copied out a chunk at a time, and a word may run across chunks: where the
    // word being read started (-1 between words), its ASCII letters packed in lower case seven bits
    // each as they are read (the packed form of WordTable once the word proves short and all
    // ASCII), and whether it is all ASCII.
    char[] chunk = new char[CHUNK];
    int wordStart = -1;
    long packed = 0;
    boolean ascii = true;
    for (int from = sample.start(); from < sample.end(); from += CHUNK) {
      int count = Math.min(CHUNK, sample.end() - from);
      text.getChars(from, from + count, chunk, 0);
      for (int k = 0; k < count; k++) {
        char c = chunk[k];
        // ASCII, whose letters a table tells, is the common case: its letters' lower case is one OR.
        if (c < 0x80) {
          if (ASCII_LETTERS[c]) {
            if (wordStart < 0) {
              wordStart = from + k;
              packed = 0;
              ascii = true;
            }
            packed = packed << 7 | (c | 0x20);
            continue;
          }
        } else if (Character.isLetter(c)) {
          if (wordStart < 0) {
            wordStart = from + k;
            packed = 0;
          }
          ascii = false;
          continue;
        }
        if (wordStart >= 0) {
          words++;
          count(text, wordStart, from + k, packedLowerCase(packed, from + k - wordStart, ascii), ascii, hits);
          wordStart = -1;
        }
      }
    }
    if (wordStart >= 0) {
      words++;
      count(text, wordStart, sample.end(), packedLowerCase(packed, sample.end() - wordStart, ascii), ascii, hits);
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
