package io.github.newsmodel.corpus;

import java.io.Closeable;

/**
 * The records of one input, read one at a time. Failures never escape: they become failed
 * records, after which a source whose stream is unusable ends.
 */
interface RecordSource extends Closeable {
  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the input
   */
  ArticleRecord next();

  /** Closes the input's stream, if open; never throws. */
  @Override
  void close();
}
