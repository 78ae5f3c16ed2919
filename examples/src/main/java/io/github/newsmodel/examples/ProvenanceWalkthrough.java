package io.github.newsmodel.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Shows where every extracted value came from: for each entity, each evidence item's field (a
 * JSON Pointer into the entity), the value found there, the quote in its context
 * ({@code …prefix[exact]suffix…}), the rule and its confidence, the span, a check that
 * {@code text.substring(start, end)} is the quote, and, for HTML pages, the element it came from.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar io.github.newsmodel.examples.ProvenanceWalkthrough seeds/004_db0dbf79ac23e3a4.txt}
 */
public final class ProvenanceWalkthrough {
  private static final ObjectMapper JSON = NewsJson.newMapper();

  private ProvenanceWalkthrough() {}

  /**
   * Runs the example.
   *
   * @param args the path of an article ({@code .html}/{@code .htm} parsed as HTML, anything else as text)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "seeds/004_db0dbf79ac23e3a4.txt");
    byte[] bytes = Files.readAllBytes(path);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    NewsDocument doc = name.endsWith(".html") || name.endsWith(".htm")
        ? HtmlParser.create().parse(bytes, path.toString(), ParseHints.none())
        : TextParser.create().parse(bytes, path.toString(), ParseHints.none());
    System.out.print(walk(doc));
  }

  /**
   * Walks through the provenance of every value of a document.
   *
   * @param doc the document
   * @return the walk-through, one block per evidence item
   */
  public static String walk(NewsDocument doc) {
    StringBuilder out = new StringBuilder();
    out.append("source ").append(doc.source().id()).append(" (").append(doc.text().length())
        .append(" UTF-16 code units of text)\n");
    entity(out, doc, "article", doc.article(), doc.article().evidence());
    for (int i = 0; i < doc.officials().size(); i++) {
      entity(out, doc, "officials/" + i + " " + doc.officials().get(i).name(), doc.officials().get(i),
          doc.officials().get(i).evidence());
    }
    for (int i = 0; i < doc.meetings().size(); i++) {
      entity(out, doc, "meetings/" + i + " " + doc.meetings().get(i).id(), doc.meetings().get(i),
          doc.meetings().get(i).evidence());
    }
    for (int i = 0; i < doc.agreements().size(); i++) {
      entity(out, doc, "agreements/" + i + " " + doc.agreements().get(i).id(), doc.agreements().get(i),
          doc.agreements().get(i).evidence());
    }
    return out.toString();
  }

  private static void entity(StringBuilder out, NewsDocument doc, String label, Object entity,
      List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return;
    }
    out.append('\n').append(label).append('\n');
    JsonNode tree = JSON.valueToTree(entity);
    for (Evidence item : evidence) {
      JsonNode value = tree.at(item.field());
      out.append("  ").append(item.field()).append(" = ")
          .append(value.isMissingNode() ? "(no such field)" : value.toString()).append('\n');
      if (item.start().isPresent()) {
        int start = item.start().getAsInt();
        int end = item.end().getAsInt();
        boolean matches = doc.text().substring(start, end).equals(item.exact());
        out.append("    read from text[").append(start).append(", ").append(end).append("): \u2026")
            .append(oneLine(item.prefix().orElse(""))).append('[').append(oneLine(item.exact())).append(']')
            .append(oneLine(item.suffix().orElse(""))).append("\u2026\n")
            .append("    text.substring(").append(start).append(", ").append(end).append(") equals the quote: ")
            .append(matches ? "yes" : "NO").append('\n');
      } else {
        out.append("    read from markup, not from the text: \"").append(oneLine(item.exact())).append("\"\n");
      }
      item.html().ifPresent(html -> out.append("    in the page at ").append(html.selector())
          .append(html.sourceStart().isPresent()
              ? " (HTML source [" + html.sourceStart().getAsInt() + ", " + html.sourceEnd().getAsInt() + "))" : "")
          .append('\n'));
      out.append(String.format(Locale.ROOT, "    rule %s, confidence %.2f%n", item.rule(), item.confidence()));
    }
  }

  private static String oneLine(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }
}
