package io.github.newsmodel.report;

import static io.github.newsmodel.testing.ReportFixtures.PWNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.testing.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the report in headless Chromium (the Debian package; CI installs it) and checks the DOM
 * after scripts ran: the highlights are there, the page's own script ran, and nothing planted in
 * an article (a script, an {@code onerror} handler, a {@code javascript:} link, an attribute
 * break-out) ran or became an element. Keeps the page, the DOM and a screenshot under
 * {@code target/report-browser/}. Skipped only when {@code /usr/bin/chromium} is absent.
 */
class EvidenceReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of("target", "report-browser");
  private static final long HANG_GUARD_SECONDS = 90;

  private static Path page;

  @BeforeAll
  static void writeReport() throws IOException {
    Files.createDirectories(OUT);
    List<NewsDocument> docs = new ArrayList<>(ReportFixtures.seeds());
    docs.add(ReportFixtures.hostile());
    page = OUT.resolve("report.html").toAbsolutePath();
    Files.writeString(page, EvidenceReport.create().render(docs, List.of()), StandardCharsets.UTF_8);
  }

  @Test
  void theHighlightsAreInTheRenderedPageAndNoPlantedScriptRan() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
    Path dom = OUT.resolve("report.dom.html");
    runChromium("--dump-dom", dom, "");
    Document rendered = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));

    assertThat(rendered.selectFirst("html").attr("data-report-script")).as("the page's own script ran").isEqualTo("ready");
    assertThat(rendered.title()).isEqualTo("newsmodel evidence report").doesNotContain(PWNED);
    assertThat(rendered.getElementById(PWNED)).isNull();
    assertThat(rendered.select("script")).hasSize(1);
    assertThat(rendered.select("img, svg, iframe, object, embed")).isEmpty();
    assertThat(rendered.select("[onerror], [onload], [onmouseover], [onclick]")).isEmpty();
    assertThat(rendered.select("a[href]").eachAttr("href")).noneMatch(href -> href.toLowerCase().startsWith("javascript"));
    assertThat(rendered.select("#d4 .text").text()).contains("<script>document.title='" + PWNED + "'");

    assertThat(rendered.select("mark.hl")).hasSizeGreaterThan(20);
    for (HighlightKind kind : List.of(HighlightKind.OFFICIAL, HighlightKind.TITLE, HighlightKind.DATE,
        HighlightKind.PLACE, HighlightKind.MEETING, HighlightKind.AGREEMENT)) {
      assertThat(rendered.select("mark.k-" + kind.cssName())).as("highlights of kind %s", kind).isNotEmpty();
    }
    assertThat(rendered.select("#d1 mark.k-date").eachText()).contains("December 18, 2023");
    assertThat(rendered.select("#d1 mark.k-meeting > mark.k-official").eachText()).contains("Sheikh Khalifa");
  }

  @Test
  void aScreenshotIsKeptUnderTarget() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
    Path screenshot = OUT.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    runChromium("--screenshot=" + screenshot, OUT.resolve("screenshot.log"), "#d1-m0");

    assertThat(screenshot).exists();
    byte[] png = Files.readAllBytes(screenshot);
    assertThat(png.length).isGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void aLinkToAnEntityOpensThePageWithItsHighlightsMarkedAndItsEvidenceInTheSidePanel() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
    Path dom = OUT.resolve("report.entity.dom.html");
    runChromium("--dump-dom", dom, "#d1-o1");
    Document rendered = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));

    assertThat(rendered.select("mark.focus").eachAttr("data-ref")).isNotEmpty().containsOnly("d1-o1");
    assertThat(rendered.select("mark.focus").eachText()).contains("Kristi Noem", "Secretary Noem");
    assertThat(rendered.select("#panel-body .card dd").eachText())
        .contains("official", "official Kristi Noem", "/name", "test.official.name", "0.92");
  }

  /**
   * Runs headless Chromium on the page (with a fragment, or none) and a fresh profile; its standard
   * output goes to {@code stdout}.
   */
  private static void runChromium(String action, Path stdout, String fragment) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "chromium-profile-");
    List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,2000", action,
        page.toUri() + fragment);
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(OUT.resolve("chromium.stderr.log").toFile())
        .start();
    try {
      boolean finished = process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
      assertThat(finished).as("chromium finished within %d s", HANG_GUARD_SECONDS).isTrue();
      assertThat(process.exitValue()).as("chromium exit status").isZero();
    } finally {
      process.destroyForcibly();
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
