package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Text nodes align with their source, character references and carriage returns included. */
class SourceAlignmentTest {
  @Test
  void plainTextIsIdentity() {
    String html = "<p>plain text</p>";
    SourceAlignment a = SourceAlignment.of(firstText(html), html);
    assertThat(a.exact()).isTrue();
    assertThat(a.start(0)).isEqualTo(3);
    assertThat(a.end(9)).isEqualTo(13);
  }

  @Test
  void referencesSpanTheirWholeSource() {
    String html = "<p>a&amp;b&#233;c&#x1F600;d</p>";
    TextNode node = firstText(html);
    SourceAlignment a = SourceAlignment.of(node, html);
    assertThat(node.getWholeText()).isEqualTo("a&béc\uD83D\uDE00d");
    assertThat(a.exact()).isTrue();
    assertThat(html.substring(a.start(1), a.end(1))).isEqualTo("&amp;");
    assertThat(html.substring(a.start(3), a.end(3))).isEqualTo("&#233;");
    assertThat(html.substring(a.start(5), a.end(6))).isEqualTo("&#x1F600;");
    assertThat(html.substring(a.start(7), a.end(7))).isEqualTo("d");
  }

  @Test
  void carriageReturnsAreSkipped() {
    String html = "<p>one\r\ntwo</p>";
    TextNode node = firstText(html);
    SourceAlignment a = SourceAlignment.of(node, html);
    assertThat(a.exact()).isTrue();
    int t = node.getWholeText().indexOf('t');
    assertThat(html.charAt(a.start(t))).isEqualTo('t');
  }

  @Test
  void untrackedNodesAreInexact() {
    TextNode node = new TextNode("made up");
    assertThat(SourceAlignment.of(node, "<p>made up</p>").exact()).isFalse();
  }

  private static TextNode firstText(String html) {
    Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    return page.body().child(0).textNodes().get(0);
  }
}
