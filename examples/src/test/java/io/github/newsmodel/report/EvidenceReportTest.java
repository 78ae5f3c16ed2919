package io.github.newsmodel.report;

import static io.github.newsmodel.testing.ReportFixtures.PWNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.testing.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report's markup: highlights, tables, escaping, policy and determinism (the browser test runs it). */
class EvidenceReportTest {
  private final EvidenceReport report = EvidenceReport.create();

  @Test
  void everyQuotedValueIsHighlightedInItsArticleWithItsFieldRuleAndConfidence() {
    NewsDocument seed = ReportFixtures.seed0();
    Document page = Jsoup.parse(report.render(List.of(seed), List.of()));

    Element text = page.selectFirst("#d1 .text");
    assertThat(text.wholeText()).isEqualTo(seed.text());
    List<Highlight> expected = Highlights.of(seed, "d1");
    assertThat(page.select("#d1 mark.hl").eachAttr("data-ref")).containsAll(expected.stream().map(Highlight::ref).toList());
    Element name = page.select("mark.k-official[data-field=/name]").first();
    // The name crosses the end of the meeting's "a meeting between Sheikh Khalifa": it is split in two.
    assertThat(wholeHighlight(page, name)).isEqualTo("Sheikh Khalifa bin Hamad bin Khalifa Al Thani");
    assertThat(name.text()).isEqualTo("Sheikh Khalifa");
    assertThat(name.attr("data-rule")).isEqualTo("test.official.name");
    assertThat(name.attr("data-confidence")).isEqualTo("0.92");
    assertThat(name.attr("title")).contains("/name").contains("test.official.name");
    assertThat(page.select("mark.k-date").eachText()).contains("December 18, 2023");
    assertThat(page.select("mark.k-agreement").eachText()).contains("signing of a Letter of Intent");
    assertThat(page.select("mark.k-title").eachText()).contains("Minister of Interior");
    assertThat(page.select("mark.k-place").eachText()).contains("in Doha");
    assertThat(page.select("mark.k-meeting").eachText()).contains("a meeting between Sheikh Khalifa");
    // The meeting's evidence contains the name's: the name is nested inside it, not cut off.
    assertThat(page.select("mark.k-meeting > mark.k-official").eachText()).contains("Sheikh Khalifa");
  }

  @Test
  void eachArticleHasSummaryTablesWhoseRowsPointAtItsHighlights() {
    Document page = Jsoup.parse(report.render(ReportFixtures.seeds(), List.of()));

    assertThat(page.select("nav a").eachAttr("href")).containsExactly("#d1", "#d2", "#d3");
    assertThat(page.select("#d1 tr[data-ref]").eachAttr("data-ref"))
        .containsExactly("d1-o0", "d1-o1", "d1-m0", "d1-a0", "d1-a1");
    Element meetingRow = page.selectFirst("#d1 tr[data-ref=d1-m0]");
    assertThat(meetingRow.text()).contains("Khalifa bin Hamad bin Khalifa Al Thani, Kristi Noem").contains("2023-12-18")
        .contains("Doha, QA").contains("held");
    for (String ref : page.select("tr[data-ref]").eachAttr("data-ref")) {
      assertThat(page.select("mark[data-ref=" + ref + "]")).as("highlights of %s", ref).isNotEmpty();
    }
    assertThat(page.selectFirst(".totals").text()).isEqualTo("3 articles · 6 officials · 3 meetings · 2 agreements · 0 failed");
  }

  @Test
  void plantedMarkupStaysTextAndTheSourceAddressIsNoLink() {
    NewsDocument hostile = ReportFixtures.hostile();
    String html = report.render(List.of(hostile), List.of(new EvidenceReport.Failure("<b>x</b>", "io", "<script>")));
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("script").data()).doesNotContain(PWNED);
    assertThat(page.select("img, svg, iframe, b, i, #" + PWNED)).isEmpty();
    assertThat(page.select("[onerror], [onload], [onmouseover]")).isEmpty();
    assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    assertThat(page.selectFirst(".text").wholeText()).isEqualTo(hostile.text());
    assertThat(page.selectFirst("#d1 h2").text()).isEqualTo("hostile/<script>alert(1)</script>.txt");
    assertThat(wholeHighlight(page, page.select("mark[data-field=/titles/0]").first()))
        .isEqualTo("<script>document.title");
    assertThat(page.selectFirst(".failures li").text()).isEqualTo("<b>x</b> io: <script>");
    assertThat(page.select("td").eachText()).contains("<img src=x onerror=alert(1)>");
    assertThat(html).doesNotContain("<script>document").doesNotContain("<img").doesNotContain("\" onmouseover");
  }

  @Test
  void valuesFromAPageCarryTheSelectorOfTheirElement() {
    NewsDocument page = NewsModel.parseHtml("<html><body><article><p>Lina Haddad spoke.</p></article></body></html>",
        "https://example.org/a");
    String text = page.text();
    Evidence name = Evidence.builder().from(Evidences.inText("/name", text, 0, 11, "test.official.name", 0.9))
        .html(HtmlLocator.builder().selector("article > p").build()).build();
    NewsDocument withOfficial = NewsDocument.builder().from(page)
        .addOfficials(Official.builder().id("lina").name("Lina Haddad").addEvidence(name).build()).build();
    Document rendered = Jsoup.parse(report.render(List.of(withOfficial), List.of()));

    assertThat(rendered.selectFirst("mark[data-field=/name]").attr("data-selector")).isEqualTo("article > p");
    assertThat(rendered.selectFirst(".meta a[href]").attr("href")).isEqualTo("https://example.org/a");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(EvidenceReport.isWebAddress("https://example.org/a")).isTrue();
    assertThat(EvidenceReport.isWebAddress("HTTP://example.org")).isTrue();
    assertThat(EvidenceReport.isWebAddress("javascript:alert(1)")).isFalse();
    assertThat(EvidenceReport.isWebAddress(" https://example.org")).isFalse();
    assertThat(EvidenceReport.isWebAddress("data:text/html,x")).isFalse();
    assertThat(EvidenceReport.isWebAddress("file:///etc/passwd")).isFalse();
  }

  @Test
  void thePolicyAllowsExactlyThePagesOwnStyleAndScriptAndNothingElse() throws Exception {
    String html = report.render(ReportFixtures.seeds(), List.of());
    Document page = Jsoup.parse(html);
    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

    assertThat(policy).startsWith("default-src 'none';").contains("base-uri 'none'").doesNotContain("unsafe");
    assertThat(policy).contains("script-src '" + sha256(page.selectFirst("script").data()) + "'");
    assertThat(policy).contains("style-src '" + sha256(page.selectFirst("style").data()) + "'");
    Matcher external = Pattern.compile("(src|href)=\"(?!#)").matcher(html);
    assertThat(external.find()).as("no external resource").isFalse();
  }

  @Test
  void theSameDocumentsGiveTheSameBytes() {
    List<NewsDocument> docs = ReportFixtures.seeds();
    assertThat(report.render(docs, List.of())).isEqualTo(EvidenceReport.create().render(docs, List.of()));
  }

  @Test
  void anEmptyReportSaysSoAndKeepsItsTitle() {
    Document page = Jsoup.parse(report.withTitle("Gulf <security>").render(List.of(), List.of()));
    assertThat(page.title()).isEqualTo("Gulf <security>");
    assertThat(page.selectFirst("header .none").text()).isEqualTo("No articles.");
  }

  /** The text of every piece of a (possibly split) highlight, in order. */
  private static String wholeHighlight(Document page, Element piece) {
    StringBuilder text = new StringBuilder();
    for (Element mark : page.select("mark.hl")) {
      if (mark.attr("data-ref").equals(piece.attr("data-ref")) && mark.attr("data-field").equals(piece.attr("data-field"))
          && mark.attr("data-span").equals(piece.attr("data-span"))) {
        text.append(mark.wholeText());
      }
    }
    return text.toString();
  }

  private static String sha256(String inline) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(digest);
  }
}
