package io.github.newsmodel.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The records of a JSON Lines file (gzipped or not), one per non-blank line. A bad line gives a
 * failed record and reading goes on; a broken stream gives a failed record for the file and ends it.
 */
final class JsonLinesSource implements RecordSource {
  private final CorpusInput input;
  private final long maxLineBytes;
  private final AtomicLong counter;
  private final JsonRecords records;
  private InputStream in;
  private LineReader lines;
  private long lineNumber;
  private boolean done;

  JsonLinesSource(CorpusInput input, long maxLineBytes, AtomicLong counter, JsonRecords records) {
    this.input = input;
    this.maxLineBytes = maxLineBytes;
    this.counter = counter;
    this.records = records;
  }

  @Override
  public ArticleRecord next() {
    if (done) {
      return null;
    }
    try {
      if (lines == null) {
        in = InputStreams.open(input, counter, true);
        lines = new LineReader(in, maxLineBytes);
      }
      while (true) {
        LineReader.Line line = lines.next();
        if (line == null) {
          close();
          return null;
        }
        lineNumber++;
        if (line.tooLong()) {
          return ArticleRecord.failed(input.id() + "#L" + lineNumber, InputFormat.JSON_LINES, Optional.empty(),
              ReadFailures.tooLarge(maxLineBytes));
        }
        if (!line.isBlank()) {
          return records.toRecord(input.id(), lineNumber, line.bytes(), line.length());
        }
      }
    } catch (IOException e) {
      close();
      return ArticleRecord.failed(input.id(), InputFormat.JSON_LINES, Optional.empty(),
          ReadFailures.of(input.id(), e));
    }
  }

  @Override
  public void close() {
    done = true;
    InputStreams.closeQuietly(in);
    in = null;
  }
}
