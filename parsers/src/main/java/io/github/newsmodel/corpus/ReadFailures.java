package io.github.newsmodel.corpus;

import io.github.newsmodel.model.ErrorInfo;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;

/**
 * Error codes of unreadable inputs and records, and reading within the byte limit. The codes are
 * stable and appear in error lines: {@code io.not_found}, {@code io}, {@code io.corrupt} (a broken
 * gzip stream or WARC file), {@code jsonl.syntax}, {@code jsonl.record},
 * {@code jsonl.content_type} and {@code limit.maxInputBytes}.
 */
final class ReadFailures {
  /** Code of a file that does not exist. */
  static final String NOT_FOUND = "io.not_found";
  /** Code of any other read failure. */
  static final String IO = "io";
  /** Code of a broken gzip stream or WARC file. */
  static final String CORRUPT = "io.corrupt";
  /** Code of an article larger than {@code ParseLimits.maxInputBytes()}, as the parsers name it. */
  static final String TOO_LARGE = "limit.maxInputBytes";
  /** Code of a line that is not JSON. */
  static final String JSONL_SYNTAX = "jsonl.syntax";
  /** Code of a JSON line that is not a usable record. */
  static final String JSONL_RECORD = "jsonl.record";
  /** Code of a record whose content type is neither text nor HTML. */
  static final String JSONL_CONTENT_TYPE = "jsonl.content_type";

  private ReadFailures() {}

  /** Describes an I/O failure while reading the input {@code id}. */
  static ErrorInfo of(String id, IOException e) {
    if (e instanceof NoSuchFileException) {
      return ErrorInfo.of(NOT_FOUND, "no such file: " + id);
    }
    if (e instanceof ZipException || e instanceof EOFException) {
      return ErrorInfo.of(CORRUPT, "corrupt or truncated gzip stream in " + id + ": " + e.getMessage());
    }
    if (e instanceof ParsingException) {
      return ErrorInfo.of(CORRUPT, "not a valid WARC file " + id + ": " + e.getMessage());
    }
    return ErrorInfo.of(IO, "cannot read " + id + ": " + e.getMessage());
  }

  /** Describes input beyond the byte limit. */
  static ErrorInfo tooLarge(long maximum) {
    return ErrorInfo.of(TOO_LARGE, "input exceeds maxInputBytes: more than " + maximum + " bytes");
  }

  /**
   * Reads a stream to its end, or to one byte past {@code maximum}.
   *
   * @return the bytes, or empty when there are more than {@code maximum}
   */
  static Optional<byte[]> readAtMost(InputStream in, long maximum) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 8L, maximum + 1);
    byte[] bytes = in.readNBytes(cap);
    return bytes.length > maximum ? Optional.empty() : Optional.of(bytes);
  }
}
