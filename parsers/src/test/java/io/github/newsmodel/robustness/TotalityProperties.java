package io.github.newsmodel.robustness;

import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.ArticleGenerators;
import io.github.newsmodel.testing.Totality;
import org.junit.jupiter.api.Test;

/** Any string gives a result (or the limit exception), never another exception. */
class TotalityProperties {
  private static final TextParser TEXT = TextParser.create();
  private static final HtmlParser HTML = HtmlParser.create();

  @Test
  void anyStringIsParsedAsPlainText() {
    qt().withExamples(400).forAll(ArticleGenerators.hostileStrings())
        .checkAssert(text -> Totality.check(() -> TEXT.parse(text, "prop")));
  }

  @Test
  void anyStringIsParsedAsHtml() {
    qt().withExamples(400).forAll(ArticleGenerators.hostileStrings())
        .checkAssert(html -> Totality.check(() -> HTML.parse(html, "prop", ParseHints.none())));
  }

  @Test
  void mutatedSeedsAreParsed() {
    qt().withExamples(150).forAll(ArticleGenerators.mutatedSeeds())
        .checkAssert(text -> Totality.check(() -> TEXT.parse(text, "prop")));
  }
}
