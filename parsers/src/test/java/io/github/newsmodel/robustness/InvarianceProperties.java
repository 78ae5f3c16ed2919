package io.github.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.ArticleGenerators;
import io.github.newsmodel.testing.Facts;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Changing only the layout of an article (line endings, trailing spaces, no-break spaces, quote
 * style, blank lines, wrapping in minimal HTML) must not change the officials, meetings and
 * agreements extracted from it.
 */
class InvarianceProperties {
  private static final TextParser TEXT = TextParser.create();
  private static final HtmlParser HTML = HtmlParser.create();

  /** A named layout change. */
  record Variant(String name, UnaryOperator<String> change) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Variant> TEXT_VARIANTS = List.of(
      new Variant("CRLF line endings", text -> text.replace("\r\n", "\n").replace("\n", "\r\n")),
      new Variant("trailing whitespace", text -> text.replace("\n", "  \t\n")),
      new Variant("no-break spaces", text -> text.replace(' ', '\u00A0')),
      new Variant("straight quotes", text -> text.replace('\u2019', '\'').replace('\u2018', '\'')
          .replace('\u201C', '"').replace('\u201D', '"')),
      new Variant("curly apostrophes", text -> text.replace('\'', '\u2019')),
      new Variant("extra blank lines", text -> text.replace("\n", "\n\n")));

  private static List<String> facts(String text) {
    return Facts.of(TEXT.parse(text, "invariance"));
  }

  @Test
  void layoutChangesKeepTheFacts() {
    qt().withExamples(60).forAll(ArticleGenerators.seeds(), Generate.pick(TEXT_VARIANTS))
        .checkAssert((seed, variant) -> assertThat(facts(variant.change().apply(seed)))
            .as(variant.name())
            .isEqualTo(facts(seed)));
  }

  @Test
  void wrappingInMinimalHtmlKeepsTheFacts() {
    qt().withExamples(5).forAll(ArticleGenerators.seeds()).checkAssert(seed -> {
      StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
      for (String line : seed.split("\r?\n")) {
        if (!line.isBlank()) {
          html.append("<p>").append(StringEscapeUtils.escapeHtml4(line)).append("</p>\n");
        }
      }
      html.append("</body></html>");
      NewsDocument page = HTML.parse(html.toString(), "wrapped", ParseHints.none());
      assertThat(Facts.of(page)).isEqualTo(facts(seed));
    });
  }
}
