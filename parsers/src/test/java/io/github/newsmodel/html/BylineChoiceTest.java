package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The byline is read from markup, from lines next to the headline, or from the end of the article. */
class BylineChoiceTest {
  private static final String PARAGRAPH = "<p>The harbour council approved a new ferry timetable on Tuesday, adding two "
      + "evening crossings to the island route from June, councillors said.</p>";

  @Test
  void agencyBylineNextToTheHeadlineIsABylineNotACredit() {
    String page = "<body><article><h1>Ferry timetable</h1><p>Von Jana Beispiel, dpa</p>" + PARAGRAPH.repeat(3)
        + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jana Beispiel, dpa");
  }

  @Test
  void labelledAuthorLineBeforeTheSourcesClosesTheArticle() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(4)
        + "<p>Text: Jana Beispiel</p><p><strong>Sources</strong></p>"
        + "<p>Harbour board: Annual report 2020, pages 4 to 9.</p><p>Island council: Minutes of 3 May 2021.</p>"
        + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jana Beispiel");
  }

  @Test
  void labelledLineThatIsNoNameIsNoSignature() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(8)
        + "<p>Von Hafen im Sommer</p></article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).isEmpty();
  }

  @Test
  void authorLineInTheDateBlockIsTheByline() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(4)
        + "<div class=\"meta\"><p>Datum: 19.11.2021</p><p>Autor: Jana Beispiel</p></div></article></body>";
    HtmlExtraction extraction = HtmlTestSupport.extract(page);
    assertThat(extraction.article().byline()).contains("Jana Beispiel");
    assertThat(extraction.article().published()).isPresent();
  }

  @Test
  void organisationInMetadataGivesWayToTheAuthorLine() {
    String page = "<html><head><meta name=\"author\" content=\"Harbour Friends e.V.\"></head><body><article>"
        + "<h1>Ferry timetable</h1><p>Von Jana Beispiel</p>" + PARAGRAPH.repeat(3) + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jana Beispiel");
  }

  @Test
  void illustratorAfterTheAuthorIsLeftOut() {
    String page = "<body><article><h1>Ferry timetable</h1><p>Text von Jana Beispiel Illustration von Max Muster</p>"
        + PARAGRAPH.repeat(3) + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jana Beispiel");
  }

  @Test
  void siteNamedAsAuthorIsTheBylineWhenNoOneElseIs() {
    String page = "<html><head><meta property=\"og:site_name\" content=\"Harbour Sports Europe\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable\","
        + "\"author\":{\"@type\":\"Organization\",\"name\":\"Harbour Sports\"}}</script></head><body><article>"
        + "<h1>Ferry timetable</h1>" + PARAGRAPH.repeat(3) + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Harbour Sports");
  }

  @Test
  void siteNamedAsAuthorGivesWayToAnAuthorLine() {
    String page = "<html><head><meta property=\"og:site_name\" content=\"Harbour Sports\">"
        + "<meta name=\"author\" content=\"Harbour Sports\"></head><body><article>"
        + "<h1>Ferry timetable</h1><p>By Jane Example</p>" + PARAGRAPH.repeat(3) + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jane Example");
  }

  @Test
  void metadataListThatNamesMoreAuthorsWins() {
    String page = "<html><head><meta name=\"author\" content=\"Jane Example, John O&amp;#039;Sample\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"Jane Example\"}</script>"
        + "</head><body><article><h1>Ferry timetable</h1><p class=\"byline\">Jane Example</p>"
        + PARAGRAPH.repeat(3) + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jane Example, John O'Sample");
  }

  @Test
  void sectionNamesAfterADateAreNoByline() {
    String page = "<body><article><h1>Ferry timetable</h1>"
        + "<p>January 13, 2020 at 08:45 AM | categories: Travel, Islands | View Comments</p>"
        + PARAGRAPH.repeat(3) + "</article></body>";
    HtmlExtraction extraction = HtmlTestSupport.extract(page);
    assertThat(extraction.article().byline()).isEmpty();
    assertThat(extraction.article().blocks()).anySatisfy(b -> {
      assertThat(b.kind()).isEqualTo(io.github.newsmodel.model.BlockKind.DATELINE);
      assertThat(extraction.text().substring(b.start(), b.end())).startsWith("January 13, 2020");
    });
  }

  @Test
  void bylineMarkedByTestIdWithLeadInItsOwnElement() {
    String page = "<body><article><h1>Ferry timetable</h1><div data-testid=\"story-byline\"><span>By</span>"
        + "<span><a href=\"/team/jane\">Jane Example</a></span></div>" + PARAGRAPH.repeat(3) + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jane Example");
  }

  @Test
  void siteNameWrittenTogetherIsNoPersonalAuthor() {
    String page = "<html><head><meta property=\"og:site_name\" content=\"www.harbourgazette.example\">"
        + "<meta name=\"author\" content=\"Harbour Gazette\"></head><body><article><h1>Ferry timetable</h1>"
        + "<div class=\"author-name\">Jane Example</div>" + PARAGRAPH.repeat(3) + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jane Example");
  }

  @Test
  void submittedLineNamesTheAuthor() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(3)
        + "<div class=\"submitted\">Gespeichert von <span class=\"username\">harbourfan</span> am 24. Juli 2017 - 18:55"
        + "</div></article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("harbourfan");
  }

  @Test
  void bylineWhoseNamesAreLinksIsKept() {
    String page = "<body><article><h1>Ferry timetable</h1><p><strong>The council adds two crossings.</strong></p>"
        + "<p>Von <a href=\"https://jana.example\">Jana Beispiel</a> und <a href=\"https://max.example\">Max Muster</a>"
        + "</p>" + PARAGRAPH.repeat(3) + "</article></body>";
    HtmlExtraction extraction = HtmlTestSupport.extract(page);
    assertThat(extraction.article().byline()).contains("Jana Beispiel und Max Muster");
    assertThat(extraction.text()).contains("Von Jana Beispiel und Max Muster");
  }

  @Test
  void dayNameBeforeTheDateIsNoPartOfTheName() {
    assertThat(BylineCleaner.clean("Posted by Harbour Friends on Monday, February 7, 2022"))
        .contains("Harbour Friends");
  }

  @Test
  void articlePromotedToTheFrontPageKeepsItsByline() {
    String page = "<body><div class=\"node node-article node-promoted\"><h1>Ferry timetable</h1>"
        + "<div class=\"submitted\">Submitted by Jane Example on 24 July 2017</div>"
        + "<div class=\"content\">" + PARAGRAPH.repeat(3) + "</div></div></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jane Example");
  }

  @Test
  void italicSignatureBeforeTheNotesClosesTheArticle() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(4)
        + "<p align=\"right\"><em>Jana Beispiel</em></p>"
        + "<p>(1) Figures from the harbour board, annual report 2020.</p>".repeat(4) + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jana Beispiel");
  }

  @Test
  void boldSubheadingBeforeTheNotesIsNoSignature() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(4)
        + "<p><strong>Dreifacher Hafensieg</strong></p>"
        + "<p>(1) Figures from the harbour board, annual report 2020.</p>".repeat(4) + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).isEmpty();
  }

  @Test
  void cuedBylineLineWinsOverAnAuthorMetaTag() {
    String page = "<html><head><meta name=\"author\" content=\"Site Owner, Web Team\"></head><body><article>"
        + "<h1>Ferry timetable</h1><p>Erstellt von Jana Beispiel am 6. Mai 2014</p>" + PARAGRAPH.repeat(3)
        + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Jana Beispiel");
  }

  @Test
  void jsonLdAuthorWinsOverACuedLineNamingSomeoneElse() {
    String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Max Muster\"}}</script></head><body><article>"
        + "<h1>Ferry timetable</h1><p>Von Jana Beispiel</p>" + PARAGRAPH.repeat(3) + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).contains("Max Muster");
  }

  @Test
  void boldClosingLineWithSmallWordsIsNoSignature() {
    String page = "<body><article><h1>Ferry timetable</h1>" + PARAGRAPH.repeat(4)
        + "<p><strong>Größere Fähren nach Vereinbarung</strong></p></article></body>";
    assertThat(HtmlTestSupport.extract(page).article().byline()).isEmpty();
  }
}
