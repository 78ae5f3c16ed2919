package io.github.newsmodel.bench;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.TextParser;
import java.util.List;
import java.util.Locale;

/**
 * The size of the result itself, for reading the allocation target ("bytes allocated per input
 * character beyond the result"): parses the plain-text corpus of {@link TextPipelineBenchmark}
 * many times over, keeps every document, and prints the heap they hold per input character and
 * per input byte. Subtract it from {@code gc.alloc.rate.norm} divided by the corpus size.
 *
 * <pre>{@code
 * java -Xmx2g -cp bench/target/benchmarks.jar io.github.newsmodel.bench.ResultSize [ROUNDS]
 * }</pre>
 *
 * <p>The heap in use is read after repeated {@code System.gc()} calls before and after the parses,
 * so the figure is an estimate; with the default 200 rounds it varies by less than 0.1 B per
 * character between runs. The input strings themselves are held throughout and not counted.
 */
public final class ResultSize {
  private ResultSize() {}

  /**
   * Measures the heap held by the parse results.
   *
   * @param args optionally the number of rounds over the corpus (default 200)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    List<BenchCorpus.Item> texts = BenchCorpus.texts();
    TextParser parser = TextParser.create();
    for (BenchCorpus.Item item : texts) {
      parser.parse(item.content(), item.name()); // lexicons and caches loaded before the baseline
    }
    long chars = 0;
    for (BenchCorpus.Item item : texts) {
      chars += item.content().length();
    }
    long bytes = BenchCorpus.totalBytes(texts);
    NewsDocument[] kept = new NewsDocument[rounds * texts.size()];
    long before = heapInUse();
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (BenchCorpus.Item item : texts) {
        kept[k++] = parser.parse(item.content(), item.name());
      }
    }
    long held = heapInUse() - before;
    System.out.printf(Locale.ROOT, "%d articles, %d characters, %d bytes, %d rounds: the results hold %.2f B per"
        + " character, %.2f B per byte%n", texts.size(), chars, bytes, rounds, held / (double) (chars * rounds),
        held / (double) (bytes * rounds));
    // Keeps the documents reachable until after the measurement.
    System.out.println(kept.length + " documents kept");
  }

  private static long heapInUse() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
