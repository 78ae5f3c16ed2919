package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.HtmlLocator;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.jsoup.parser.Parser;

/** Text spans map back to the exact source characters, character references included. */
class HtmlLocatorTest {
  private final String html = new String(HtmlTestSupport.resource("pages/entities.html"), StandardCharsets.UTF_8);
  private final HtmlExtraction extraction = HtmlTestSupport.extract(html);

  @Test
  void ampersandReferenceIsFiveSourceUnitsForOneTextUnit() {
    String text = extraction.text();
    int at = text.indexOf("Smith & Sons,");
    HtmlLocator ampersand = extraction.locator().locate(at + 6, at + 7).orElseThrow();
    assertThat(html.substring(ampersand.sourceStart().getAsInt(), ampersand.sourceEnd().getAsInt())).isEqualTo("&amp;");
    HtmlLocator phrase = extraction.locator().locate(at, at + "Smith & Sons".length()).orElseThrow();
    assertThat(html.substring(phrase.sourceStart().getAsInt(), phrase.sourceEnd().getAsInt()))
        .isEqualTo("Smith &amp; Sons");
    assertThat(phrase.selector()).endsWith("p:nth-child(2)");
  }

  @Test
  void everyCharacterOfTheBodyMapsToSourceThatDecodesToIt() {
    String text = extraction.text();
    for (var block : extraction.article().blocks()) {
      for (int i = block.start(); i < block.end(); i++) {
        char c = text.charAt(i);
        Optional<HtmlLocator> where = extraction.locator().locate(i, i + 1);
        assertThat(where).isPresent();
        String source = html.substring(where.get().sourceStart().getAsInt(), where.get().sourceEnd().getAsInt());
        String decoded = Parser.unescapeEntities(source, false);
        if (Character.isWhitespace(c) || c == '\u00A0') {
          assertThat(decoded.isBlank() || decoded.equals("\u00A0")).as("white space at %d", i).isTrue();
        } else {
          assertThat(decoded).as("character %d '%s'", i, c).isEqualTo(String.valueOf(c));
        }
      }
    }
  }

  @Test
  void spansOverSeveralLinesGiveTheirCommonAncestor() {
    String text = extraction.text();
    int first = text.indexOf("Smith & Sons,");
    int second = text.indexOf("The founder");
    HtmlLocator both = extraction.locator().locate(first, second + 3).orElseThrow();
    assertThat(both.selector()).endsWith("article");
  }

  @Test
  void separatorsAndEmptySpansOutsideLinesHaveNoLocation() {
    int newline = extraction.text().indexOf('\n');
    assertThat(extraction.locator().locate(newline, newline + 1)).isEmpty();
    assertThat(extraction.locator().locate(-1, 2)).isEmpty();
  }
}
