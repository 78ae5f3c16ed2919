package io.github.newsmodel.cli;

import io.github.newsmodel.report.EvidenceReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report [-o OUT] [--title TEXT] [--json FILE]... [PATH...]}: one self-contained HTML page
 * with every extracted value highlighted in its article (see {@link EvidenceReport}). Failed inputs
 * are listed in the page and give exit status 1; bad usage gives 2.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes one self-contained HTML page showing every extracted value in its article.")
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the page here instead of stdout.")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "The page title.")
  String title;

  @Option(names = "--json", paramLabel = "FILE",
      description = "JSON Lines written by extract (- for standard input); may be repeated.")
  List<String> jsonFiles = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Article files, directories (walked recursively, sorted) or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    DocumentInputs.Loaded loaded = DocumentInputs.forCommand(spec, paths, jsonFiles);
    EvidenceReport report = title == null ? EvidenceReport.create() : EvidenceReport.create().withTitle(title);
    String html = report.render(loaded.documents(), loaded.failures());
    if (output == null) {
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      out.print(html);
      out.flush();
    } else {
      if (output.toAbsolutePath().getParent() != null) {
        Files.createDirectories(output.toAbsolutePath().getParent());
      }
      Files.writeString(output, html, StandardCharsets.UTF_8);
      System.err.printf("newsmodel: report of %d articles written to %s%n", loaded.documents().size(), output);
    }
    return loaded.failures().isEmpty() ? 0 : 1;
  }
}
