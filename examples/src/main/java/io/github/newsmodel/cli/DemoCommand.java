package io.github.newsmodel.cli;

import io.github.newsmodel.corpus.ArticleResult;
import io.github.newsmodel.corpus.CorpusExtractor;
import io.github.newsmodel.corpus.CorpusInputs;
import io.github.newsmodel.corpus.CorpusReader;
import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demo [-o OUT] PATH...}: parses articles, prints a short readable summary of each
 * (metadata, officials, meetings, agreements, with a quote of their evidence) and writes the JSON
 * Lines to {@code OUT}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Prints a readable summary of each article and writes the JSON Lines.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "target/newsmodel-demo.jsonl",
      description = "Where to write the JSON Lines (default: ${DEFAULT-VALUE}).")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    if (output.getParent() != null) {
      Files.createDirectories(output.getParent());
    }
    int articles = 0;
    int failed = 0;
    CorpusReader.Builder readers = CorpusReader.builder()
        .onSkipped(input -> System.err.println("newsmodel: skipping " + input.id()));
    try (CorpusReader reader = readers.open(CorpusInputs.expand(paths, System.in));
         Stream<ArticleResult> results = CorpusExtractor.create().extract(reader.stream());
         BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      Iterator<ArticleResult> iterator = results.iterator();
      while (iterator.hasNext()) {
        ArticleResult result = iterator.next();
        writer.write(result.toJson());
        writer.write('\n');
        articles++;
        if (result.failed()) {
          failed++;
          out.printf("%s%n  error: %s%n%n", result.sourceId(), result.error().orElseThrow().error().message());
        } else {
          summarize(result.document().orElseThrow(), out);
        }
      }
    }
    out.printf("%d articles (%d failed); JSON Lines written to %s%n", articles, failed, output);
    return failed > 0 ? 1 : 0;
  }

  static void summarize(NewsDocument doc, PrintStream out) {
    var article = doc.article();
    out.println(doc.source().id());
    out.printf("  headline:  %s%n", article.headline().orElse("-"));
    out.printf("  byline:    %s   published: %s   dateline: %s%n", article.byline().orElse("-"),
        article.published().map(Object::toString).orElse("-"),
        article.dateline().map(d -> d.city().orElse("?") + "/" + d.country().orElse("?")).orElse("-"));
    out.printf("  structure: %d sections, %d blocks, %d warnings%n", article.sections().size(),
        article.blocks().size(), doc.warnings().size());
    Map<String, String> names = new HashMap<>();
    for (Official official : doc.officials()) {
      names.put(official.id(), official.name());
      out.printf("  official:  %s %s %s [%s]%s%n", official.name(), official.honorifics(), official.titles(),
          official.country().orElse("-"), quote(official.evidence()));
    }
    for (Meeting meeting : doc.meetings()) {
      out.printf("  meeting:   %s %s on %s at %s%s%n", meeting.status().jsonName(),
          meeting.participants().stream().map(id -> names.getOrDefault(id, id)).toList(),
          meeting.date().map(Object::toString).orElse("-"),
          meeting.location().map(l -> l.venue().orElse("") + " " + l.city().orElse("") + " "
              + l.country().orElse("")).map(String::strip).orElse("-"),
          quote(meeting.evidence()));
    }
    for (Agreement agreement : doc.agreements()) {
      out.printf("  agreement: %s %s %s%s%n", agreement.kind().label(), agreement.status().jsonName(),
          agreement.parties(), quote(agreement.evidence()));
    }
    out.println();
  }

  private static String quote(List<Evidence> evidence) {
    return evidence.isEmpty() ? "" : "  \u2190 \"" + evidence.get(0).exact() + "\"";
  }
}
