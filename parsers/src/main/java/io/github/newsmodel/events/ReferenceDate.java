package io.github.newsmodel.events;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.temporal.Granularity;
import io.github.newsmodel.text.TextSpans;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The date that "today" and "yesterday" in an event sentence refer to: the article's publication
 * date or the caller's hint ({@link AnalysisContext#referenceDate()}); failing both, a date line at
 * the top of the text, before the first long block: a block that holds nothing but one full
 * calendar date ("July 14, 2026"), as readouts and press releases print their date. Stateless.
 */
public final class ReferenceDate {
  /** How far down the text a date line is looked for. */
  private static final int MAX_HEAD_BLOCKS = 8;
  /** A block this long is body text, and ends the search. */
  private static final int BODY_LENGTH = 200;

  private ReferenceDate() {}

  /**
   * Returns the reference date of an article.
   *
   * @param context the article being analysed
   * @return the date, or empty when the article gives none
   */
  public static Optional<LocalDate> of(AnalysisContext context) {
    Optional<LocalDate> known = context.referenceDate();
    if (known.isPresent()) {
      return known;
    }
    String text = context.text();
    List<Block> blocks = context.article().blocks();
    for (int i = 0; i < blocks.size() && i < MAX_HEAD_BLOCKS; i++) {
      Span span = TextSpans.trim(text, blocks.get(i).span().start(), blocks.get(i).span().end());
      if (span.length() > BODY_LENGTH) {
        break;
      }
      List<DateMention> dates = DateNormalizer.instance().find(text, span, Optional.empty());
      if (dates.size() == 1 && isDateLine(dates.get(0), span)) {
        return dates.get(0).date();
      }
    }
    return Optional.empty();
  }

  private static boolean isDateLine(DateMention mention, Span line) {
    return mention.date().isPresent() && !mention.relative() && mention.granularity() == Granularity.DAY
        && mention.span().start() == line.start() && mention.span().end() == line.end();
  }
}
