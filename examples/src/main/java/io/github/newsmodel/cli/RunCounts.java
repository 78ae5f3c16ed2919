package io.github.newsmodel.cli;

import io.github.newsmodel.corpus.ArticleResult;
import io.github.newsmodel.model.NewsDocument;
import java.util.Locale;

/**
 * What a run has produced so far: output lines (articles), their officials, meetings and
 * agreements, error lines, and article bytes. Confined to the thread that writes the output.
 */
final class RunCounts {
  private static final double MEGABYTE = 1_000_000.0;

  private long articles;
  private long officials;
  private long meetings;
  private long agreements;
  private long errors;
  private long bytes;

  /** Counts one output line. */
  void add(ArticleResult result) {
    articles++;
    bytes += result.length();
    if (result.failed()) {
      errors++;
      return;
    }
    NewsDocument document = result.document().orElseThrow();
    officials += document.officials().size();
    meetings += document.meetings().size();
    agreements += document.agreements().size();
  }

  long articles() {
    return articles;
  }

  long errors() {
    return errors;
  }

  /**
   * The final count line, such as {@code 22 articles, 66 officials, 24 meetings, 12 agreements,
   * 0 errors; 0.05 MB in 1.9 s (0.05 MB/s)}.
   *
   * @param seconds the run's duration
   */
  String summary(double seconds) {
    double megabytes = bytes / MEGABYTE;
    return String.format(Locale.ROOT, "%d articles, %d officials, %d meetings, %d agreements, %d errors; "
        + "%.2f MB in %.1f s (%.2f MB/s)", articles, officials, meetings, agreements, errors, megabytes, seconds,
        megabytes / Math.max(seconds, 1e-3));
  }
}
