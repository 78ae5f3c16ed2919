package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.jsoup.parser.Parser;

/**
 * The government readout pages (public domain, see {@code html/readouts/README.md}) give the
 * headline, byline and date their text versions give, lay out the text as the text versions do
 * (headline, byline, date, body), and point every metadata value back into the markup.
 */
class HtmlReadoutsTest {
  private static final HtmlParser PARSER = HtmlParser.create();

  @Test
  void meetingReadout() {
    NewsDocument document = parse("016.html");
    assertThat(document.article().headline()).contains("Secretary Rubio’s Meeting with Jordanian Foreign Minister Safadi");
    assertThat(document.article().byline()).contains("Office of the Spokesperson");
    assertThat(document.article().published()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-07-14"));
    assertThat(document.text()).startsWith("Secretary Rubio’s Meeting with Jordanian Foreign Minister Safadi\n"
        + "Office of the Spokesperson\nJuly 14, 2026\nThe below is attributable to Spokesperson Tommy Pigott:\n"
        + "Secretary of State Marco Rubio met today");
    assertThat(document.article().blocks()).extracting(b -> b.kind()).containsExactly(BlockKind.HEADLINE,
        BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(document.article().sections()).hasSize(1);
    assertThat(document.article().sections().get(0).paragraphs()).hasSize(2);
    HtmlTestSupport.assertInvariants(document);
  }

  @Test
  void agreementReadoutKeepsItsFourParagraphsAndDecodesReferences() {
    NewsDocument document = parse("017.html");
    assertThat(document.article().headline()).contains("The United States and Cambodia Sign Air Transport Agreement");
    assertThat(document.article().published()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2026-07-01"));
    assertThat(document.article().sections().get(0).paragraphs()).hasSize(4);
    assertThat(document.text()).contains("Under President Trump’s leadership").doesNotContain("&#8217;");
    HtmlTestSupport.assertInvariants(document);
  }

  @Test
  void metadataEvidencePointsAtTheQuotedSource() {
    String html = new String(HtmlTestSupport.resource("readouts/016.html"), StandardCharsets.UTF_8);
    NewsDocument document = parse("016.html");
    for (Evidence evidence : document.article().evidence()) {
      assertThat(evidence.html()).as(evidence.field()).isPresent();
      HtmlLocator locator = evidence.html().get();
      assertThat(locator.selector()).isNotBlank();
      if (evidence.start().isPresent() && locator.sourceStart().isPresent()) {
        String source = html.substring(locator.sourceStart().getAsInt(), locator.sourceEnd().getAsInt());
        assertThat(Parser.unescapeEntities(source, false)).as(evidence.field()).isEqualTo(evidence.exact());
      }
    }
  }

  private static NewsDocument parse(String name) {
    return PARSER.parse(HtmlTestSupport.resource("readouts/" + name), name, ParseHints.none());
  }
}
