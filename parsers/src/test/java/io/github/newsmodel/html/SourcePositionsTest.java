package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourcePositionsTest {

  /** The nodes of two parses of the same source, in document order. */
  private static List<Node> nodes(Document page) {
    List<Node> nodes = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> nodes.add(node), page);
    return nodes;
  }

  /** The differences between our positions and the parser's own, one line each. */
  private static List<String> differences(String html) {
    Document tracked = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    Document plain = Parser.htmlParser().parseInput(html, "");
    SourcePositions positions = SourcePositions.of(plain, html);
    List<Node> expected = nodes(tracked);
    List<Node> actual = nodes(plain);
    assertThat(actual).hasSameSizeAs(expected);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      Node want = expected.get(i);
      Node got = actual.get(i);
      if (want instanceof Document) {
        continue;
      }
      Range range = want.sourceRange();
      if (range.isTracked() && positions.start(got) != SourcePositions.UNKNOWN
          && (positions.start(got) != range.startPos() || positions.end(got) != range.endPos())) {
        differences.add(describe(got) + " start " + range.startPos() + "-" + range.endPos() + " got "
            + positions.start(got) + "-" + positions.end(got));
      }
      if (want instanceof Element e && e.endSourceRange().isTracked()
          && positions.closeEnd((Element) got) != SourcePositions.UNKNOWN
          && (positions.closeStart((Element) got) != e.endSourceRange().startPos()
              || positions.closeEnd((Element) got) != e.endSourceRange().endPos())) {
        differences.add(describe(got) + " end " + e.endSourceRange().startPos() + "-" + e.endSourceRange().endPos()
            + " got " + positions.closeStart((Element) got) + "-" + positions.closeEnd((Element) got));
      }
    }
    return differences;
  }

  private static String describe(Node node) {
    return node instanceof Element e ? "<" + e.normalName() + ">" : node.nodeName();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<!DOCTYPE html><html><head><title>T &amp; t</title></head><body><p>One <b>two</b> three</p></body></html>",
      "<p>no head or body<p>second paragraph",
      "<table><tr><td>cell</td></tr></table>",
      "<div>a</p>b</div>",
      "<div>text <br> more <img src=x> and <hr/></div>",
      "<!-- c --><div><!-- inner -->x</div><?xml version=\"1.0\"?>",
      "<script>if (a < b) { x = '</div>'; }</script><style>p > a {}</style><p>after</p>",
      "<div title='a > b' data-x=\"1\" hidden>quoted</div>",
      "<ul><li>one<li>two</ul>",
      "<div><span>unclosed</div>",
      "<div>stray </span> end</div>",
      "<html><body><p>x</p></body></html>\n",
      "<p>a &copy; b &#169; c &nosemi d</p>",
      "<textarea><b>not a tag</b></textarea>",
  })
  void agreesWithTheParsersOwnTracking(String html) {
    assertThat(differences(html)).isEmpty();
  }

  /** The packaged test pages: real readouts and metadata fixtures, every node as the parser tracks it. */
  @ParameterizedTest
  @ValueSource(strings = {"readouts/016.html", "readouts/017.html", "pages/opengraph.html", "pages/url-date.html",
      "pages/time-byline.html", "pages/dublincore.html", "pages/jsonld-graph.html", "pages/malformed-jsonld.html",
      "pages/entities.html", "pages/visible-lines.html", "pages/latin1.html"})
  void agreesOnThePackagedPages(String name) throws IOException {
    try (InputStream in = SourcePositionsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(differences(html)).isEmpty();
    }
  }

  @Test
  void staysLinearOnPathologicalMarkup() {
    String html = "<span>".repeat(400) + "</x>".repeat(50_000) + "<p>a</p>".repeat(20_000)
        + "<table>" + "text<td>".repeat(5_000) + "\n".repeat(100_000) + "<!-- x --".repeat(1000);
    Document page = Parser.htmlParser().parseInput(html, "");
    long start = System.nanoTime();
    SourcePositions positions = SourcePositions.of(page, html);
    positions.start(page.body());
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void givesNoPositionForUnknownNodes() {
    Document page = Parser.htmlParser().parseInput("<p>x</p>", "");
    SourcePositions positions = SourcePositions.of(page, "<p>x</p>");
    Document other = Parser.htmlParser().parseInput("<p>y</p>", "");
    assertThat(positions.start(other.body())).isEqualTo(SourcePositions.UNKNOWN);
  }

  /** Compares with the parser's tracking over a folder of pages given as {@code newsmodel.test.pages}. */
  @Test
  void agreesOnAFolderOfPages() throws IOException {
    String folder = System.getProperty("newsmodel.test.pages");
    assumeTrue(folder != null, "set newsmodel.test.pages to a folder of pages to compare");
    int pages = 0;
    int differing = 0;
    long differences = 0;
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      for (Path file : files.sorted().toList()) {
        byte[] bytes;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
            : Files.newInputStream(file)) {
          bytes = in.readAllBytes();
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        List<String> found = differences(html);
        pages++;
        if (!found.isEmpty()) {
          differing++;
          differences += found.size();
          System.out.println(file.getFileName() + ": " + found.size() + " " + found.subList(0, Math.min(Integer.getInteger("newsmodel.test.show", 3), found.size())));
        }
      }
    }
    System.out.println(pages + " pages, " + differing + " with differences, " + differences + " differences");
    // On the development pages 84 % agree on every node; the rest differ in nodes no output cites.
    assertThat(differing).as("pages with any difference").isLessThanOrEqualTo(pages / 5);
  }
}
