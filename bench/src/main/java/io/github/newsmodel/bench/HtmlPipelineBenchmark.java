package io.github.newsmodel.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The HTML pipeline (article extraction, metadata, officials, meetings, agreements) against the
 * baselines in the same run: bare {@code Jsoup.parse} with and without position tracking,
 * Readability4J and boilerpipe. One operation processes the whole page set, so the ratios of the
 * ops/s figures are the throughput ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class HtmlPipelineBenchmark {
  private final HtmlParser parser = HtmlParser.create();
  private List<BenchCorpus.Item> pages;
  /** Bytes of the whole set, for converting ops/s into MB/s. */
  public long corpusBytes;

  /** Loads the pages once per run. */
  @Setup
  public void load() {
    pages = BenchCorpus.pages();
    corpusBytes = BenchCorpus.totalBytes(pages);
    System.out.printf("%n[html corpus] %d pages, %d bytes%n", pages.size(), corpusBytes);
  }

  /** newsmodel: the whole HTML pipeline. */
  @Benchmark
  public void newsmodel(Blackhole hole) {
    for (BenchCorpus.Item page : pages) {
      hole.consume(parser.parse(page.content(), page.name(), ParseHints.none()));
    }
  }

  /** Baseline: jsoup parsing only. */
  @Benchmark
  public void jsoupParse(Blackhole hole) {
    for (BenchCorpus.Item page : pages) {
      hole.consume(Parser.htmlParser().parseInput(page.content(), ""));
    }
  }

  /** Baseline: jsoup parsing with source position tracking (what newsmodel needs for locators). */
  @Benchmark
  public void jsoupParseTracked(Blackhole hole) {
    for (BenchCorpus.Item page : pages) {
      Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(page.content(), "");
      hole.consume(doc);
    }
  }

  /** Comparison: Readability4J article extraction. */
  @Benchmark
  public void readability4j(Blackhole hole) {
    for (BenchCorpus.Item page : pages) {
      hole.consume(new Readability4J("https://example.org/", page.content()).parse());
    }
  }

  /** Comparison: boilerpipe article extraction. */
  @Benchmark
  public void boilerpipe(Blackhole hole) throws Exception {
    for (BenchCorpus.Item page : pages) {
      hole.consume(ArticleExtractor.INSTANCE.getText(page.content()));
    }
  }
}
