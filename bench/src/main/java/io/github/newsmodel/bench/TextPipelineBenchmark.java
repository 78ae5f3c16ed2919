package io.github.newsmodel.bench;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.TextParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The plain-text pipeline over the seeds and the development readouts. One operation parses the
 * whole set; MB/s = ops/s × {@link #corpusBytes} / 10^6 (printed at setup). The secondary results
 * {@code articles} and {@code megabytes} give the same throughput as articles/s and MB/s.
 *
 * <p>The warm-up is long on purpose: the pipeline is a large body of code, and the JIT compiler
 * needs about half a minute before the throughput stops rising.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class TextPipelineBenchmark {
  private final TextParser parser = TextParser.create();
  private List<BenchCorpus.Item> texts;
  /** Bytes of the whole set, for converting ops/s into MB/s. */
  public long corpusBytes;

  /** Loads the corpus once per run. */
  @Setup
  public void load() {
    texts = BenchCorpus.texts();
    corpusBytes = BenchCorpus.totalBytes(texts);
    System.out.printf("%n[text corpus] %d articles, %d bytes%n", texts.size(), corpusBytes);
  }

  /** Parses every article of the set once. */
  @Benchmark
  public void parseAllTexts(Blackhole hole, Throughput throughput) {
    for (BenchCorpus.Item item : texts) {
      NewsDocument doc = parser.parse(item.content(), item.name());
      hole.consume(doc);
      throughput.articles++;
      throughput.megabytes += item.bytes() / 1e6;
    }
  }

  /** Articles and megabytes parsed, reported by JMH per second as secondary results. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** Articles parsed. */
    public long articles;
    /** Megabytes (10^6 bytes of UTF-8) parsed. */
    public double megabytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      articles = 0;
      megabytes = 0;
    }
  }
}
