package io.github.newsmodel.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines of bytes with a length cap: a longer line is skipped to its end
 * without being kept in memory, and reported as too long. A final {@code \r} is dropped.
 */
final class LineReader {
  private static final int CHUNK = 64 * 1024;

  /** One line: its bytes {@code [0, length)}, or {@code tooLong} with no bytes. */
  record Line(byte[] bytes, int length, boolean tooLong) {
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int maxLength;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkStart;
  private int chunkEnd;
  private boolean eof;

  LineReader(InputStream in, long maxLength) {
    this.in = in;
    this.maxLength = (int) Math.min(Integer.MAX_VALUE - 8L, maxLength);
  }

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of the stream
   */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        if (eof || !fill()) {
          return any ? finish(line, length, tooLong) : null;
        }
        continue;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? chunkEnd : newline;
      int count = end - chunkStart;
      if (!tooLong) {
        if ((long) length + count > maxLength) {
          tooLong = true;
          line = new byte[0];
          length = 0;
        } else {
          if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(maxLength, line.length * 2)));
          }
          System.arraycopy(chunk, chunkStart, line, length, count);
          length += count;
        }
      }
      if (newline >= 0) {
        chunkStart = newline + 1;
        return finish(line, length, tooLong);
      }
      chunkStart = chunkEnd;
    }
  }

  private static Line finish(byte[] line, int length, boolean tooLong) {
    if (tooLong) {
      return new Line(line, 0, true);
    }
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new Line(line, end, false);
  }

  private int indexOfNewline() {
    for (int i = chunkStart; i < chunkEnd; i++) {
      if (chunk[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, CHUNK);
    if (n < 0) {
      eof = true;
      return false;
    }
    chunkStart = 0;
    chunkEnd = n;
    return true;
  }
}
