package io.github.newsmodel.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The one article of a plain-text or HTML file (gzipped or not). */
final class SingleArticleSource implements RecordSource {
  private final CorpusInput input;
  private final InputFormat format;
  private final long maxBytes;
  private final AtomicLong counter;
  private boolean done;

  SingleArticleSource(CorpusInput input, InputFormat format, long maxBytes, AtomicLong counter) {
    this.input = input;
    this.format = format;
    this.maxBytes = maxBytes;
    this.counter = counter;
  }

  @Override
  public ArticleRecord next() {
    if (done) {
      return null;
    }
    done = true;
    try (InputStream in = InputStreams.open(input, counter, true)) {
      Optional<byte[]> bytes = ReadFailures.readAtMost(in, maxBytes);
      if (bytes.isEmpty()) {
        return ArticleRecord.failed(input.id(), format, input.hints().uri(), ReadFailures.tooLarge(maxBytes));
      }
      return ArticleRecord.article(input.id(), format, bytes.get(), input.hints(), List.of());
    } catch (IOException e) {
      return ArticleRecord.failed(input.id(), format, input.hints().uri(), ReadFailures.of(input.id(), e));
    }
  }

  @Override
  public void close() {
    done = true;
  }
}
