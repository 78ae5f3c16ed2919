package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Shared helpers of the HTML tests: resources, direct extraction, document invariants. */
final class HtmlTestSupport {
  /** The classpath folder of the HTML test resources. */
  static final String RESOURCES = "/io/github/newsmodel/html/";

  private HtmlTestSupport() {}

  static byte[] resource(String name) {
    try (InputStream in = HtmlTestSupport.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the HTML stage alone on a page given as text. */
  static HtmlExtraction extract(String html) {
    Document page = Parser.htmlParser().parseInput(html, "");
    return new HtmlArticleExtractor(512).extract(page, html, ParseHints.none(), new WarningSink(100));
  }

  /** Checks the invariants every HTML document keeps: spans inside the text, quotes equal to it. */
  static void assertInvariants(NewsDocument document) {
    String text = document.text();
    List<Span> spans = new ArrayList<>();
    for (Block block : document.article().blocks()) {
      spans.add(block.span());
    }
    int previousEnd = 0;
    for (Span span : spans) {
      assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      previousEnd = span.end();
    }
    for (Section section : document.article().sections()) {
      section.heading().ifPresent(h -> assertThat(spans).contains(h));
      assertThat(spans).containsAll(section.paragraphs());
    }
    for (Evidence evidence : document.article().evidence()) {
      if (evidence.start().isPresent()) {
        assertThat(text.substring(evidence.start().getAsInt(), evidence.end().getAsInt())).isEqualTo(evidence.exact());
      } else {
        assertThat(evidence.html()).isPresent();
      }
    }
  }
}
