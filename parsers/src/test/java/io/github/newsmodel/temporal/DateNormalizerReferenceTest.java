package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The normaliser finds exactly what {@link ReferenceDateNormalizer} (the normaliser before its
 * lookups were restructured for speed, which copies and lower-cases every word it looks up) finds,
 * on generated texts full of date words, case and folding traps, in whole texts and in spans.
 */
class DateNormalizerReferenceTest {
  private static final DateNormalizer FAST = DateNormalizer.instance();
  private static final ReferenceDateNormalizer REFERENCE = ReferenceDateNormalizer.instance();

  /** Every word of the date lexicon files and of the rules, in several cases, with traps around them. */
  private static final List<String> FRAGMENTS = List.of(
      "January", "Jan", "FEB", "February", "March", "mar", "Mar", "April", "Apr", "May", "MAY", "may", "June",
      "Jun", "July", "Jul", "August", "Aug", "September", "Sep", "Sept", "SEPT", "October", "Oct", "November",
      "Nov", "December", "Dec", "DEC", "dEc", "Monday", "Mon", "Tuesday", "Tue", "Tues", "Wednesday", "Wed",
      "Thursday", "Thu", "Thur", "Thurs", "Friday", "Fri", "Saturday", "Sat", "Sunday", "Sun", "SUNDAY",
      "today", "Today", "TODAY", "earlier", "later", "this", "This", "morning", "afternoon", "evening",
      "tonight", "yesterday", "tomorrow", "week", "weekend", "month", "year", "last", "Last", "next", "recently",
      "lately", "soon", "in", "In", "since", "during", "until", "till", "by", "from", "through", "throughout",
      "before", "after", "early", "mid", "late", "of", "to", "at", "the", "on", "will", "shall", "scheduled",
      "expected", "was", "were", "met", "held", "said", "ago", "former", "announced", "Reported", "signed",
      "am", "AM", "pm", "PM", "a", "p", "m", "t", "T", "z", "Z", "gmt", "GMT", "Gmt", "utc", "UTC", "EST",
      "1", "2", "5", "9", "12", "14", "16", "18", "18th", "1st", "2nd", "3RD", "29", "30", "31", "32", "00",
      "10", "30", "48", "59", "60", "0300", "1899", "1900", "2023", "2024", "2100", "2101", "999", "12345",
      "1234567890", "2023-12-18", "T10:30", "+03:00", "-0500", " ", " ", " ", "  ", "\n", "\r\n", ",", ",",
      ".", ".", ":", "-", "\u2013", "|", "(", ")", ";", "!", "?", "'", "\u2019", "\u00a0", "\u02bc",
      "\u017fince", "too\u212a", "la\u017ft", "\u0130n", "thi\u017f", "Dece\u039cber", "\u00c9t\u00e9",
      "\ud83d\ude00", "\ud800", "\u0000", "\u0085", "\u2028");

  private static Gen<String> dateWordTexts() {
    return lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 80).map(parts -> String.join("", parts));
  }

  private static Gen<String> spacedDateWordTexts() {
    return lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 60).map(parts -> String.join(" ", parts));
  }

  private static Gen<String> texts() {
    return dateWordTexts().mix(spacedDateWordTexts(), 40).mix(TextGenerators.dateishTexts(), 25)
        .mix(TextGenerators.articleTexts(), 15).mix(TextGenerators.trickyTexts(), 10);
  }

  private static Gen<Optional<LocalDate>> references() {
    return arbitrary().pick(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2025, 7, 15)),
        Optional.of(LocalDate.of(2023, 12, 20)), Optional.of(LocalDate.of(2024, 2, 29)),
        Optional.of(LocalDate.of(2024, 1, 3)));
  }

  @Test
  void wholeTextsGiveWhatTheReferenceGives() {
    qt().withExamples(4000).forAll(texts(), references()).checkAssert((text, reference) ->
        assertThat(FAST.find(text, reference)).isEqualTo(REFERENCE.find(text, reference)));
  }

  @Test
  void spansGiveWhatTheReferenceGives() {
    qt().withExamples(3000).forAll(texts(), integers().between(0, 400), integers().between(0, 400), references())
        .checkAssert((text, a, b, reference) -> {
          Span span = Span.of(Math.min(a, b), Math.max(a, b));
          assertThat(FAST.find(text, span, reference)).isEqualTo(REFERENCE.find(text, span, reference));
        });
  }

  @Test
  void timesOfDayGiveWhatTheReferenceGives() {
    Gen<String> times = lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 8)
        .map(parts -> String.join("", parts));
    qt().withExamples(3000).forAll(arbitrary().pick("October 11, 2022", "Dec. 8, 2025", "2023-12-18", "May 2023"),
        arbitrary().pick("\n", " ", ", "), times).checkAssert((date, gap, time) -> {
          String text = date + gap + time;
          Span timeSpan = Span.of(date.length() + gap.length(), text.length());
          for (DateMention mention : REFERENCE.find(text, Span.of(0, date.length()), Optional.empty())) {
            assertThat(FAST.withTimeOfDay(mention, text, timeSpan))
                .isEqualTo(REFERENCE.withTimeOfDay(mention, text, timeSpan));
          }
        });
  }
}
