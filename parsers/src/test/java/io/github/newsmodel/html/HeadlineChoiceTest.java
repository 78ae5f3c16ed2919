package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline is chosen among the visible headings and the metadata titles. */
class HeadlineChoiceTest {
  private static final String PARAGRAPH = "<p>The harbour council approved a new ferry timetable on Tuesday, adding two "
      + "evening crossings to the island route from June, councillors said.</p>";

  @Test
  void headingInPageHeaderThatRepeatsTheTitleIsTheHeadline() {
    String page = "<html><head><title>Ferry timetable changes - Harbour Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body>"
        + "<header><div class=\"masthead\"><h1>Ferry timetable changes</h1></div></header>"
        + "<div class=\"content\">" + PARAGRAPH.repeat(3) + "</div></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Ferry timetable changes");
  }

  @Test
  void siteNameInPageHeaderIsNotTheHeadline() {
    String page = "<html><head><title>Ferry timetable changes - Harbour Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body>"
        + "<header><h1>Harbour Gazette</h1></header>"
        + "<div class=\"content\">" + PARAGRAPH.repeat(3) + "</div></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Ferry timetable changes");
  }

  @Test
  void plainSubheadingThatRepeatsTheFirstTitlePartIsTheHeadline() {
    String page = "<html><head><title>Harbour Lights - Holiday flat by the sea</title></head><body>"
        + "<div class=\"content\"><h3>Harbour Lights</h3>" + PARAGRAPH.repeat(3) + "</div></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Harbour Lights");
  }

  @Test
  void siteNameLeadingTheTitleGivesWayToTheHeadingThatRepeatsTheOtherPart() {
    String page = "<html><head><title>The Harbour Keeper's Notebook | Ferry timetable changes again</title></head>"
        + "<body><div class=\"post\"><h2 class=\"post-title\">Ferry timetable changes again</h2>"
        + PARAGRAPH.repeat(3) + "</div></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Ferry timetable changes again");
  }

  @Test
  void manyTitledSubheadingsBeforeTheHeadingDoNotHideIt() {
    StringBuilder menu = new StringBuilder("<div class=\"menu\">");
    for (int i = 0; i < 40; i++) {
      menu.append("<h3 class=\"menu-title\">Topic ").append(i).append("</h3>");
    }
    menu.append("</div>");
    String page = "<html><head><title>Timetable - Harbour Gazette</title></head><body>" + menu
        + "<article><h1>Two more evening crossings to the island</h1>" + PARAGRAPH.repeat(3)
        + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().headline())
        .contains("Two more evening crossings to the island");
  }

  @Test
  void headingEqualToTheOpenGraphTitleKeepsItsLeadingWords() {
    String page = "<html><head><meta property=\"og:title\" content=\"Harbour: Two more evening crossings\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Two more evening crossings\"}"
        + "</script></head><body><article><h1>Harbour: Two more evening crossings</h1>" + PARAGRAPH.repeat(3)
        + "</article></body></html>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Harbour: Two more evening crossings");
  }

  @Test
  void kickerSetApartByAScreenReaderSeparatorIsLeftOut() {
    String page = "<body><article><h1><span class=\"topic\">Harbour news</span><span class=\"sr-only\">: </span>"
        + "<span>Two more evening crossings to the island</span></h1>" + PARAGRAPH.repeat(3) + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Two more evening crossings to the island");
  }

  @Test
  void kickerEndingWithAHiddenSeparatorIsLeftOut() {
    String page = "<body><article><h1><span>Harbour news<span class=\"visually-hidden\"> – </span></span>"
        + "Two more evening crossings to the island</h1>" + PARAGRAPH.repeat(3) + "</article></body>";
    assertThat(HtmlTestSupport.extract(page).article().headline()).contains("Two more evening crossings to the island");
  }
}
