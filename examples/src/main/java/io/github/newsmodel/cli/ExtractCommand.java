package io.github.newsmodel.cli;

import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code extract [-o OUT] [--url URL] [--published DATE] PATH...}: one compact JSON document per
 * article, in input order, each line written whole and flushed. A failing input gives an error line
 * and exit status 1 at the end; it never stops the run.
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

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (walked recursively, sorted) or - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    ParseHints hints = ParseHints.none().withUri(url);
    if (published != null) {
      try {
        hints = hints.withPublished(PublicationDate.parse(published));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--published: " + e.getMessage());
      }
    }
    List<InputFiles.Input> inputs;
    try {
      inputs = InputFiles.expand(paths);
    } catch (UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    DocumentSource source = new DocumentSource(TextParser.create(), HtmlParser.create(), System.in);
    PrintStream err = System.err;
    Progress progress = new Progress(err, System.console() != null);
    boolean failed = false;
    try (OutputStream out = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
         Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      for (InputFiles.Input input : inputs) {
        var skip = DocumentSource.extensionWarning(input);
        if (skip.isPresent()) {
          err.println(skip.get());
          continue;
        }
        DocumentSource.Outcome outcome = source.parse(input, hints);
        failed |= outcome.error() != null;
        writer.write(NewsJson.toJson(outcome.json()));
        writer.write('\n');
        writer.flush();
        progress.tick(outcome.error() != null);
      }
    }
    progress.finish();
    return failed ? 1 : 0;
  }

  /** Keeps {@code System.out} open when the writer around it is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
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
