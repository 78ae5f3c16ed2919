package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.model.Warning;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parses the small pages under {@code html/pages/} and compares a projection of each result (the
 * article metadata, the text by block, the sections, the evidence with its rule and markup
 * selector, the warning codes) with the golden JSON under {@code html/golden/}, by tree equality.
 * Run with {@code -Dnewsmodel.golden.update=true} to rewrite the golden files (then review them).
 */
class HtmlGoldenPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final HtmlParser PARSER = HtmlParser.create();

  @ParameterizedTest
  @ValueSource(strings = {"jsonld-graph", "opengraph", "dublincore", "time-byline", "url-date", "malformed-jsonld",
      "visible-lines", "entities", "latin1"})
  void pageMatchesGoldenProjection(String name) throws IOException {
    NewsDocument document = PARSER.parse(HtmlTestSupport.resource("pages/" + name + ".html"), name + ".html",
        ParseHints.none());
    HtmlTestSupport.assertInvariants(document);
    JsonNode actual = project(document);
    Path golden = Path.of("src/test/resources/io/github/newsmodel/html/golden/" + name + ".json");
    if (Boolean.getBoolean("newsmodel.golden.update")) {
      Files.writeString(golden, JSON.writeValueAsString(actual) + "\n");
    }
    JsonNode expected = JSON.readTree(HtmlTestSupport.resource("golden/" + name + ".json"));
    assertThat(actual).isEqualTo(expected);
  }

  /** The parts of a document the HTML stage decides, independent of the later entity stages. */
  static JsonNode project(NewsDocument document) {
    String text = document.text();
    Article article = document.article();
    ObjectNode root = JSON.createObjectNode();
    root.put("headline", article.headline().orElse(null));
    root.put("byline", article.byline().orElse(null));
    root.put("outlet", article.outlet().orElse(null));
    root.put("published", article.published().map(Object::toString).orElse(null));
    root.put("language", article.language().orElse(null));
    ArrayNode blocks = root.putArray("blocks");
    for (Block block : article.blocks()) {
      blocks.addObject().put("kind", block.kind().jsonName()).put("text", slice(text, block.span()));
    }
    ArrayNode sections = root.putArray("sections");
    for (Section section : article.sections()) {
      ObjectNode s = sections.addObject();
      s.put("heading", section.heading().map(h -> slice(text, h)).orElse(null));
      ArrayNode paragraphs = s.putArray("paragraphs");
      section.paragraphs().forEach(p -> paragraphs.add(slice(text, p)));
    }
    ArrayNode evidence = root.putArray("evidence");
    for (Evidence e : article.evidence()) {
      ObjectNode item = evidence.addObject();
      item.put("field", e.field()).put("exact", e.exact()).put("rule", e.rule())
          .put("inText", e.start().isPresent())
          .put("selector", e.html().map(h -> h.selector()).orElse(null))
          .put("hasSourceRange", e.html().map(h -> h.sourceStart().isPresent()).orElse(false));
    }
    ArrayNode warnings = root.putArray("warnings");
    for (Warning w : document.warnings()) {
      warnings.add(w.code());
    }
    return root;
  }

  private static String slice(String text, Span span) {
    return text.substring(span.start(), span.end());
  }
}
