package io.github.newsmodel.temporal;

import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
