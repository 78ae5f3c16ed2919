package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Dateline;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Warning;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextStructureAnalyzerTest {
  private static final PlainTextStructureAnalyzer ANALYZER = new PlainTextStructureAnalyzer();

  private record Result(String text, Article article, List<Warning> warnings) {
    List<BlockKind> kinds() {
      return article.blocks().stream().map(Block::kind).toList();
    }

    List<String> blocks(BlockKind kind) {
      return article.blocks().stream().filter(b -> b.kind() == kind).map(b -> text.substring(b.start(), b.end()))
          .toList();
    }

    Evidence evidence(String field) {
      return article.evidence().stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
    }

    Optional<String> city() {
      return article.dateline().flatMap(Dateline::city);
    }

    Optional<String> country() {
      return article.dateline().flatMap(Dateline::country);
    }

    Optional<String> published() {
      return article.published().map(PublicationDate::toString);
    }
  }

  private static Result analyze(String text) {
    return analyze(text, ParseHints.none());
  }

  private static Result analyze(String text, ParseHints hints) {
    WarningSink warnings = new WarningSink(20);
    Article article = ANALYZER.analyze(text, hints, warnings);
    for (Evidence evidence : article.evidence()) {
      assertThat(evidence.exact()).isEqualTo(text.substring(evidence.start().getAsInt(), evidence.end().getAsInt()));
    }
    return new Result(text, article, warnings.toList());
  }

  @Test
  void governmentReadout() {
    Result r = analyze("Secretary\u2019s\u00a0 Meeting with the Foreign Minister of Examplia\n"
        + "July 22, 2021\n\nOffice of the Spokesperson\n"
        + "The below is attributable to the Spokesperson:\n"
        + "The Secretary met today with the Foreign Minister. They discussed regional security.\n");
    assertThat(r.article().headline()).contains("Secretary\u2019s Meeting with the Foreign Minister of Examplia");
    assertThat(r.published()).contains("2021-07-22");
    assertThat(r.article().byline()).contains("Office of the Spokesperson");
    assertThat(r.article().outlet()).isEmpty();
    assertThat(r.article().dateline()).isEmpty();
    assertThat(r.kinds()).containsExactly(BlockKind.HEADLINE, BlockKind.DATELINE, BlockKind.BYLINE,
        BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    assertThat(r.article().sections()).singleElement().satisfies(s -> assertThat(s.paragraphs()).hasSize(2));
    assertThat(r.evidence("/headline").rule()).isEqualTo("headline.first_line");
    assertThat(r.evidence("/published").exact()).isEqualTo("July 22, 2021");
    assertThat(r.evidence("/byline").rule()).isEqualTo("byline.office");
    assertThat(r.article().language()).contains("en");
    assertThat(r.evidence("/language").rule()).isEqualTo("language.stopwords");
  }

  @Test
  void leadDatelineHeadingsCreditAndReferences() {
    Result r = analyze("Doha, Qatar \u2013 Qatar and the United States have strengthened their security "
        + "cooperation following a meeting of their ministers.\n"
        + "The meeting took place in Doha on December 18, 2023, according to a statement.\n"
        + "Enhancing Bilateral Security Cooperation\n"
        + "The newly signed letter formalizes a framework for cooperation.\n"
        + "Read more at The Example Gazette.\n"
        + "Visit the ministry of the interior.\n"
        + "Example Institute for International Studies\n");
    assertThat(r.article().headline()).isEmpty();
    assertThat(r.published()).isEmpty();
    assertThat(r.city()).contains("Doha");
    assertThat(r.country()).contains("QA");
    assertThat(r.evidence("/dateline/country").exact()).isEqualTo("Qatar");
    assertThat(r.evidence("/dateline/country").rule()).isEqualTo("dateline.country.stated");
    assertThat(r.article().outlet()).contains("The Example Gazette");
    assertThat(r.evidence("/outlet").rule()).isEqualTo("outlet.credit_line");
    assertThat(r.blocks(BlockKind.DATELINE)).containsExactly("Doha, Qatar \u2013");
    assertThat(r.blocks(BlockKind.HEADING)).containsExactly("Enhancing Bilateral Security Cooperation");
    assertThat(r.blocks(BlockKind.CREDIT)).containsExactly("Read more at The Example Gazette.");
    assertThat(r.blocks(BlockKind.REFERENCE)).containsExactly("Visit the ministry of the interior.",
        "Example Institute for International Studies");
    assertThat(r.blocks(BlockKind.PARAGRAPH).get(0)).startsWith("Qatar and the United States");
    List<Section> sections = r.article().sections();
    assertThat(sections).hasSize(2);
    assertThat(sections.get(0).heading()).isEmpty();
    assertThat(sections.get(0).paragraphs()).hasSize(2);
    assertThat(sections.get(1).heading()).isPresent();
    assertThat(sections.get(1).paragraphs()).hasSize(1);
  }

  @Test
  void postByBylineAndFooterDateWithTime() {
    Result r = analyze("Interior Chief Engages with Envoy on Security\n\nPost by : Jane Doe\n\n"
        + "The minister welcomed the envoy at the command center.\n\n"
        + "The meeting underscored the partnership.\n\nDec. 8, 2025 12:48 p.m. 403");
    assertThat(r.article().headline()).contains("Interior Chief Engages with Envoy on Security");
    assertThat(r.article().byline()).contains("Jane Doe");
    assertThat(r.evidence("/byline").rule()).isEqualTo("byline.cue");
    assertThat(r.published()).contains("2025-12-08T12:48");
    assertThat(r.evidence("/published").exact()).isEqualTo("Dec. 8, 2025 12:48 p.m.");
    assertThat(r.evidence("/published").rule()).isEqualTo("published.footer");
    assertThat(r.blocks(BlockKind.FOOTER)).containsExactly("Dec. 8, 2025 12:48 p.m. 403");
  }

  @Test
  void wireDatelineWithAgencyAndReportingCredit() {
    Result r = analyze("Leaders agree to resume military talks\n\n"
        + "WASHINGTON, Nov 15 (Reuters) - The two presidents agreed on Wednesday to resume talks.\n\n"
        + "\"We are back to direct communications,\" the president said.\n\n"
        + "Reporting by Jane Doe and John Roe; Editing by Richard Moe\n");
    assertThat(r.city()).contains("Washington, D.C.");
    assertThat(r.country()).contains("US");
    assertThat(r.evidence("/dateline/country").rule()).isEqualTo("dateline.country.gazetteer");
    assertThat(r.article().outlet()).contains("Reuters");
    assertThat(r.evidence("/outlet").rule()).isEqualTo("outlet.dateline_agency");
    assertThat(r.article().byline()).contains("Jane Doe and John Roe");
    assertThat(r.published()).isEmpty();
    assertThat(r.blocks(BlockKind.CREDIT)).hasSize(1);
  }

  @Test
  void datelineWithFullDateGivesThePublicationDate() {
    Result r = analyze("ABU DHABI, 8th December, 2025 (WAM) -- The President received the Foreign Minister of "
        + "Examplia today.\nThe two sides discussed bilateral relations.\n");
    assertThat(r.city()).contains("Abu Dhabi");
    assertThat(r.country()).contains("AE");
    assertThat(r.article().outlet()).contains("WAM");
    assertThat(r.published()).contains("2025-12-08");
    assertThat(r.evidence("/published").rule()).isEqualTo("published.dateline");
  }

  @Test
  void pressReleaseWithListAndSignOff() {
    Result r = analyze("Examplia and Singapore Sign MOU to Enhance Legal Cooperation\n5 August 2024\n\n"
        + "1. The two Governments signed a Memorandum of Understanding today.\n\n"
        + "2. Under the MOU, both sides agree to cooperate in several areas, including:\n\n"
        + "a) Exchanging of information;\n\n"
        + "b) Exchange of visits between experts; and\n\n"
        + "3. The Minister said the MOU will strengthen collaboration.\n\n"
        + "MINISTRY OF EXAMPLE AFFAIRS\n\n5 AUGUST 2024\n");
    assertThat(r.published()).contains("2024-08-05");
    assertThat(r.evidence("/published").rule()).isEqualTo("published.date_line");
    assertThat(r.article().outlet()).contains("Ministry of Example Affairs");
    assertThat(r.evidence("/outlet").exact()).isEqualTo("MINISTRY OF EXAMPLE AFFAIRS");
    assertThat(r.evidence("/outlet").rule()).isEqualTo("outlet.sign_off");
    assertThat(r.article().byline()).isEmpty();
    assertThat(r.blocks(BlockKind.LIST_INTRO)).containsExactly(
        "2. Under the MOU, both sides agree to cooperate in several areas, including:");
    assertThat(r.blocks(BlockKind.CREDIT)).containsExactly("MINISTRY OF EXAMPLE AFFAIRS");
    assertThat(r.blocks(BlockKind.FOOTER)).containsExactly("5 AUGUST 2024");
    assertThat(r.article().sections()).singleElement().satisfies(s -> assertThat(s.paragraphs()).hasSize(5));
  }

  @Test
  void signOffInTheMiddleIsFollowedByAnAnnex() {
    Result r = analyze("Examplia and Singapore Sign Treaty\n20 March 2024\n\n"
        + "1. The Treaty was signed today.\n\nMINISTRY OF EXAMPLE AFFAIRS\n\nEXAMPLE COURTS\n\n20 MARCH 2024\n\n"
        + "Annex A - About the Example Commercial Court\n\nThe court was established to hear disputes.\n");
    assertThat(r.article().outlet()).contains("Ministry of Example Affairs");
    assertThat(r.blocks(BlockKind.CREDIT)).containsExactly("MINISTRY OF EXAMPLE AFFAIRS", "EXAMPLE COURTS");
    assertThat(r.blocks(BlockKind.HEADING)).containsExactly("Annex A - About the Example Commercial Court");
    assertThat(r.article().sections()).hasSize(2);
  }

  @Test
  void endMarkAndNoByline() {
    Result r = analyze("Readout of the President\u2019s Meeting with the Amir\nJuly 16, 2022\n\n"
        + "Today in Jeddah, the President met with the Amir.  The two leaders discussed security.\n\n###\n");
    assertThat(r.article().byline()).isEmpty();
    assertThat(r.blocks(BlockKind.FOOTER)).containsExactly("###");
    assertThat(r.published()).contains("2022-07-16");
  }

  @Test
  void statementHeadlineNamesTheAuthor() {
    String headline = "Statement by NSC Spokesperson Jane Roe on National Security Advisor Meeting with the "
        + "Foreign Minister";
    Result r = analyze(headline + "\nOctober 15, 2021\n\nThe Advisor met today with the Foreign Minister.\n\n###\n");
    assertThat(r.article().byline()).contains("Jane Roe");
    assertThat(r.evidence("/byline").rule()).isEqualTo("byline.headline_statement");
    assertThat(r.evidence("/byline").start().getAsInt()).isLessThan(headline.length());
    assertThat(r.blocks(BlockKind.BYLINE)).isEmpty();

    Result anonymous = analyze("Statement by the Press Secretary on the Summit\nOctober 15, 2021\n\n"
        + "The summit was a success.\n");
    assertThat(anonymous.article().byline()).isEmpty();
  }

  @Test
  void newspaperHeadWithKickerStandfirstSegmentsAndBoilerplate() {
    Result r = analyze("FOR IMMEDIATE RELEASE\nExamplia and Qatar sign security pact\n"
        + "Deal covers cybersecurity and border control\nBy Jane Doe | Staff Writer\nDecember 8, 2025\n"
        + "DOHA \u2014 Officials signed the pact on Monday.\nPhoto: Example Agency\n"
        + "\u00a9 2025 Example News. All rights reserved.\n");
    assertThat(r.article().headline()).contains("Examplia and Qatar sign security pact");
    assertThat(r.article().byline()).contains("Jane Doe");
    assertThat(r.published()).contains("2025-12-08");
    assertThat(r.city()).contains("Doha");
    assertThat(r.country()).contains("QA");
    assertThat(r.article().outlet()).isEmpty();
    assertThat(r.kinds()).containsExactly(BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.BYLINE,
        BlockKind.DATELINE, BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.CREDIT, BlockKind.FOOTER);
    assertThat(r.article().sections()).singleElement().satisfies(s -> assertThat(s.paragraphs()).hasSize(2));
  }

  @Test
  void releaseLabelsAreSkipped() {
    Result r = analyze("The United States and Examplia Sign a Memorandum of Understanding\nMedia Note\n"
        + "Office of the Spokesperson\nJune 7, 2022\n\nToday, the two governments signed a memorandum.\n");
    assertThat(r.article().headline()).contains("The United States and Examplia Sign a Memorandum of Understanding");
    assertThat(r.article().byline()).contains("Office of the Spokesperson");
    assertThat(r.published()).contains("2022-06-07");
    assertThat(r.kinds()).containsExactly(BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.DATELINE,
        BlockKind.PARAGRAPH);
  }

  @Test
  void headlineAfterALeadingDateLine() {
    Result r = analyze("July 22, 2021\n\nMinisters Meet in Doha\n\nThe ministers met today in Doha.\n");
    assertThat(r.article().headline()).contains("Ministers Meet in Doha");
    assertThat(r.evidence("/headline").rule()).isEqualTo("headline.after_date_line");
    assertThat(r.published()).contains("2021-07-22");
  }

  @Test
  void roleUnderBylineAndAgencyOpeningTheStory() {
    Result r = analyze("Ministers Meet in Doha\nBy Jane Doe\nStaff Writer\n"
        + "Published: 08 December 2025, 12:48 GST\n\n(CNN) \u2014 The ministers met today in Doha.\n\n"
        + "Copyright 2025 Example News. All rights reserved.\n");
    assertThat(r.article().byline()).contains("Jane Doe");
    assertThat(r.blocks(BlockKind.BYLINE)).containsExactly("By Jane Doe", "Staff Writer");
    assertThat(r.published()).contains("2025-12-08T12:48");
    assertThat(r.article().outlet()).contains("CNN");
    assertThat(r.evidence("/outlet").rule()).isEqualTo("outlet.lead_agency");
    assertThat(r.article().dateline()).isEmpty();
    assertThat(r.blocks(BlockKind.PARAGRAPH)).containsExactly("The ministers met today in Doha.");
    assertThat(r.blocks(BlockKind.FOOTER)).containsExactly("Copyright 2025 Example News. All rights reserved.");
  }

  @Test
  void isoDateLineWithTime() {
    Result r = analyze("Ministers Meet in Doha\n2025-12-08 12:48:00\n\nKYIV, Ukraine \u2014 The ministers met.\n");
    assertThat(r.published()).contains("2025-12-08T12:48");
    assertThat(r.city()).contains("Kyiv");
    assertThat(r.country()).contains("UA");
  }

  @Test
  void bylineAndDateOnOneLine() {
    Result r = analyze("Minister visits the capital\n\nBy Jane Doe, December 8, 2025\n\nThe minister arrived today.\n");
    assertThat(r.article().byline()).contains("Jane Doe");
    assertThat(r.published()).contains("2025-12-08");
    assertThat(r.evidence("/published").rule()).isEqualTo("published.byline_line");
  }

  @Test
  void placeLineAndTimeLine() {
    Result r = analyze("Meeting with the President of Examplia\nOctober 11, 2022\n17:00\nSochi\n"
        + "The President met with the President of Examplia at the residence.\n");
    assertThat(r.city()).contains("Sochi");
    assertThat(r.country()).contains("RU");
    assertThat(r.published()).contains("2022-10-11T17:00");
    assertThat(r.evidence("/published").exact()).isEqualTo("October 11, 2022\n17:00");
    assertThat(r.kinds()).containsExactly(BlockKind.HEADLINE, BlockKind.DATELINE, BlockKind.DATELINE,
        BlockKind.DATELINE, BlockKind.PARAGRAPH);
  }

  @Test
  void regionsAndAmbiguousNames() {
    Result austin = analyze("Austin, Texas \u2014 The governor met the consul general on Tuesday.\n");
    assertThat(austin.city()).contains("Austin");
    assertThat(austin.country()).contains("US");
    Result atlanta = analyze("Atlanta, Georgia \u2014 The mayor met the consul general on Tuesday.\n");
    assertThat(atlanta.country()).contains("US");
    Result tbilisi = analyze("Tbilisi, Georgia \u2014 The minister met the envoy on Tuesday.\n");
    assertThat(tbilisi.country()).contains("GE");
  }

  @Test
  void colonDatelinesNeedAKnownPlace() {
    Result delhi = analyze("NEW DELHI: The minister arrived in Doha today for talks.\n");
    assertThat(delhi.city()).contains("New Delhi");
    assertThat(delhi.country()).contains("IN");
    Result note = analyze("Note: The minister arrived in Doha today for talks.\n");
    assertThat(note.article().dateline()).isEmpty();
    Result sentence = analyze("The Secretary of State met the minister - and they talked - about trade.\n");
    assertThat(sentence.article().dateline()).isEmpty();
  }

  @Test
  void updatedDateIsNotThePublicationDate() {
    Result r = analyze("Minister visits the capital\nLast updated on 3 May 2024\n\nThe minister arrived today.\n");
    assertThat(r.published()).isEmpty();
    assertThat(r.blocks(BlockKind.DATELINE)).containsExactly("Last updated on 3 May 2024");
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    Result r = analyze("Ministers Meet in Doha\n\nThe ministers met in Doha and\ndiscussed security on Monday.\n\n"
        + "They agreed to meet again.\n");
    assertThat(r.blocks(BlockKind.PARAGRAPH)).containsExactly(
        "The ministers met in Doha and\ndiscussed security on Monday.", "They agreed to meet again.");
  }

  @Test
  void markdownHeadlineMarkerIsNotPartOfTheHeadline() {
    Result r = analyze("# Minister visits Doha\n\nThe minister arrived today.\n");
    assertThat(r.article().headline()).contains("Minister visits Doha");
    assertThat(r.blocks(BlockKind.HEADLINE)).containsExactly("Minister visits Doha");
  }

  @Test
  void aTitleCaseLineWithNothingAfterItIsNoHeading() {
    Result r = analyze("The ministers met in Doha on Monday to discuss security.\nClosing Remarks\n");
    assertThat(r.blocks(BlockKind.HEADING)).isEmpty();
  }

  @Test
  void aSingleLineIsBodyNotHeadline() {
    Result r = analyze("Ministers meet in Doha");
    assertThat(r.article().headline()).isEmpty();
    assertThat(r.article().sections()).hasSize(1);
    assertThat(r.warnings()).extracting(Warning::code).contains("text.no_sentence_end");
  }

  @Test
  void emptyInputGivesAnEmptyArticleWithAWarning() {
    for (String text : new String[] {"", "   ", "\n\r\n\u00a0\n"}) {
      Result r = analyze(text);
      assertThat(r.article()).isEqualTo(Article.empty());
      assertThat(r.warnings()).extracting(Warning::code).containsExactly("text.empty");
    }
  }

  @Test
  void controlCharactersAndMixedScriptsGiveAResult() {
    String text = "\u0000\u0001Title \u0627\u0644\u062f\u0648\u062d\u0629 \u4e1c\u4eac\n\u001b[31m\n"
        + "\ud83d\ude00 \ud800 Body \u202e text. \u0410\u0411\u0412\n";
    Result r = analyze(text);
    for (Block block : r.article().blocks()) {
      assertThat(block.end()).isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void aTenMegabyteLineIsHandledInLinearTime() {
    String line = "word, ".repeat(10 * 1024 * 1024 / 6);
    Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> analyze(line));
    assertThat(r.article().headline()).isEmpty();
    assertThat(r.article().sections()).singleElement().satisfies(s -> assertThat(s.paragraphs()).hasSize(1));
  }

  @Test
  void crlfAndLfGiveTheSameValues() {
    String lf = "Secretary\u2019s Meeting with the Foreign Minister\nJuly 22, 2021\n\nOffice of the Spokesperson\n"
        + "Doha, Qatar \u2013 The Secretary met the minister today.\n\nRead more at The Example Gazette.\n";
    Result a = analyze(lf);
    Result b = analyze(lf.replace("\n", "\r\n"));
    assertThat(b.article().headline()).isEqualTo(a.article().headline());
    assertThat(b.article().byline()).isEqualTo(a.article().byline());
    assertThat(b.article().outlet()).isEqualTo(a.article().outlet());
    assertThat(b.article().dateline()).isEqualTo(a.article().dateline());
    assertThat(b.article().published()).isEqualTo(a.article().published());
    assertThat(b.article().language()).isEqualTo(a.article().language());
    assertThat(b.kinds()).isEqualTo(a.kinds());
    assertThat(a.article().headline()).isPresent();
    assertThat(a.article().dateline()).isPresent();
  }

  @Test
  void aKnownPublicationDateResolvesDateLinesWithoutYear() {
    ParseHints hints = ParseHints.none().withPublished(PublicationDate.parse("2025-07-15"));
    Result r = analyze("Minister visits the capital\nJuly 14\n\nThe minister arrived today.\n", hints);
    assertThat(r.published()).contains("2025-07-14");
    Result unknown = analyze("Minister visits the capital\nJuly 14\n\nThe minister arrived today.\n");
    assertThat(unknown.published()).isEmpty();
  }
}
