package io.github.newsmodel.examples;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An HTML page to one {@code newsmodel/1} JSON line: the parser finds the article in the page,
 * its text is what a reader reads, and every evidence item carries an {@code html} locator (a CSS
 * selector) pointing back into the page. The page's address, when known, is a hint: it becomes
 * {@code source.uri} and resolves relative links.
 *
 * <p>Run: {@code java -cp examples/target/newsmodel.jar io.github.newsmodel.examples.HtmlPageToJson page.html https://example.org/news/1}
 */
public final class HtmlPageToJson {
  private static final HtmlParser PARSER = HtmlParser.create();

  private HtmlPageToJson() {}

  /**
   * Runs the example.
   *
   * @param args the path of an HTML file, then optionally the page's address
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: HtmlPageToJson PAGE.html [URL]");
      System.exit(2);
    }
    Path page = Path.of(args[0]);
    System.out.println(toJson(Files.readAllBytes(page), page.toString(), args.length > 1 ? args[1] : null));
  }

  /**
   * Parses a page (bytes, so that the page's own charset declaration is honoured) and writes it
   * as one JSON line.
   *
   * @param html the page's bytes
   * @param sourceId the id to write to {@code source.id}
   * @param url the page's address, or null when unknown
   * @return the JSON line
   */
  public static String toJson(byte[] html, String sourceId, String url) {
    NewsDocument doc = PARSER.parse(html, sourceId, ParseHints.none().withUri(url));
    return NewsJson.toJson(doc);
  }
}
