package io.github.newsmodel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.instance();

  private static List<String> sentences(String text) {
    return SPLITTER.split(text, Span.of(0, text.length())).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The U.S. Secretary of State met the minister.",
      "Dr. Jane Roe spoke first.",
      "Maj. Gen. John Roe led the delegation.",
      "H.E. Sheikh Ahmed received the envoy.",
      "The talks were held on Dec. 8 in Doha.",
      "The meeting ended at 12:48 p.m. on Monday.",
      "Resolution No. 5 was adopted.",
      "Secretary of State Antony J. Blinken met the minister.",
      "President Joseph R. Biden, Jr. met with the Amir.",
      "They met in Washington, D.C. on Monday.",
      "The U.S.A. team arrived.",
      "Ambassador to the U.N. Jane Roe spoke.",
  })
  void abbreviationsDoNotEndSentences(String text) {
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void plainSentencesSplit() {
    assertThat(sentences("The ministers met. They signed a memorandum! Will it hold? \"Yes,\" he said."))
        .containsExactly("The ministers met.", "They signed a memorandum!", "Will it hold?", "\"Yes,\" he said.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(sentences("He said \u201cwe agree.\u201d Then they left."))
        .containsExactly("He said \u201cwe agree.\u201d", "Then they left.");
  }

  @Test
  void abbreviationsThatMayEndASentenceDoSoBeforeASentenceOpener() {
    assertThat(sentences("The envoy flew to the U.S. The talks begin today."))
        .containsExactly("The envoy flew to the U.S.", "The talks begin today.");
    assertThat(sentences("The meeting ended at 5 p.m. They left."))
        .containsExactly("The meeting ended at 5 p.m.", "They left.");
    assertThat(sentences("It was Plan B. The rest followed."))
        .containsExactly("It was Plan B.", "The rest followed.");
  }

  @Test
  void listNumbersDoNotEndSentences() {
    assertThat(sentences("1. The Government signed the treaty. 2. It enters into force."))
        .containsExactly("1. The Government signed the treaty.", "2. It enters into force.");
    assertThat(sentences("a. Exchanging of information.")).containsExactly("a. Exchanging of information.");
  }

  @Test
  void lineBreaksEndSentencesUnlessTheyWrapOne() {
    assertThat(sentences("Heading Line\nThe first sentence.")).containsExactly("Heading Line", "The first sentence.");
    assertThat(sentences("The ministers met in Doha and\ndiscussed security.\r\nThey agreed."))
        .containsExactly("The ministers met in Doha and\ndiscussed security.", "They agreed.");
  }

  @Test
  void spansAreTrimmedAndInsideTheRequestedSpan() {
    String text = "  Ignore this.  First one.  Second one.  ";
    List<Span> spans = SPLITTER.split(text, Span.of(15, text.length()));
    assertThat(spans).extracting(s -> text.substring(s.start(), s.end())).containsExactly("First one.", "Second one.");
    assertThat(spans).allSatisfy(s -> assertThat(s.start()).isGreaterThanOrEqualTo(15));
  }

  @Test
  void textWithoutSentenceEndIsOneSentence() {
    assertThat(sentences("no sentence end here")).containsExactly("no sentence end here");
    assertThat(sentences("")).isEmpty();
    assertThat(sentences(" \n ")).isEmpty();
  }

  @Test
  void longDottedInputStaysLinear() {
    String text = "a.".repeat(2_000_000) + " B. " + "U.S. ".repeat(500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SPLITTER.split(text, Span.of(0, text.length())));
  }

  @Test
  void splittingWithTheFoldedCopyGivesTheSameSentences() {
    qt().withExamples(800)
        .forAll(TextGenerators.trickyTexts(),
            TextGenerators.articleTexts())
        .checkAssert((tricky, article) -> {
          for (String text : List.of(tricky, article, tricky + " Mr. " + article + ". \u2028" + tricky)) {
            int from = text.length() / 5;
            List<Span> plain = new ArrayList<>();
            List<Span> viaFolded = new ArrayList<>();
            SPLITTER.split(text, from, text.length(), plain);
            SPLITTER.split(MatchText.of(text), from, text.length(), viaFolded);
            assertThat(viaFolded).as("%s", text).isEqualTo(plain);
          }
        });
  }

  @Test
  void splittingBlocksWithOneMarkFinderGivesTheSameSentences() {
    qt().withExamples(400)
        .forAll(TextGenerators.trickyTexts(),
            TextGenerators.articleTexts())
        .checkAssert((tricky, article) -> {
          String text = tricky + "\n" + article + "? \u2028" + tricky + "!\r\n" + article;
          FoldedMarks marks = new FoldedMarks(MatchText.of(text));
          // Blocks in text order, then again out of order, through the same finder.
          int n = text.length();
          int[] cuts = {0, n / 7, n / 3, n / 2, 2 * n / 3, n};
          for (int[] order : new int[][] {{0, 1, 2, 3, 4}, {3, 1, 4, 0, 2}}) {
            for (int b : order) {
              List<Span> plain = new ArrayList<>();
              List<Span> viaMarks = new ArrayList<>();
              SPLITTER.split(text, cuts[b], cuts[b + 1], plain);
              SPLITTER.split(marks, cuts[b], cuts[b + 1], viaMarks);
              assertThat(viaMarks).as("%s [%s, %s)", text, cuts[b], cuts[b + 1]).isEqualTo(plain);
            }
          }
        });
  }

  @Test
  void aMarkFinderReadsEachCharacterAFewTimesInAnyOrderOfBlocks() {
    // "!", "?" and a line feed only once, in the middle, after a long sentence: a search for one of
    // them that ran to the end of the text, or back to where the last one started, at every block
    // would read about half the text once per block.
    String text = "One sentence here. ".repeat(10_000) + "x ".repeat(50_000) + "Why? Now!\n"
        + "One sentence here. ".repeat(10_000);
    int blocks = text.length() / 19;
    int[][] orders = {new int[blocks], new int[blocks], new int[blocks], new int[blocks]};
    for (int b = 0; b < blocks; b++) {
      orders[0][b] = b;
      orders[1][b] = blocks - 1 - b;
      // Alternately from the two ends: every other block lies before the last one searched.
      orders[2][b] = b % 2 == 0 ? b / 2 : blocks - 1 - b / 2;
      orders[3][b] = b % 2 == 0 ? blocks - 1 - b / 2 : b / 2;
    }
    for (int[] order : orders) {
      FoldedMarks marks = new FoldedMarks(MatchText.of(text));
      List<Span> sentences = new ArrayList<>();
      for (int b : order) {
        SPLITTER.split(marks, b * 19, (b + 1) * 19, sentences);
      }
      assertThat(sentences).hasSizeGreaterThanOrEqualTo(blocks);
      // Four marks, each read at most once over the spans and once over the text.
      assertThat(marks.charactersRead()).isLessThanOrEqualTo(8L * text.length());
    }
  }
}
