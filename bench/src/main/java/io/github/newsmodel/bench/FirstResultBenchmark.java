package io.github.newsmodel.bench;

import io.github.newsmodel.NewsModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first result in a fresh JVM (JVM boot excluded): class loading, lexicon loading and
 * one parse of a seed article. Each fork measures one cold call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstResultBenchmark {
  private String text;

  /** Reads the input before the measured call (reading a file is not parser start-up). */
  @Setup
  public void load() {
    text = BenchCorpus.texts().get(0).content();
  }

  /** Parses one article in a JVM that has not loaded newsmodel yet. */
  @Benchmark
  public Object firstParse() {
    return NewsModel.parseText(text, "first");
  }
}
