package io.github.newsmodel.testing;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.parse.ParseLimitExceededException;
import java.util.function.Supplier;

/**
 * The totality contract of the parsers, shared by property and fuzz tests: a parse gives a valid,
 * serialisable document or the documented limit exception, never anything else.
 */
public final class Totality {
  private Totality() {}

  /**
   * Runs a parse and checks the outcome.
   *
   * @param parse the parse to run
   * @return the document, or null when a limit was exceeded
   */
  public static NewsDocument check(Supplier<NewsDocument> parse) {
    NewsDocument doc;
    try {
      doc = parse.get();
    } catch (ParseLimitExceededException expected) {
      return null;
    }
    DocumentInvariants.check(doc);
    String json = NewsJson.toJson(doc);
    if (!json.startsWith("{\"schema\":\"newsmodel/1\"")) {
      throw new AssertionError("unexpected JSON start: " + json.substring(0, Math.min(80, json.length())));
    }
    return doc;
  }
}
