package io.github.newsmodel.corpus;

import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.parse.ParseLimits;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the articles of a corpus, one {@link ArticleRecord} at a time and in input order: a
 * plain-text or HTML file is one article, a JSON Lines file one per line, a WARC file one per HTML
 * response record, and a {@code .gz} of any of them is read transparently. Only the current input
 * is open, and only the current record is in memory, whatever the size of the corpus.
 *
 * <pre>{@code
 * try (CorpusReader reader = CorpusReader.open(CorpusInputs.expand(List.of("crawl/")))) {
 *   reader.stream().forEach(record -> System.out.println(record.id()));
 * }
 * }</pre>
 *
 * <p>Nothing throws for bad input: an input or record that cannot be read is returned as a record
 * with a {@link ArticleRecord#failure() failure} (a missing file, a corrupt gzip stream, a line that
 * is not JSON, an article over {@link ParseLimits#maxInputBytes()}), and reading goes on with the
 * next record or input. Inputs whose names have no known extension are skipped and reported to
 * {@link Builder#onSkipped(Consumer)}.
 *
 * <p>A reader is a single-use iterator for one thread; close it (or the stream) to release the
 * open file. {@link #bytesRead()} may be read from any thread.
 */
public final class CorpusReader implements Iterator<ArticleRecord>, Closeable {
  private final Iterator<CorpusInput> inputs;
  private final ParseLimits limits;
  private final Consumer<CorpusInput> onSkipped;
  private final OptionalLong bytesTotal;
  private final AtomicLong bytesRead = new AtomicLong();
  private final JsonRecords jsonRecords;
  private RecordSource current;
  private CorpusInput currentInput;
  private ArticleRecord pending;
  private boolean closed;

  private CorpusReader(List<CorpusInput> inputs, ParseLimits limits, Consumer<CorpusInput> onSkipped) {
    this.inputs = List.copyOf(inputs).iterator();
    this.limits = limits;
    this.onSkipped = onSkipped;
    this.bytesTotal = total(inputs);
    this.jsonRecords = new JsonRecords(limits.maxInputBytes());
  }

  /**
   * Opens a reader over inputs with default limits, skipping unknown files silently.
   *
   * @param inputs the inputs, in order
   * @return the reader
   */
  public static CorpusReader open(List<CorpusInput> inputs) {
    return builder().open(inputs);
  }

  /**
   * Opens a reader over files and directories (walked recursively, sorted) with default limits.
   *
   * @param paths the files and directories
   * @return the reader
   * @throws java.io.UncheckedIOException if a directory cannot be listed
   */
  public static CorpusReader open(Path... paths) {
    return open(CorpusInputs.expand(Arrays.stream(paths).map(Path::toString).toList()));
  }

  /**
   * Returns a builder for readers with other limits or a listener for skipped inputs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and opens {@link CorpusReader}s. */
  public static final class Builder {
    private ParseLimits limits = ParseLimits.defaults();
    private Consumer<CorpusInput> onSkipped = input -> { };

    private Builder() {}

    /**
     * Sets the limits; {@link ParseLimits#maxInputBytes()} bounds each article (and each JSON
     * line) read. Use the parsers' limits.
     *
     * @param parseLimits the limits
     * @return this builder
     */
    public Builder limits(ParseLimits parseLimits) {
      this.limits = Objects.requireNonNull(parseLimits, "limits");
      return this;
    }

    /**
     * Sets what to do with an input whose name has no known extension (a {@code README.md}, say).
     *
     * @param listener called on the reading thread for each skipped input
     * @return this builder
     */
    public Builder onSkipped(Consumer<CorpusInput> listener) {
      this.onSkipped = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Opens a reader over inputs. Nothing is read until the first record is asked for.
     *
     * @param inputs the inputs, in order
     * @return the reader
     */
    public CorpusReader open(List<CorpusInput> inputs) {
      return new CorpusReader(Objects.requireNonNull(inputs, "inputs"), limits, onSkipped);
    }
  }

  /**
   * Returns whether another record follows, reading ahead to it.
   *
   * @return true if {@link #next()} has a record
   */
  @Override
  public boolean hasNext() {
    while (pending == null && !closed) {
      if (current == null) {
        if (!inputs.hasNext()) {
          close();
          return false;
        }
        currentInput = inputs.next();
        current = sourceFor(currentInput);
        continue;
      }
      pending = readFromCurrent();
      if (pending == null) {
        current.close();
        current = null;
      }
    }
    return pending != null;
  }

  /**
   * Returns the next record.
   *
   * @return the record
   * @throws NoSuchElementException at the end of the corpus
   */
  @Override
  public ArticleRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    ArticleRecord record = pending;
    pending = null;
    return record;
  }

  /**
   * Returns the remaining records as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<ArticleRecord> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Returns how many stored bytes (compressed, for gzipped inputs) have been read so far.
   *
   * @return the count; safe to call from any thread
   */
  public long bytesRead() {
    return bytesRead.get();
  }

  /**
   * Returns the stored size of all inputs, when every size is known (not for standard input).
   *
   * @return the total in bytes, or empty
   */
  public OptionalLong bytesTotal() {
    return bytesTotal;
  }

  /** Closes the open input, if any; further calls to {@link #hasNext()} return false. */
  @Override
  public void close() {
    closed = true;
    pending = null;
    if (current != null) {
      current.close();
      current = null;
    }
  }

  private RecordSource sourceFor(CorpusInput input) {
    Optional<InputFormat> format = input.format();
    if (format.isEmpty()) {
      onSkipped.accept(input);
      return EmptySource.INSTANCE;
    }
    switch (format.get()) {
      case JSON_LINES:
        return new JsonLinesSource(input, limits.maxInputBytes(), bytesRead, jsonRecords);
      case WARC:
        return new WarcSource(input, limits.maxInputBytes(), bytesRead);
      default:
        return new SingleArticleSource(input, format.get(), limits.maxInputBytes(), bytesRead);
    }
  }

  /** Reads from the current source; a failure that escapes it ends the input with an error record. */
  private ArticleRecord readFromCurrent() {
    try {
      return current.next();
    } catch (RuntimeException e) {
      RecordSource broken = current;
      current = EmptySource.INSTANCE;
      broken.close();
      return ArticleRecord.failed(currentInput.id(), currentInput.format().orElse(InputFormat.TEXT), Optional.empty(),
          ErrorInfo.of(ReadFailures.IO, "cannot read " + currentInput.id() + ": " + e));
    }
  }

  private static OptionalLong total(List<CorpusInput> inputs) {
    long sum = 0;
    for (CorpusInput input : inputs) {
      if (input.size().isEmpty()) {
        return OptionalLong.empty();
      }
      sum += input.size().getAsLong();
    }
    return OptionalLong.of(sum);
  }

  /** The source of an input that gives no records. */
  private static final class EmptySource implements RecordSource {
    static final EmptySource INSTANCE = new EmptySource();

    @Override
    public ArticleRecord next() {
      return null;
    }

    @Override
    public void close() {
      // nothing open
    }
  }
}
