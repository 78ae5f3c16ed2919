package io.github.newsmodel.examples;

import io.github.newsmodel.dossier.Dossier;
import io.github.newsmodel.dossier.DossierMerger;
import io.github.newsmodel.dossier.DossierOfficial;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.model.Warning;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.NewsParseException;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small corpus run: parses every {@code .txt} and {@code .html} file under a folder on all cores
 * with one shared parser of each kind (parsers are immutable and thread-safe), writes the JSON
 * Lines in sorted file order (the same lines {@code extract} writes), counts what was found, and
 * merges the articles into a dossier to show who appears in several of them.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar io.github.newsmodel.examples.CorpusRun seeds target/corpus-run.jsonl}
 */
public final class CorpusRun {
  private static final TextParser TEXT = TextParser.create();
  private static final HtmlParser HTML = HtmlParser.create();

  private CorpusRun() {}

  /**
   * What a run found.
   *
   * @param articles the articles parsed
   * @param failed the files that could not be parsed, with the reason
   * @param officials the officials found, over all articles
   * @param meetings the meetings found
   * @param agreements the agreements found
   * @param warnings the warnings, counted by code (sorted)
   * @param dossier the articles merged across
   */
  public record Summary(int articles, Map<String, String> failed, int officials, int meetings, int agreements,
      Map<String, Integer> warnings, Dossier dossier) {}

  /**
   * Runs the example.
   *
   * @param args the folder (default {@code seeds}), then the JSON Lines output (default
   *     {@code target/corpus-run.jsonl})
   * @throws IOException if the folder cannot be listed or the output written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
    Path output = Path.of(args.length > 1 ? args[1] : "target/corpus-run.jsonl");
    System.out.print(describe(run(folder, output), output));
  }

  /**
   * Parses every article under a folder and writes the JSON Lines.
   *
   * @param folder the folder, walked recursively
   * @param output where to write one JSON line per article, in sorted file order
   * @return what was found
   * @throws IOException if the folder cannot be listed or the output written
   */
  public static Summary run(Path folder, Path output) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(CorpusRun::isArticle)
          .sorted(Comparator.comparing(Path::toString)).toList();
    }
    // parallel() spreads the files over the cores; toList() keeps them in file order.
    List<Parsed> parsed = files.parallelStream().map(CorpusRun::parse).toList();
    if (output.toAbsolutePath().getParent() != null) {
      Files.createDirectories(output.toAbsolutePath().getParent());
    }
    List<NewsDocument> documents = new ArrayList<>();
    Map<String, String> failed = new TreeMap<>();
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Parsed result : parsed) {
        if (result.document().isPresent()) {
          documents.add(result.document().get());
          writer.write(NewsJson.toJson(result.document().get()));
          writer.write('\n');
        } else {
          failed.put(result.file().toString(), result.error());
        }
      }
    }
    Map<String, Integer> warnings = new TreeMap<>();
    int officials = 0;
    int meetings = 0;
    int agreements = 0;
    for (NewsDocument doc : documents) {
      officials += doc.officials().size();
      meetings += doc.meetings().size();
      agreements += doc.agreements().size();
      for (Warning warning : doc.warnings()) {
        warnings.merge(warning.code(), 1, Integer::sum);
      }
    }
    return new Summary(documents.size(), failed, officials, meetings, agreements, warnings,
        DossierMerger.create().merge(documents));
  }

  /**
   * Describes a run for people.
   *
   * @param summary what the run found
   * @param output where the JSON Lines went
   * @return a few lines of text
   */
  public static String describe(Summary summary, Path output) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d articles parsed, %d failed; JSON Lines in %s%n", summary.articles(),
        summary.failed().size(), output));
    summary.failed().forEach((file, error) -> out.append("  failed: ").append(file).append(": ").append(error)
        .append('\n'));
    out.append(String.format(Locale.ROOT, "%d officials, %d meetings, %d agreements%n", summary.officials(),
        summary.meetings(), summary.agreements()));
    summary.warnings().forEach((code, count) -> out.append("  warning ").append(code).append(": ").append(count)
        .append('\n'));
    Dossier dossier = summary.dossier();
    out.append(String.format(Locale.ROOT, "dossier: %d people, %d meetings, %d conflicts%n",
        dossier.officials().size(), dossier.meetings().size(), dossier.conflicts().size()));
    for (DossierOfficial person : dossier.officials()) {
      if (person.sources().size() > 1) {
        out.append("  ").append(person.name()).append(" appears in ").append(person.sources().size())
            .append(" articles\n");
      }
    }
    return out.toString();
  }

  /** One file's result: a document, or why there is none. */
  private record Parsed(Path file, Optional<NewsDocument> document, String error) {}

  private static Parsed parse(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      NewsDocument doc = isHtml(file)
          ? HTML.parse(bytes, file.toString(), ParseHints.none())
          : TEXT.parse(bytes, file.toString(), ParseHints.none());
      return new Parsed(file, Optional.of(doc), null);
    } catch (IOException | UncheckedIOException e) {
      return new Parsed(file, Optional.empty(), "cannot read: " + e.getMessage());
    } catch (NewsParseException e) {
      return new Parsed(file, Optional.empty(), e.code() + ": " + e.getMessage());
    }
  }

  private static boolean isArticle(Path file) {
    return isHtml(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static boolean isHtml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }
}
