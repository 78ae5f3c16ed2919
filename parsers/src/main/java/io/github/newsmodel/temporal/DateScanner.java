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
   * Returns the words that may start a date expression, lower case: the month and weekday names
   * and abbreviations, and the first words of the relative expressions ("today", "last"). Besides
   * these, only a number starts one, so that a region without a digit and without these words, as
   * whole runs of letters in any case, holds no date expression: a caller that tokenizes the text
   * anyway may skip the search there.
   *
   * @return the words, lower case
   */
  public static Set<String> startWords() {
    Set<String> words = new HashSet<>();
    for (String word : TemporalLexicon.instance().startWords()) {
      // Longer words are never looked up (DateTokens.MAX_WORD).
      if (word.length() <= DateTokens.MAX_WORD) {
        words.add(word);
      }
    }
    return Set.copyOf(words);
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
    return normalizer.find(text, within, reference, scan);
  }
}
