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
    SourceAlignment a = SourceAlignment.of(firstText(html), positions(html));
    assertThat(a.exact()).isTrue();
    assertThat(a.start(0)).isEqualTo(3);
    assertThat(a.end(9)).isEqualTo(13);
  }

  @Test
  void referencesSpanTheirWholeSource() {
    String html = "<p>a&amp;b&#233;c&#x1F600;d</p>";
    TextNode node = firstText(html);
    SourceAlignment a = SourceAlignment.of(node, positions(html));
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
    SourceAlignment a = SourceAlignment.of(node, positions(html));
    assertThat(a.exact()).isTrue();
    int t = node.getWholeText().indexOf('t');
    assertThat(html.charAt(a.start(t))).isEqualTo('t');
  }

  @Test
  void untrackedNodesAreInexact() {
    TextNode node = new TextNode("made up");
    assertThat(SourceAlignment.of(node, positions("<p>made up</p>")).exact()).isFalse();
  }

  /** The pages parsed so far, by source, so that a node and its positions come from one parse. */
  private final java.util.Map<String, Document> pages = new java.util.HashMap<>();

  private TextNode firstText(String html) {
    return page(html).body().child(0).textNodes().get(0);
  }

  private Document page(String html) {
    return pages.computeIfAbsent(html, h -> Parser.htmlParser().parseInput(h, ""));
  }

  private SourcePositions positions(String html) {
    return SourcePositions.of(page(html), html);
  }
}
