package io.github.newsmodel.corpus;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/** Opens inputs: counts the stored bytes read (for progress) and undoes gzip when asked. */
final class InputStreams {
  private static final int BUFFER = 64 * 1024;

  private InputStreams() {}

  /**
   * Opens an input.
   *
   * @param input the input
   * @param counter receives the number of stored (compressed) bytes read
   * @param gunzip whether to decompress a gzipped input here (WARC readers do it themselves)
   * @return a buffered stream that the caller closes
   */
  static InputStream open(CorpusInput input, AtomicLong counter, boolean gunzip) throws IOException {
    InputStream raw = new Counting(input.open(), counter);
    try {
      if (gunzip && input.gzipped()) {
        return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
      }
      return new BufferedInputStream(raw, BUFFER);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Closes a stream, ignoring failures: the data was already read or given up on. */
  static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing more to read from it
      }
    }
  }

  /** Adds every byte read to a counter. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong counter;

    Counting(InputStream in, AtomicLong counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counter.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counter.addAndGet(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      if (skipped > 0) {
        counter.addAndGet(skipped);
      }
      return skipped;
    }
  }
}
