package io.github.newsmodel.temporal;

import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the date expressions of region after region, such as the sentences of one article, as
 * {@link DateNormalizer#find(String, Span, Optional)} does, but reusing one set of token arrays
 * for all the regions instead of allocating them for each. Not thread-safe: use one per thread,
 * for instance one per article being analysed.
 */
public final class DateScanner {
  /** Room for the tokens of a long sentence; the arrays grow for longer regions. */
  private static final int INITIAL_CAPACITY = 64;

  private final DateNormalizer normalizer = DateNormalizer.instance();
  /** The search run over each region, holding the region's tokens. */
  private final DateNormalizer.Scan scan;

  /** Makes a scanner with empty working memory. */
  public DateScanner() {
    this(INITIAL_CAPACITY);
  }

  /**
   * Makes a scanner with room for the tokens of regions of about so many words without growing.
   *
   * @param capacity the number of tokens to make room for at first (at least one)
   */
  public DateScanner(int capacity) {
    scan = normalizer.newScan(new DateTokens(Math.max(1, capacity)));
  }

  /**
   * Returns the words that start a date expression by themselves, lower case: the month and weekday
   * names and abbreviations, and the relative expressions of one word ("today"). Besides these, a
   * date expression starts only at a number, or at a first word of a relative expression of several
   * words ({@link #phraseFirstWords()}) directly followed by a second word of one ({@link
   * #phraseSecondWords()}). So a region without a digit, without these words and without such a
   * pair, as whole runs of letters in any case, holds no date expression: a caller that tokenizes
   * the text anyway may skip the search there.
   *
   * @return the words, lower case
   */
  public static Set<String> startWords() {
    return searched(TemporalLexicon.instance().startWords());
  }

  /**
   * Returns the first words of the relative expressions of several words that are not {@link
   * #startWords()}, lower case ("last" of "last week").
   *
   * @return the words, lower case
   */
  public static Set<String> phraseFirstWords() {
    return searched(TemporalLexicon.instance().phraseFirstWords());
  }

  /**
   * Returns the second words of the relative expressions of several words, lower case ("week" of
   * "last week").
   *
   * @return the words, lower case
   */
  public static Set<String> phraseSecondWords() {
    // All of them: the search compares the words after the first, whatever their length.
    return TemporalLexicon.instance().phraseSecondWords();
  }

  /** The words of a set that the search looks up: longer words are never looked up ({@link DateTokens#MAX_WORD}). */
  private static Set<String> searched(Set<String> words) {
    Set<String> kept = new HashSet<>();
    for (String word : words) {
      if (word.length() <= DateTokens.MAX_WORD) {
        kept.add(word);
      }
    }
    return Set.copyOf(kept);
  }

  /**
   * Finds the date expressions inside a span of a text, with the same result as {@link
   * DateNormalizer#find(String, Span, Optional)}.
   *
   * @param text the whole text
   * @param within the part to search
   * @param reference the date "today" refers to, if known
   * @return the mentions in text order, not overlapping
   */
  public List<DateMention> find(String text, Span within, Optional<LocalDate> reference) {
    return normalizer.find(text, text, within, reference, scan);
  }

  /**
   * Finds the date expressions inside a span of a text, as {@link #find(String, Span, Optional)}
   * does, reading the tokens from the text's folded copy, which is cheaper to read when the text
   * has characters beyond Latin-1 (curly quotes, dashes) that folding makes plain.
   *
   * @param text the whole text
   * @param folded the text folded character by character ({@link
   *     io.github.newsmodel.text.MatchText#fold(String)}), of the same length
   * @param within the part to search
   * @param reference the date "today" refers to, if known
   * @return the mentions in text order, not overlapping, their words cut from {@code text}
   * @throws IllegalArgumentException if the folded text is not as long as the text
   */
  public List<DateMention> find(String text, String folded, Span within, Optional<LocalDate> reference) {
    return normalizer.find(text, folded, within, reference, scan);
  }
}
