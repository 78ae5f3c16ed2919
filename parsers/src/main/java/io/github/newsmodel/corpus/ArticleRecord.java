package io.github.newsmodel.corpus;

import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.model.Warning;
import io.github.newsmodel.parse.ParseHints;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article read from a corpus, not yet parsed: its {@code source.id}, whether it is plain text
 * or HTML, its bytes (the file, the record's {@code content} in UTF-8, or the WARC payload) and
 * hints (the page address and publication date the input gives). A record that could not be read
 * (a corrupt gzip stream, a line that is not JSON) carries a {@link #failure()} instead, and
 * becomes an error line.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleRecord {
  private static final byte[] EMPTY = new byte[0];

  private final String id;
  private final InputFormat format;
  private final byte[] content;
  private final ParseHints hints;
  private final ErrorInfo failure;
  private final List<Warning> warnings;

  private ArticleRecord(String id, InputFormat format, byte[] content, ParseHints hints, ErrorInfo failure,
      List<Warning> warnings) {
    this.id = Objects.requireNonNull(id, "id");
    this.format = Objects.requireNonNull(format, "format");
    this.content = Objects.requireNonNull(content, "content");
    this.hints = Objects.requireNonNull(hints, "hints");
    this.failure = failure;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Creates a record of one article.
   *
   * @param id the {@code source.id}
   * @param format {@link InputFormat#TEXT} or {@link InputFormat#HTML}
   * @param content the article's bytes (copied)
   * @param hints the page address and publication date, if known
   * @return the record
   * @throws IllegalArgumentException if the format is not a single-article format
   */
  public static ArticleRecord of(String id, InputFormat format, byte[] content, ParseHints hints) {
    return article(id, format, content.clone(), hints, List.of());
  }

  /**
   * Creates a record of one article without copying its bytes, with warnings about how it was read.
   */
  static ArticleRecord article(String id, InputFormat format, byte[] content, ParseHints hints,
      List<Warning> warnings) {
    if (!format.isSingleArticle()) {
      throw new IllegalArgumentException("an article is text or HTML, not " + format);
    }
    return new ArticleRecord(id, format, content, hints, null, warnings);
  }

  /**
   * Creates the record of an input or record that could not be read.
   *
   * @param id the {@code source.id}
   * @param format the format it was read as (its media type goes into the error line)
   * @param uri the page address, if known
   * @param failure the error code and message
   * @return the record
   */
  public static ArticleRecord failed(String id, InputFormat format, Optional<String> uri, ErrorInfo failure) {
    return failed(id, format, uri, failure, EMPTY);
  }

  /** Creates the record of something unreadable, whose bytes (read so far) are kept for the digest. */
  static ArticleRecord failed(String id, InputFormat format, Optional<String> uri, ErrorInfo failure,
      byte[] bytesRead) {
    return new ArticleRecord(id, format, bytesRead, ParseHints.none().withUri(uri.orElse(null)),
        Objects.requireNonNull(failure, "failure"), List.of());
  }

  /**
   * Returns the identifier written to {@code source.id}.
   *
   * @return the path, or {@code <path>#<record id>}
   */
  public String id() {
    return id;
  }

  /**
   * Returns how the content is parsed: {@link InputFormat#TEXT} or {@link InputFormat#HTML} (for a
   * failed record, possibly the container format it was read from).
   *
   * @return the format
   */
  public InputFormat format() {
    return format;
  }

  /**
   * Returns the media type written to {@code source.mediaType}.
   *
   * @return the media type, such as {@code text/html}
   */
  public String mediaType() {
    return format.mediaType();
  }

  /**
   * Returns a copy of the article's bytes (for a failed record, the bytes read before the failure,
   * often none).
   *
   * @return the bytes
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Returns the article's bytes as a stream, without copying them.
   *
   * @return a new stream over the bytes
   */
  public InputStream contentStream() {
    return new ByteArrayInputStream(content);
  }

  /**
   * Returns the number of content bytes.
   *
   * @return the length in bytes
   */
  public int length() {
    return content.length;
  }

  /** Returns the bytes themselves, for the parsers in this package (never modified). */
  byte[] bytes() {
    return content;
  }

  /**
   * Returns the hints the input gives: the record's URL or WARC target URI, the record's
   * publication date, or the caller's hints for a single file.
   *
   * @return the hints
   */
  public ParseHints hints() {
    return hints;
  }

  /**
   * Returns why the record could not be read, if it could not.
   *
   * @return the failure, or empty for a readable article
   */
  public Optional<ErrorInfo> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Returns warnings about reading the record (such as a {@code published} value that is not a
   * date), added to the warnings of its document.
   *
   * @return the warnings, possibly empty
   */
  public List<Warning> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return id + (failure == null ? " (" + format.mediaType() + ", " + content.length + " bytes)"
        : " (unreadable: " + failure.code() + ")");
  }
}
