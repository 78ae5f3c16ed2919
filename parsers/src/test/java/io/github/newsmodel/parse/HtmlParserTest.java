package io.github.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.model.Warning;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The HTML parser's front door: decoding, limits, messy input, threads. */
class HtmlParserTest {
  private static final String PAGE = "<html lang=\"en\"><head><title>Ferry timetable approved | Gazette</title></head>"
      + "<body><article><h1>Ferry timetable approved</h1><p>The harbour council approved a new ferry timetable on "
      + "Tuesday, adding two evening crossings.</p><p>Councillors said the change follows a survey of commuters.</p>"
      + "</article></body></html>";

  @Test
  void parsesStringsAndBytesAlike() throws Exception {
    HtmlParser parser = HtmlParser.create();
    NewsDocument fromString = parser.parse(PAGE, "page.html", ParseHints.none());
    NewsDocument fromBytes = parser.parse(PAGE.getBytes(StandardCharsets.UTF_8), "page.html", ParseHints.none());
    assertThat(fromString.text()).isEqualTo(fromBytes.text());
    assertThat(fromString.text()).startsWith("Ferry timetable approved\nThe harbour council");
    assertThat(fromString.source().mediaType()).isEqualTo(HtmlParser.MEDIA_TYPE);
    assertThat(NewsJson.writer().writeValueAsString(fromString)).isEqualTo(NewsJson.writer().writeValueAsString(
        parser.parse(PAGE, "page.html", ParseHints.none())));
  }

  @Test
  void hintAddressGivesADateWhenThePageHasNone() {
    NewsDocument document = HtmlParser.create().parse(PAGE, "page.html",
        ParseHints.none().withUri("https://gazette.example/2024/05/14/ferry/"));
    assertThat(document.article().published()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-05-14"));
    assertThat(document.source().uri()).contains("https://gazette.example/2024/05/14/ferry/");
  }

  @Test
  void invalidBytesAreReplacedWithAWarning() {
    byte[] bytes = ("<meta charset=\"utf-8\"><p>caf\u00e9 " + "x".repeat(40) + "</p>").getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length] = (byte) 0xC3;
    NewsDocument document = HtmlParser.create().parse(broken, "broken.html", ParseHints.none());
    assertThat(document.warnings()).extracting(Warning::code).contains("decode.malformed");
  }

  @Test
  void sizeLimitsThrowTypedExceptions() {
    HtmlParser small = HtmlParser.withLimits(ParseLimits.defaults().withMaxInputChars(100).withMaxInputBytes(100));
    assertThatThrownBy(() -> small.parse("x".repeat(101), "big.html", ParseHints.none()))
        .isInstanceOfSatisfying(ParseLimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxInputChars"));
    assertThatThrownBy(() -> small.parse(new byte[101], "big.html", ParseHints.none()))
        .isInstanceOfSatisfying(ParseLimitExceededException.class, e -> assertThat(e.limit()).isEqualTo("maxInputBytes"));
  }

  @Test
  void deepNestingIsFlattenedWithAWarningAndNeverOverflows() {
    String deep = "<div>".repeat(20_000) + "<p>The text at the bottom of a very deep page, still read.</p>"
        + "</div>".repeat(20_000);
    HtmlParser parser = HtmlParser.withLimits(ParseLimits.defaults().withMaxHtmlDepth(64));
    NewsDocument document = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> parser.parse(deep, "deep.html", ParseHints.none()));
    assertThat(document.text()).contains("The text at the bottom of a very deep page");
    assertThat(document.warnings()).extracting(Warning::code).contains("html.depth_limit");
  }

  @Test
  void emptyAndNonsensePagesGiveDocumentsWithWarnings() {
    HtmlParser parser = HtmlParser.create();
    for (String page : List.of("", "<", "<html><body></body></html>", "<<<>>>&&&;;;", "<script>var a=1;</script>",
        "<table><tr><td>cell</table><p>after</p>", "\u0000\uFFFF\uD800")) {
      NewsDocument document = parser.parse(page, "odd.html", ParseHints.none());
      assertThat(document.schema()).startsWith("newsmodel/");
    }
    assertThat(parser.parse("", "empty.html", ParseHints.none()).warnings()).extracting(Warning::code)
        .contains("html.no_text");
  }

  @Test
  void oneParserServesManyThreadsWithTheSameResults() throws Exception {
    HtmlParser parser = HtmlParser.create();
    String expected = NewsJson.writer().writeValueAsString(parser.parse(PAGE, "page.html", ParseHints.none()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> NewsJson.writer().writeValueAsString(parser.parse(PAGE, "page.html",
            ParseHints.none()))));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
