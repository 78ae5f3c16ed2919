package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.html.testing.HtmlGenerators;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import java.util.Optional;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Properties of the HTML stage over generated pages. */
class HtmlPropertiesTest {
  private static final HtmlParser PARSER = HtmlParser.create();

  @Test
  void everyPageGivesAValidDeterministicDocument() {
    qt().withExamples(150).forAll(HtmlGenerators.pages()).checkAssert(page -> {
      NewsDocument first = PARSER.parse(page, "generated.html", ParseHints.none());
      HtmlTestSupport.assertInvariants(first);
      NewsDocument second = PARSER.parse(page, "generated.html", ParseHints.none());
      assertThat(json(second)).isEqualTo(json(first));
    });
  }

  @Test
  void everyTextCharacterMapsToSourceThatDecodesToIt() {
    qt().withExamples(100).forAll(HtmlGenerators.pages()).checkAssert(page -> {
      HtmlExtraction extraction = HtmlTestSupport.extract(page);
      String text = extraction.text();
      for (Block block : extraction.article().blocks()) {
        if (block.kind() == io.github.newsmodel.model.BlockKind.HEADLINE) {
          continue;
        }
        for (int i = block.start(); i < block.end(); i++) {
          char c = text.charAt(i);
          if (Character.isWhitespace(c) || c == '\u00A0' || Character.isSurrogate(c)) {
            continue;
          }
          Optional<HtmlLocator> where = extraction.locator().locate(i, i + 1);
          assertThat(where).isPresent();
          String source = page.substring(where.get().sourceStart().getAsInt(), where.get().sourceEnd().getAsInt());
          assertThat(Parser.unescapeEntities(source, false)).as("character %d of %s", i, text)
              .isEqualTo(String.valueOf(c));
        }
      }
    });
  }

  private static String json(NewsDocument document) {
    try {
      return NewsJson.writer().writeValueAsString(document);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
