package io.github.newsmodel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.corpus.ArticleResult;
import io.github.newsmodel.corpus.CorpusExtractor;
import io.github.newsmodel.corpus.CorpusInputs;
import io.github.newsmodel.corpus.CorpusReader;
import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.report.EvidenceReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Gathers the documents of the {@code report} and {@code dossier} commands: articles parsed from
 * paths exactly as {@code extract} expands and parses them, and documents read back from JSON Lines
 * that {@code extract} wrote ({@code --json FILE}, {@code -} for standard input). Bad inputs become
 * failures, never exceptions.
 */
final class DocumentInputs {
  private DocumentInputs() {}

  /**
   * The documents read, and the inputs that failed.
   *
   * @param documents the documents, in input order (paths first, then JSON files)
   * @param failures the failed inputs
   */
  record Loaded(List<NewsDocument> documents, List<EvidenceReport.Failure> failures) {}

  /**
   * Checks a command's inputs and loads them: at least one path or JSON file, standard input used
   * at most once, directories that can be listed.
   *
   * @param spec the command, for usage errors
   * @param paths article files, directories or {@code -}
   * @param jsonFiles JSON Lines written by {@code extract}, or {@code -}
   * @return the documents and failures
   * @throws ParameterException for bad usage (exit status 2)
   */
  static Loaded forCommand(CommandSpec spec, List<String> paths, List<String> jsonFiles) {
    if (paths.isEmpty() && jsonFiles.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give at least one PATH or --json FILE");
    }
    if (paths.contains("-") && jsonFiles.contains("-")) {
      throw new ParameterException(spec.commandLine(), "standard input can be read only once");
    }
    try {
      return load(paths, jsonFiles, System.in, System.err);
    } catch (UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Parses the paths and reads the JSON Lines files.
   *
   * @param paths article files, directories or {@code -}, as for {@code extract}
   * @param jsonFiles JSON Lines written by {@code extract}, or {@code -}
   * @param stdin standard input
   * @param err where notes on skipped files go
   * @return the documents and failures
   * @throws java.io.UncheckedIOException if a directory cannot be listed
   */
  static Loaded load(List<String> paths, List<String> jsonFiles, InputStream stdin, PrintStream err) {
    List<NewsDocument> documents = new ArrayList<>();
    List<EvidenceReport.Failure> failures = new ArrayList<>();
    if (!paths.isEmpty()) {
      CorpusReader.Builder readers = CorpusReader.builder()
          .onSkipped(input -> err.println("newsmodel: skipping " + input.id()));
      try (CorpusReader reader = readers.open(CorpusInputs.expand(paths, stdin));
           Stream<ArticleResult> results = CorpusExtractor.create().extract(reader.stream())) {
        results.forEachOrdered(result -> {
          if (result.document().isPresent()) {
            documents.add(result.document().get());
          } else {
            ErrorInfo error = result.error().orElseThrow().error();
            failures.add(new EvidenceReport.Failure(result.sourceId(), error.code(), error.message()));
          }
        });
      }
    }
    for (String file : jsonFiles) {
      readJsonLines(file, stdin, documents, failures);
    }
    return new Loaded(List.copyOf(documents), List.copyOf(failures));
  }

  private static void readJsonLines(String file, InputStream stdin, List<NewsDocument> documents,
      List<EvidenceReport.Failure> failures) {
    try (BufferedReader reader = file.equals("-")
        ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          readLine(file + ":" + number, line, documents, failures);
        }
      }
    } catch (NoSuchFileException e) {
      failures.add(new EvidenceReport.Failure(file, "io.not_found", "no such file: " + file));
    } catch (IOException e) {
      failures.add(new EvidenceReport.Failure(file, "io", "cannot read " + file + ": " + e.getMessage()));
    }
  }

  private static void readLine(String where, String line, List<NewsDocument> documents,
      List<EvidenceReport.Failure> failures) {
    try {
      JsonNode tree = NewsJson.reader().readTree(line);
      if (tree == null || !tree.isObject()) {
        failures.add(new EvidenceReport.Failure(where, "json", "not a JSON object"));
        return;
      }
      if (tree.has("error")) {
        JsonNode error = tree.get("error");
        failures.add(new EvidenceReport.Failure(tree.path("source").path("id").asText(where),
            error.path("code").asText("error"), error.path("message").asText("")));
        return;
      }
      documents.add(NewsJson.fromJson(line, NewsDocument.class));
    } catch (IOException | IllegalArgumentException e) {
      failures.add(new EvidenceReport.Failure(where, "json", "not a newsmodel/1 document: " + e.getMessage()));
    }
  }
}
