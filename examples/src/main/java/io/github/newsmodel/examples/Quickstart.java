package io.github.newsmodel.examples;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's quickstart as a program: parses one article and prints every official, meeting and
 * agreement with the quotes its values were read from, then the document as JSON.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar io.github.newsmodel.examples.Quickstart seeds/000_108a99c07e05f4ec.txt}
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the example.
   *
   * @param args one path to a plain-text article
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "seeds/000_108a99c07e05f4ec.txt");
    System.out.println(describe(Files.readString(path), path.toString()));
  }

  /**
   * Parses an article and describes it, then adds its JSON line.
   *
   * @param text the article text
   * @param id the source id
   * @return the description and the JSON
   */
  public static String describe(String text, String id) {
    NewsDocument doc = NewsModel.parseText(text, id);
    return describe(doc) + NewsModel.toJson(doc);
  }

  /**
   * Describes the officials, meetings and agreements of a document, each with its evidence quotes.
   *
   * @param doc a parsed document
   * @return one line per entity, then one indented line per evidence item
   */
  public static String describe(NewsDocument doc) {
    StringBuilder out = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    for (Official official : doc.officials()) {
      names.put(official.id(), official.name());
      out.append(String.format(Locale.ROOT, "official   %s %s %s%n", official.name(), official.titles(),
          official.country().orElse("-")));
      quotes(official.evidence(), out);
    }
    for (Meeting meeting : doc.meetings()) {
      List<String> participants = meeting.participants().stream().map(p -> names.getOrDefault(p, p)).toList();
      out.append(String.format(Locale.ROOT, "meeting    %s %s on %s%n", meeting.id(), participants,
          meeting.date().map(Object::toString).orElse("an unstated date")));
      quotes(meeting.evidence(), out);
    }
    for (Agreement agreement : doc.agreements()) {
      out.append(String.format(Locale.ROOT, "agreement  %s %s %s %s%n", agreement.id(), agreement.kind().label(),
          agreement.status().jsonName(), agreement.parties()));
      quotes(agreement.evidence(), out);
    }
    return out.toString();
  }

  private static void quotes(List<Evidence> evidence, StringBuilder out) {
    for (Evidence item : evidence) {
      out.append(String.format(Locale.ROOT, "           %-14s <- \"%s\" @%s (%s, %.2f)%n", item.field(), item.exact(),
          item.start().isPresent() ? item.start().getAsInt() + "-" + item.end().getAsInt() : "markup", item.rule(),
          item.confidence()));
    }
  }
}
