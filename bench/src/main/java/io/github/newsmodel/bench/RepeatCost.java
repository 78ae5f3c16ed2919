package io.github.newsmodel.bench;

import io.github.newsmodel.parse.TextParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * How much of a parse is the cost of meeting its input for the first time: parses each article of
 * the plain-text corpus of {@link TextPipelineBenchmark} twice in a row, and prints the thread CPU
 * time of the first parses and of the repeats, in milliseconds per pass over the corpus.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar io.github.newsmodel.bench.RepeatCost [SECONDS] [FLUSH_MB]
 * }</pre>
 *
 * <p>The repeat runs the same code on the same data, so what it saves is what the processor learns
 * from the first run of that one input: the outcomes of the branches that depend on the text, and
 * the cache lines of the lexicon entries and the text. {@code FLUSH_MB} (default 0) writes to a
 * buffer of that many megabytes before every parse, first and repeat alike; with a buffer well
 * above the second-level cache, what still separates the two is mostly the branch history.
 *
 * <p>Nothing is printed in the first 35 seconds of CPU time, which the JIT compiler needs to settle;
 * after that a line every 600 rounds gives the averages over those rounds. The run stops after
 * {@code SECONDS} (default 90) of CPU time.
 */
public final class RepeatCost {
  private static final int ROUNDS_PER_LINE = 600;
  private static final long WARM_UP_NANOS = 35_000_000_000L;

  private RepeatCost() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the CPU seconds to run (default 90) and the megabytes written between
   *     parses (default 0)
   */
  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 90;
    int flushBytes = (args.length > 1 ? Integer.parseInt(args[1]) : 0) << 20;
    List<BenchCorpus.Item> texts = BenchCorpus.texts();
    TextParser parser = TextParser.create();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    byte[] flush = new byte[flushBytes];
    long first = 0;
    long repeat = 0;
    long sink = 0;
    long begin = threads.getCurrentThreadCpuTime();
    long end = begin + seconds * 1_000_000_000L;
    for (int round = 1; threads.getCurrentThreadCpuTime() < end; round++) {
      for (BenchCorpus.Item item : texts) {
        sink += touch(flush);
        long start = threads.getCurrentThreadCpuTime();
        sink += parser.parse(item.content(), item.name()).officials().size();
        long middle = threads.getCurrentThreadCpuTime();
        sink += touch(flush);
        long again = threads.getCurrentThreadCpuTime();
        sink += parser.parse(item.content(), item.name()).officials().size();
        long stop = threads.getCurrentThreadCpuTime();
        first += middle - start;
        repeat += stop - again;
      }
      if (round % ROUNDS_PER_LINE == 0) {
        if (threads.getCurrentThreadCpuTime() - begin > WARM_UP_NANOS) {
          System.out.printf(Locale.ROOT, "%d articles, flush %d MB: first parse %.3f ms per pass, repeat %.3f ms"
              + " (%.0f %% less)%n", texts.size(), flushBytes >> 20, first / 1e6 / ROUNDS_PER_LINE,
              repeat / 1e6 / ROUNDS_PER_LINE, 100.0 * (first - repeat) / first);
        }
        first = 0;
        repeat = 0;
      }
    }
    // Keeps the parses from being optimised away.
    System.out.println("(" + sink + ")");
  }

  /** Writes one byte in every 64 of the buffer, evicting what the caches held. */
  private static int touch(byte[] buffer) {
    int sum = 0;
    for (int i = 0; i < buffer.length; i += 64) {
      buffer[i]++;
      sum += buffer[i];
    }
    return sum;
  }
}
