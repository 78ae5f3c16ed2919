package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.pipeline.WarningSink;
import io.github.newsmodel.structure.PlainTextStructureAnalyzer;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.temporal.DateScanner;
import io.github.newsmodel.text.MatchText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A sentence tells that it holds no date expression ({@link EventSentence#mayHoldDate()}) only when
 * a date search of its span finds none, so that the search may be skipped there.
 */
class SentenceDateFlagTest {
  private static final Optional<LocalDate> REFERENCE = Optional.of(LocalDate.of(2024, 3, 14));
  /** Words of news and of dates, with the forms the two tokenizers cut differently. */
  private static final String[] WORDS = {"the", "minister", "met", "his", "counterpart", "in", "Doha", "talks",
      "December", "Dec", "Dec.", "mid-December", "pre-May", "May", "may", "MARCH", "march", "Sat", "sun", "Monday's",
      "monday", "Thurs", "today", "Yesterday", "last", "next", "week", "this", "month", "earlier", "later", "soon",
      "recently", "tonight", "2023", "14", "18th", "G20", "COVID-19", "2023-12-18", "12:48", "p.m.", "don't",
      "leaders'", "Qatar's", "'s", "s", "Öl", "État", "€5", "—", "\u201Ctoday\u201D", "(", ")", ",", "-", "'",
      "\n", "since", "by", "of", "x-ray", "a", "Jan-Feb", "marchers", "sunday-school", "thisweek", "year", "weekend",
      "evening", "morning", "time", "last-week", "this\u00A0week", "this\u200Bweek", "week's"};

  private static EventSentence sentence(String text) {
    return EventSentence.of(MatchText.fold(text), 0, Span.of(0, text.length()), 0, false);
  }

  private static void assertFlagHolds(String text) {
    EventSentence sentence = sentence(text);
    if (!sentence.mayHoldDate()) {
      assertThat(DateNormalizer.instance().find(text, Span.of(0, text.length()), REFERENCE)).as(text).isEmpty();
      assertThat(DateNormalizer.instance().find(text, Span.of(0, text.length()), Optional.empty())).as(text)
          .isEmpty();
    }
  }

  @Test
  void aSentenceSaidToHoldNoDateHoldsNone() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, WORDS.length - 1)).ofSizeBetween(0, 25),
        SourceDSL.longs().all()).checkAssert((picks, seed) -> {
          Random random = new Random(seed);
          StringBuilder text = new StringBuilder();
          for (int pick : picks) {
            String word = WORDS[pick];
            int casing = random.nextInt(3);
            text.append(casing == 0 ? word : casing == 1 ? word.toUpperCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT));
            text.append(random.nextInt(5) == 0 ? "" : " ");
          }
          assertFlagHolds(text.toString());
        });
  }

  @Test
  void anyTextSaidToHoldNoDateHoldsNone() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40)).checkAssert(raw -> {
      assertFlagHolds(raw);
      assertFlagHolds("The talks " + raw + " ended");
    });
    qt().forAll(SourceDSL.strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 40)).checkAssert(raw -> {
      assertFlagHolds(raw);
      assertFlagHolds("The talks " + raw + " ended");
    });
  }

  @Test
  void everyPairThatMayStartARelativeDateIsFlaggedInAnyCase() {
    for (String first : DateScanner.phraseFirstWords()) {
      for (String second : DateScanner.phraseSecondWords()) {
        String pair = first + " " + second;
        for (String written : List.of(pair, pair.toUpperCase(Locale.ROOT))) {
          assertFlagHolds("They met " + written + ".");
        }
        assertThat(sentence("They met " + pair.toUpperCase(Locale.ROOT) + ".").mayHoldDate()).as(pair).isTrue();
      }
    }
  }

  @Test
  void everyWordThatMayStartADateIsFlaggedInAnyCase() {
    for (String word : DateScanner.startWords()) {
      for (String written : List.of(word, word.toUpperCase(Locale.ROOT),
          word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))) {
        assertThat(sentence("They met " + written + ".").mayHoldDate()).as(written).isTrue();
      }
    }
  }

  @Test
  void sentencesWithoutDigitsOrDateWordsAreFlaggedFree() {
    assertThat(sentence("The minister met his counterpart in Doha, where they discussed trade.").mayHoldDate())
        .isFalse();
    assertThat(sentence("Qatar's emir welcomed the leaders' delegation.").mayHoldDate()).isFalse();
    assertThat(sentence("The minister met on Monday.").mayHoldDate()).isTrue();
    assertThat(sentence("Talks resumed in mid-December.").mayHoldDate()).isTrue();
    assertThat(sentence("The G20 summit.").mayHoldDate()).isTrue();
    assertThat(sentence("Talks on the État.").mayHoldDate()).isTrue();
    // The first word of a relative date of several words counts only before a second word of one.
    assertThat(sentence("This was the last time that this effort failed.").mayHoldDate()).isFalse();
    assertThat(sentence("They met last week.").mayHoldDate()).isTrue();
    assertThat(sentence("They meet later this year.").mayHoldDate()).isTrue();
    assertThat(sentence("They met LAST WEEKEND.").mayHoldDate()).isTrue();
    assertThat(sentence("They met last, week.").mayHoldDate()).isFalse();
    assertThat(sentence("Talks this\u00A0week.").mayHoldDate()).isTrue();
  }

  @Test
  void theSentencesOfAnArticleEachKeepTheirOwnFlag() {
    String text = "A headline for the test\n\nThe minister met his counterpart. They met on 14 March. Both sides "
        + "discussed trade.\n\nTalks ended yesterday. The delegation left.\n";
    MatchText match = MatchText.of(text);
    WarningSink warnings = new WarningSink(100);
    Article article = new PlainTextStructureAnalyzer().analyze(match, ParseHints.none(), warnings);
    AnalysisContext context = new AnalysisContext(match, article, ParseHints.none(), warnings);
    // The sentences of one article share a token buffer: the flag is the sentence's own.
    List<EventSentence> sentences = EventSentence.of(context);
    assertThat(sentences).hasSizeGreaterThan(4);
    for (EventSentence s : sentences) {
      EventSentence alone = EventSentence.of(match.folded(), s.index(), s.span(), s.block(), s.headline());
      boolean dated = !DateNormalizer.instance().find(text, s.span(), REFERENCE).isEmpty();
      assertThat(s.mayHoldDate()).as(text.substring(s.span().start(), s.span().end()))
          .isEqualTo(alone.mayHoldDate()).isEqualTo(dated);
    }
  }
}
