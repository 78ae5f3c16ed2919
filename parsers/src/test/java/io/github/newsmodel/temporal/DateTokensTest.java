package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tokens read in place, with their words classified once, give what the folded copy and the
 * lexicon's lookups of the lower-case word give.
 */
class DateTokensTest {
  private static final TemporalLexicon LEXICON = TemporalLexicon.instance();

  @Test
  void classificationsInPlaceMatchLookupsOfTheLowerCaseWord() {
    qt().forAll(TextGenerators.dateishTexts().mix(TextGenerators.trickyTexts(), 30)).checkAssert(text -> {
      String folded = MatchText.fold(text);
      DateTokens tokens = new DateTokens(text, 0, text.length(), LEXICON);
      for (int i = 0; i < tokens.size(); i++) {
        String lower = tokens.isWord(i) && tokens.length(i) <= DateTokens.MAX_WORD
            ? folded.substring(tokens.start(i), tokens.end(i)).toLowerCase(Locale.ROOT) : "";
        assertThat(tokens.month(i)).isEqualTo(LEXICON.month(lower).orElse(null));
        assertThat(tokens.weekday(i)).isEqualTo(LEXICON.weekday(lower).orElse(null));
        TemporalLexicon.Word word = tokens.word(i);
        assertThat(word == null ? List.of() : word.relatives())
            .isEqualTo(LEXICON.relativesStartingWith(lower));
        assertThat(tokens.tenseCue(i)).isEqualTo(LEXICON.tenseCue(lower).orElse(null));
        assertThat(tokens.isDateCue(i)).isEqualTo(LEXICON.isDateCue(lower));
        for (String w : new String[] {"t", "z", "gmt", "utc"}) {
          assertThat(tokens.isLowerWord(i, w)).isEqualTo(!lower.isEmpty() && lower.equals(w));
        }
        if (tokens.isWord(i)) {
          assertThat(folded.substring(tokens.start(i), tokens.end(i)))
              .isEqualTo(text.substring(tokens.start(i), tokens.end(i)));
          assertThat(tokens.endsWith(i, "ed")).isEqualTo(folded.substring(tokens.start(i), tokens.end(i)).endsWith("ed"));
        }
        if (tokens.isNumber(i)) {
          int digits = tokens.digits(i);
          assertThat(tokens.value(i)).isEqualTo(digits > 9 ? -1
              : Integer.parseInt(folded.substring(tokens.start(i), tokens.start(i) + digits)));
        }
      }
    });
  }

  @Test
  void tokensOfARegionArePlacedInTheWholeText() {
    String text = "Filed: Monday, December 18, 2023";
    DateTokens tokens = new DateTokens(text, 7, text.length(), LEXICON);
    assertThat(tokens.size()).isEqualTo(6);
    assertThat(text.substring(tokens.start(0), tokens.end(0))).isEqualTo("Monday");
    assertThat(tokens.weekday(0)).isEqualTo(new TemporalLexicon.Name(1, true));
    assertThat(tokens.month(2)).isEqualTo(new TemporalLexicon.Name(12, true));
    assertThat(tokens.value(3)).isEqualTo(18);
    assertThat(tokens.isPunct(4, ',')).isTrue();
    assertThat(tokens.value(5)).isEqualTo(2023);
  }

  @Test
  void reusedTokensReadEachRegionAsFreshTokensDo() {
    DateTokens reused = new DateTokens(2);
    qt().forAll(TextGenerators.dateishTexts().mix(TextGenerators.trickyTexts(), 30)).checkAssert(text -> {
      for (int from = 0; from <= text.length(); from += Math.max(1, text.length() / 3)) {
        DateTokens fresh = new DateTokens(text, from, text.length(), LEXICON);
        reused.read(text, from, text.length(), LEXICON);
        assertThat(reused.size()).isEqualTo(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
          assertThat(reused.start(i)).isEqualTo(fresh.start(i));
          assertThat(reused.end(i)).isEqualTo(fresh.end(i));
          assertThat(reused.isWord(i)).isEqualTo(fresh.isWord(i));
          assertThat(reused.isNumber(i)).isEqualTo(fresh.isNumber(i));
          assertThat(reused.mayStartDate(i)).isEqualTo(fresh.mayStartDate(i));
          assertThat(reused.lineBreakBefore(i)).isEqualTo(fresh.lineBreakBefore(i));
          assertThat(reused.digits(i)).isEqualTo(fresh.digits(i));
          assertThat(reused.value(i)).isEqualTo(fresh.value(i));
          assertThat(reused.word(i)).isSameAs(fresh.word(i));
          assertThat(reused.isPunct(i, ',')).isEqualTo(fresh.isPunct(i, ','));
        }
        assertThat(reused.word(reused.size())).isNull();
      }
    });
  }

  @Test
  void aScannerFindsWhatTheNormalizerFindsRegionAfterRegion() {
    DateScanner scanner = new DateScanner();
    // A scanner with room for one token grows its arrays as regions need.
    DateScanner small = new DateScanner(1);
    Optional<LocalDate> reference = Optional.of(LocalDate.of(2023, 12, 20));
    qt().forAll(TextGenerators.dateishTexts().mix(TextGenerators.trickyTexts(), 30)).checkAssert(text -> {
      for (int from = 0; from <= text.length(); from += Math.max(1, text.length() / 3)) {
        Span span = Span.of(from, text.length());
        List<DateMention> expected = DateNormalizer.instance().find(text, span, reference);
        assertThat(scanner.find(text, span, reference)).isEqualTo(expected);
        assertThat(small.find(text, span, reference)).isEqualTo(expected);
        // Read from the folded copy, with the words cut from the text.
        assertThat(scanner.find(text, MatchText.fold(text), span, reference))
            .isEqualTo(expected);
      }
    });
  }

  @Test
  void aScannerReadingTheFoldedTextFindsWhatTheNormalizerFinds() {
    DateScanner scanner = new DateScanner();
    Optional<LocalDate> reference = Optional.of(LocalDate.of(2024, 3, 14));
    for (String text : List.of("Talks on Dec.\u00A014\u20132023 ended", "They met \u201Clast week\u201D and on 3rd March",
        "On Monday\u2019s meeting \u2014 14\u201316 December 2010, 12:48\u00A0p.m.", "\u2018Today\u2019 at 10:30",
        "Signed 2023\u201312\u201318 in Doha", "Earlier\u200Bthis\u2060week; next\u00A0year")) {
      Span span = Span.of(0, text.length());
      assertThat(scanner.find(text, MatchText.fold(text), span, reference)).as(text)
          .isEqualTo(DateNormalizer.instance().find(text, span, reference));
    }
    assertThatThrownBy(() -> scanner.find("abc", "ab", Span.of(0, 2), reference))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
