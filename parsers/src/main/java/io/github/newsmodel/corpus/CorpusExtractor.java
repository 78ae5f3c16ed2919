package io.github.newsmodel.corpus;

import io.github.newsmodel.model.ErrorDocument;
import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.NewsParseException;
import io.github.newsmodel.parse.ParseLimits;
import io.github.newsmodel.parse.TextParser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parses the articles of a corpus, in parallel, with bounded memory, and gives the results in input
 * order.
 *
 * <pre>{@code
 * CorpusExtractor extractor = CorpusExtractor.create();
 * try (CorpusReader reader = CorpusReader.open(Path.of("crawl"));
 *      Stream<ArticleResult> results = extractor.extract(reader.stream())) {
 *   results.forEach(result -> System.out.println(result.toJson()));
 * }
 * }</pre>
 *
 * <p>Records are read on the consuming thread and parsed by {@link Builder#parallelism(int)} worker
 * threads; at most {@link Builder#window(int)} records are read ahead of the result being consumed,
 * so memory stays bounded by the window whatever the corpus size. A record that cannot be read or
 * parsed gives an {@link ErrorDocument} result; nothing throws for bad input.
 *
 * <p>Immutable and thread-safe: build one and share it. Each {@code extract} call owns its worker
 * threads until its stream is exhausted or closed; close the stream when stopping early.
 */
public final class CorpusExtractor {
  private final TextParser textParser;
  private final HtmlParser htmlParser;
  private final int parallelism;
  private final int window;

  private CorpusExtractor(Builder builder) {
    this.textParser = builder.textParser;
    this.htmlParser = builder.htmlParser;
    this.parallelism = builder.parallelism;
    this.window = builder.window == 0 ? 4 * builder.parallelism : builder.window;
  }

  /**
   * Returns an extractor with default parsers, one worker per available processor and a window of
   * four records per worker.
   *
   * @return the extractor
   */
  public static CorpusExtractor create() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures {@link CorpusExtractor}s. */
  public static final class Builder {
    private TextParser textParser = TextParser.create();
    private HtmlParser htmlParser = HtmlParser.create();
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private int window;

    private Builder() {}

    /**
     * Sets the parser of plain-text articles.
     *
     * @param parser the parser
     * @return this builder
     */
    public Builder textParser(TextParser parser) {
      this.textParser = Objects.requireNonNull(parser, "parser");
      return this;
    }

    /**
     * Sets the parser of HTML articles.
     *
     * @param parser the parser
     * @return this builder
     */
    public Builder htmlParser(HtmlParser parser) {
      this.htmlParser = Objects.requireNonNull(parser, "parser");
      return this;
    }

    /**
     * Sets the number of worker threads; 1 parses on the consuming thread.
     *
     * @param threads at least 1 (default: the available processors)
     * @return this builder
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * Sets how many records may be read ahead of the result being consumed.
     *
     * @param records at least the parallelism (default: four times the parallelism)
     * @return this builder
     * @throws IllegalArgumentException if {@code records < 1}
     */
    public Builder window(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("window must be at least 1: " + records);
      }
      this.window = records;
      return this;
    }

    /**
     * Builds the extractor.
     *
     * @return the extractor
     */
    public CorpusExtractor build() {
      return new CorpusExtractor(this);
    }
  }

  /**
   * Returns the number of worker threads.
   *
   * @return the parallelism
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Returns how many records may be read ahead of the result being consumed.
   *
   * @return the window
   */
  public int window() {
    return Math.max(window, parallelism);
  }

  /**
   * Returns the limits of the parsers, which a {@link CorpusReader} feeding this extractor should
   * use too.
   *
   * @return the limits of the text parser
   */
  public ParseLimits limits() {
    return textParser.limits();
  }

  /**
   * Parses one record on the calling thread. Never throws for bad input.
   *
   * @param record the record
   * @return its document, or its error document
   */
  public ArticleResult parse(ArticleRecord record) {
    Objects.requireNonNull(record, "record");
    if (record.failure().isPresent()) {
      return failure(record, record.failure().get());
    }
    try {
      NewsDocument document = record.format() == InputFormat.HTML
          ? htmlParser.parse(record.bytes(), record.id(), record.hints())
          : textParser.parse(record.bytes(), record.id(), record.hints());
      if (!record.warnings().isEmpty()) {
        document = NewsDocument.builder().from(document).addAllWarnings(record.warnings()).build();
      }
      return ArticleResult.of(document);
    } catch (NewsParseException e) {
      return failure(record, ErrorInfo.of(e.code(), String.valueOf(e.getMessage())));
    } catch (RuntimeException | StackOverflowError e) {
      return failure(record, ErrorInfo.of("internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /**
   * Parses records in parallel; the results come in the order of the records.
   *
   * @param records the records (read on the consuming thread only)
   * @return the results; closing the stream closes {@code records} and stops the workers
   */
  public Stream<ArticleResult> extract(Stream<ArticleRecord> records) {
    return extract(records, Function.identity());
  }

  /**
   * Parses records in parallel and applies {@code finisher} to each result on the worker thread
   * (serializing it to JSON, say); the values come in the order of the records.
   *
   * @param records the records (read on the consuming thread only)
   * @param finisher a thread-safe function of each result
   * @param <T> the type of the values
   * @return the values; closing the stream closes {@code records} and stops the workers
   */
  public <T> Stream<T> extract(Stream<ArticleRecord> records, Function<? super ArticleResult, ? extends T> finisher) {
    Objects.requireNonNull(finisher, "finisher");
    Function<ArticleRecord, T> task = record -> finisher.apply(parse(record));
    if (parallelism == 1) {
      return records.map(task);
    }
    Iterator<ArticleRecord> source = records.iterator();
    OrderedParallelMap<ArticleRecord, T> ordered = new OrderedParallelMap<>(source, task, parallelism, window());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ordered, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(ordered::close).onClose(records::close);
  }

  /**
   * Reads and parses inputs: a shortcut for a {@link CorpusReader} with this extractor's limits
   * feeding {@link #extract(Stream)}.
   *
   * @param inputs the inputs, in order
   * @return the results; close the stream to close the open input
   */
  public Stream<ArticleResult> extractInputs(List<CorpusInput> inputs) {
    CorpusReader reader = CorpusReader.builder().limits(limits()).open(inputs);
    return extract(reader.stream());
  }

  private static ArticleResult failure(ArticleRecord record, ErrorInfo error) {
    byte[] bytes = record.bytes();
    Source source = Source.builder()
        .id(record.id())
        .uri(record.hints().uri())
        .mediaType(record.mediaType())
        .sha256(sha256(bytes))
        .length(bytes.length)
        .build();
    return ArticleResult.failed(ErrorDocument.of(source, error));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
