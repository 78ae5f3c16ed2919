package io.github.newsmodel;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;

/**
 * The front door of newsmodel for the common cases. For limits and other settings, use
 * {@link TextParser} and {@link HtmlParser} directly.
 *
 * <pre>{@code
 * NewsDocument doc = NewsModel.parseText(text, "article-1");
 * doc.officials().forEach(o -> System.out.println(o.name() + " " + o.titles()));
 * String json = NewsModel.toJson(doc);
 * }</pre>
 */
public final class NewsModel {
  /** The plain-text parser, made on first use so that parsing text never loads the HTML parser. */
  private static final class Text {
    static final TextParser PARSER = TextParser.create();
  }

  /** The HTML parser, made on first use. */
  private static final class Html {
    static final HtmlParser PARSER = HtmlParser.create();
  }

  private NewsModel() {}

  /**
   * Parses a plain-text article with default limits.
   *
   * @param text the article text
   * @param sourceId the caller's identifier, written to {@code source.id}
   * @return the document
   */
  public static NewsDocument parseText(String text, String sourceId) {
    return Text.PARSER.parse(text, sourceId);
  }

  /**
   * Parses an HTML page with default limits.
   *
   * @param html the page
   * @param uri the page address, or null when unknown
   * @return the document, with {@code source.id} set to the address (or {@code "html"})
   */
  public static NewsDocument parseHtml(String html, String uri) {
    return Html.PARSER.parse(html, uri == null ? "html" : uri, ParseHints.none().withUri(uri));
  }

  /**
   * Writes a document (or any model value) as one line of compact {@code newsmodel/1} JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String toJson(Object value) {
    return NewsJson.toJson(value);
  }
}
