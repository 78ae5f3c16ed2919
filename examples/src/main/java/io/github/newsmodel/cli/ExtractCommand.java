package io.github.newsmodel.cli;

import io.github.newsmodel.corpus.ArticleResult;
import io.github.newsmodel.corpus.CorpusExtractor;
import io.github.newsmodel.corpus.CorpusInput;
import io.github.newsmodel.corpus.CorpusInputs;
import io.github.newsmodel.corpus.CorpusReader;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.parse.ParseHints;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code extract [-o OUT] [--url URL] [--published DATE] [--threads N] [--jit MODE] PATH...}: one compact JSON
 * document per article, in input order, each line written whole and flushed. Inputs are plain text,
 * HTML, JSON Lines and WARC files, gzipped or not; articles are parsed on all cores. A failing input
 * gives an error line and exit status 1 at the end; it never stops the run. A final count line goes
 * to standard error, and a progress display too when standard error is a terminal.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Writes one newsmodel/1 JSON document per article (JSON Lines).")
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write JSON Lines here instead of stdout.")
  Path output;

  @Option(names = "--url", paramLabel = "URL", description = "The page address of a single input.")
  String url;

  @Option(names = "--published", paramLabel = "DATE",
      description = "A known publication date (ISO-8601) of a single input.")
  String published;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles parsed at once (default: the number of processors).")
  Integer threads;

  @Option(names = "--jit", paramLabel = "MODE", defaultValue = "quick",
      description = "How the JVM compiles when this command owns it: quick (default; its fast compiler only, "
          + "shortest batch runs on few cores) or full (its optimizing compiler too, for long runs on many cores).")
  JitMode jit;

  @ParentCommand
  NewsModelCli cli;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files (.txt, .html, .htm, .jsonl, .warc, each optionally .gz), directories (walked "
          + "recursively, sorted) or - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    if (cli != null && cli.ownsProcess()) {
      jit.apply();
    }
    ParseHints hints = hints();
    CorpusExtractor extractor = extractor();
    List<CorpusInput> inputs;
    try {
      inputs = CorpusInputs.expand(paths, System.in).stream().map(input -> input.withHints(hints)).toList();
    } catch (UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintStream err = System.err;
    RunCounts counts = new RunCounts();
    Progress progress = new Progress(err, Terminal.stderrIsTerminal(), started);
    CorpusReader.Builder readers = CorpusReader.builder()
        .limits(extractor.limits())
        .onSkipped(input -> progress.message("newsmodel: skipping " + input.id()
            + " (not .txt, .html, .htm, .jsonl or .warc, optionally .gz)"));
    try (CorpusReader reader = readers.open(inputs);
         Stream<Line> lines = extractor.extract(reader.stream(), result -> new Line(result, result.toJson()));
         OutputStream out = output == null ? new KeepOpen(System.out) : Files.newOutputStream(output);
         Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      progress.track(reader::bytesRead, reader.bytesTotal());
      Iterator<Line> iterator = lines.iterator();
      while (iterator.hasNext()) {
        Line line = iterator.next();
        writer.write(line.json());
        writer.write('\n');
        writer.flush();
        counts.add(line.result());
        progress.tick(line.result().failed());
      }
    }
    progress.finish();
    err.println("newsmodel: " + counts.summary((System.nanoTime() - started) / 1e9));
    return counts.errors() > 0 ? 1 : 0;
  }

  private ParseHints hints() {
    ParseHints hints = ParseHints.none().withUri(url);
    if (published != null) {
      try {
        hints = hints.withPublished(PublicationDate.parse(published));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--published: " + e.getMessage());
      }
    }
    return hints;
  }

  private CorpusExtractor extractor() {
    CorpusExtractor.Builder builder = CorpusExtractor.builder();
    if (threads != null) {
      if (threads < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
      }
      builder.parallelism(threads);
    }
    return builder.build();
  }

  /** One output line: the result (for the counts) and its JSON, made on a worker thread. */
  private record Line(ArticleResult result, String json) {}

  /** Keeps {@code System.out} open when the writer around it is closed. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
