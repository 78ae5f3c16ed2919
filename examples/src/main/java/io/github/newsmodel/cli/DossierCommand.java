package io.github.newsmodel.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.newsmodel.dossier.Dossier;
import io.github.newsmodel.dossier.DossierMerger;
import io.github.newsmodel.model.NewsJson;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier [--format json|text] [-o OUT] [--json FILE]... [PATH...]}: merges the same people
 * and meetings across articles and reports conflicts (see {@link DossierMerger}). JSON by default:
 * {@code {"officials", "meetings", "conflicts"}}. Failed inputs are noted on stderr and give exit
 * status 1; bad usage gives 2.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true,
    description = "Merges people and meetings across articles and reports where the articles disagree.")
final class DossierCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    /** The JSON document (indented). */
    JSON,
    /** A readable summary. */
    TEXT
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or text.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of stdout.")
  Path output;

  @Option(names = "--date-tolerance", paramLabel = "DAYS", defaultValue = "" + DossierMerger.DEFAULT_DATE_TOLERANCE_DAYS,
      description = "How many days apart two reports may date one meeting (default: ${DEFAULT-VALUE}).")
  int dateToleranceDays;

  @Option(names = "--same-time-window", paramLabel = "DAYS",
      defaultValue = "" + DossierMerger.DEFAULT_SAME_TIME_WINDOW_DAYS,
      description = "How many days apart articles may be published for their titles to be compared "
          + "(default: ${DEFAULT-VALUE}).")
  int sameTimeWindowDays;

  @Option(names = "--json", paramLabel = "FILE",
      description = "JSON Lines written by extract (- for standard input); may be repeated.")
  List<String> jsonFiles = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Article files, directories (walked recursively, sorted) or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (dateToleranceDays < 0 || sameTimeWindowDays < 0) {
      throw new ParameterException(spec.commandLine(), "days must not be negative");
    }
    DocumentInputs.Loaded loaded = DocumentInputs.forCommand(spec, paths, jsonFiles);
    loaded.failures().forEach(failure -> System.err.printf("newsmodel: %s failed (%s): %s%n", failure.source(),
        failure.code(), failure.message()));
    Dossier dossier = DossierMerger.create()
        .withDateToleranceDays(dateToleranceDays)
        .withSameTimeWindowDays(sameTimeWindowDays)
        .merge(loaded.documents());
    String rendered = format == Format.TEXT ? DossierText.render(dossier) : json(dossier);
    if (output == null) {
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      out.print(rendered);
      out.flush();
    } else {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
    }
    return loaded.failures().isEmpty() ? 0 : 1;
  }

  private static String json(Dossier dossier) throws IOException {
    ObjectWriter writer = NewsJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT).writer();
    return writer.writeValueAsString(dossier) + "\n";
  }
}
