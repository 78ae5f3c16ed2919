package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The article is found among page furniture, and its own furniture is left out. */
class ContentSelectionTest {
  private static final String PARAGRAPH = "<p>The harbour council approved a new ferry timetable on Tuesday, adding two "
      + "evening crossings to the island route from June, councillors said.</p>";

  @Test
  void articleWinsOverNavigationSidebarAndFooter() {
    String page = "<body><nav><ul>" + "<li><a href=\"/a\">Section link</a></li>".repeat(30) + "</ul></nav>"
        + "<div class=\"sidebar\"><p>Teaser one, a short line with a comma, and more words here.</p></div>"
        + "<div class=\"story\">" + PARAGRAPH.repeat(4) + "</div>"
        + "<footer><p>Imprint, privacy policy, terms of use, contact and all the rest of it.</p></footer></body>";
    HtmlExtraction extraction = HtmlTestSupport.extract(page);
    assertThat(extraction.text()).contains("The harbour council approved").doesNotContain("Section link")
        .doesNotContain("Teaser one").doesNotContain("Imprint");
    assertThat(extraction.article().sections()).hasSize(1);
    assertThat(extraction.article().sections().get(0).paragraphs()).hasSize(4);
  }

  @Test
  void shareBarsRelatedLinksAndCommentsInsideTheArticleAreLeftOut() {
    String page = "<body><article>" + PARAGRAPH.repeat(3)
        + "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a></div>"
        + "<p><strong>Read more</strong></p><ul><li><a href=\"/1\">Other story one</a></li>"
        + "<li><a href=\"/2\">Other story two</a></li></ul>"
        + "<div id=\"comments\"><p>A reader wrote a long comment about the ferry, the weather and the prices.</p></div>"
        + "</article></body>";
    String text = HtmlTestSupport.extract(page).text();
    assertThat(text).doesNotContain("Share on Facebook").doesNotContain("Other story").doesNotContain("Read more")
        .doesNotContain("A reader wrote");
  }

  @Test
  void headingsStartSectionsAndCaptionsAreCreditsNotBody() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH
        + "<figure><img src=\"f.jpg\"><figcaption>The ferry at dawn. Photo: Gazette</figcaption></figure>"
        + "<h2>What changes</h2>" + PARAGRAPH + "</article></body>";
    HtmlExtraction extraction = HtmlTestSupport.extract(page);
    String text = extraction.text();
    assertThat(extraction.article().headline()).contains("Ferry timetable");
    assertThat(extraction.article().sections()).hasSize(2);
    assertThat(extraction.article().sections().get(1).heading()).hasValueSatisfying(
        h -> assertThat(text.substring(h.start(), h.end())).isEqualTo("What changes"));
    assertThat(extraction.article().blocks()).anySatisfy(b -> {
      assertThat(b.kind()).isEqualTo(io.github.newsmodel.model.BlockKind.CREDIT);
      assertThat(text.substring(b.start(), b.end())).startsWith("The ferry at dawn");
    });
  }

  @Test
  void hiddenTextIsNeverRead() {
    String page = "<body><article>" + PARAGRAPH + "<p style=\"display: none\">secret one</p>"
        + "<p hidden>secret two</p><span class=\"sr-only\">secret three</span><template><p>secret four</p>"
        + "</template></article></body>";
    assertThat(HtmlTestSupport.extract(page).text()).doesNotContain("secret");
  }

  @Test
  void feedbackPromptsNoticesAndContactLabelsAreLeftOut() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(3)
        + "<p>War der Artikel nützlich?</p><p>Alle Angaben ohne Gewähr.</p><p>Kontakt:</p>"
        + "<p>Anzeige: Heute mal ausgehen? Wie wäre es mit einem Ausflug.</p></article></body>";
    String text = HtmlTestSupport.extract(page).text();
    assertThat(text).contains("The harbour council approved").doesNotContain("nützlich")
        .doesNotContain("ohne Gewähr").doesNotContain("Kontakt").doesNotContain("ausgehen");
  }
}
