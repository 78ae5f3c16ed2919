package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateNormalizerTest {
  private static final DateNormalizer NORMALIZER = DateNormalizer.instance();
  private static final Optional<LocalDate> REF = Optional.of(LocalDate.of(2025, 7, 15));

  private static List<DateMention> find(String text, Optional<LocalDate> reference) {
    return NORMALIZER.find(text, reference);
  }

  private static DateMention only(String text, Optional<LocalDate> reference) {
    List<DateMention> mentions = find(text, reference);
    assertThat(mentions).hasSize(1);
    DateMention mention = mentions.get(0);
    assertThat(mention.words()).isEqualTo(text.substring(mention.span().start(), mention.span().end()));
    return mention;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The meeting took place in Doha on December 18, 2023, according to a statement.|December 18, 2023|2023-12-18|date.absolute.mdy",
      "Signed on 18 December 2023 in Doha.|18 December 2023|2023-12-18|date.absolute.dmy",
      "Posted Dec. 8, 2025 at noon.|Dec. 8, 2025|2025-12-08|date.absolute.mdy",
      "Released 2023-12-18 by the ministry.|2023-12-18|2023-12-18|date.iso",
      "MINISTRY OF LAW 5 AUGUST 2024|5 AUGUST 2024|2024-08-05|date.absolute.dmy",
      "on the 18th of December 2023 they met|18th of December 2023|2023-12-18|date.absolute.dmy",
      "dated December 18th, 2023 in full|December 18th, 2023|2023-12-18|date.absolute.mdy",
      "14 Dec 2010|14 Dec 2010|2010-12-14|date.absolute.dmy",
      "Sept. 3 2024 was the day|Sept. 3 2024|2024-09-03|date.absolute.mdy",
  })
  void absoluteDatesResolveWithoutReference(String text, String words, String date, String rule) {
    DateMention mention = only(text, Optional.empty());
    assertThat(mention.words()).isEqualTo(words);
    assertThat(mention.date()).contains(LocalDate.parse(date));
    assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
    assertThat(mention.relative()).isFalse();
    assertThat(mention.rule()).isEqualTo(rule);
    assertThat(text.substring(mention.span().start(), mention.span().end())).isEqualTo(words);
  }

  @Test
  void timeOfDayFollowingADateIsKept() {
    DateMention mention = only("Dec. 8, 2025 12:48 p.m. 403", Optional.empty());
    assertThat(mention.words()).isEqualTo("Dec. 8, 2025 12:48 p.m.");
    assertThat(mention.date()).contains(LocalDate.of(2025, 12, 8));
    assertThat(mention.time()).contains(LocalTime.of(12, 48));
    assertThat(mention.offset()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "July 22, 2021 at 3:15 PM|15:15",
      "July 22, 2021, 12:10 a.m.|00:10",
      "July 22, 2021 9 am|09:00",
      "July 22, 2021 - 18:05|18:05",
  })
  void clockForms(String text, String time) {
    assertThat(only(text, Optional.empty()).time()).contains(LocalTime.parse(time));
  }

  @Test
  void isoDateTimeKeepsItsOffset() {
    DateMention mention = only("at 2023-12-18T10:30:00+03:00 sharp", Optional.empty());
    assertThat(mention.words()).isEqualTo("2023-12-18T10:30:00+03:00");
    assertThat(mention.time()).contains(LocalTime.of(10, 30));
    assertThat(mention.offset()).contains(ZoneOffset.ofHours(3));
    assertThat(only("2023-12-18T10:30Z", Optional.empty()).offset()).contains(ZoneOffset.UTC);
    assertThat(only("July 22, 2021 14:00 GMT", Optional.empty()).offset()).contains(ZoneOffset.UTC);
  }

  @Test
  void aNumberAfterADateIsNoTime() {
    DateMention mention = only("Dec. 8, 2025 403 views", Optional.empty());
    assertThat(mention.words()).isEqualTo("Dec. 8, 2025");
    assertThat(mention.time()).isEmpty();
  }

  @Test
  void dayAndMonthWithoutYearNeedAReference() {
    DateMention unresolved = only("They met on July 14 in Amman.", Optional.empty());
    assertThat(unresolved.words()).isEqualTo("July 14");
    assertThat(unresolved.date()).isEmpty();
    assertThat(unresolved.granularity()).isEqualTo(Granularity.DAY);

    DateMention resolved = only("They met on July 14 in Amman.", REF);
    assertThat(resolved.date()).contains(LocalDate.of(2025, 7, 14));
    assertThat(resolved.relative()).isTrue();
    assertThat(resolved.rule()).isEqualTo("date.day_month.mdy");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // reference | text | expected
      "2025-07-15|They met on July 14.|2025-07-14",
      "2025-07-15|They met on 20 July.|2025-07-20",
      "2025-12-20|Talks are on January 5.|2026-01-05",
      "2025-12-20|They met on March 3.|2025-03-03",
      "2026-01-03|They met on December 30.|2025-12-30",
      "2025-12-20|The minister will visit on March 3.|2026-03-03",
      "2025-07-15|The minister will visit on July 1.|2025-07-01",
      "2025-03-01|They met on February 29.|2024-02-29",
  })
  void yearInferenceRule(String reference, String text, String expected) {
    DateMention mention = only(text, Optional.of(LocalDate.parse(reference)));
    assertThat(mention.date()).contains(LocalDate.parse(expected));
  }

  @Test
  void weekdayWithCalendarDateResolvesFromTheDate() {
    DateMention mention = only("The talks were held on Monday, July 14 in Amman.", REF);
    assertThat(mention.words()).isEqualTo("Monday, July 14");
    assertThat(mention.date()).contains(LocalDate.of(2025, 7, 14));
    assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
    assertThat(mention.rule()).isEqualTo("date.weekday.day_month.mdy");
    assertThat(only("on Wed., Dec. 3, 2025 the", Optional.empty()).date()).contains(LocalDate.of(2025, 12, 3));
    assertThat(only("on Monday (July 14) the", REF).words()).isEqualTo("Monday (July 14)");
  }

  @Test
  void bareWeekdayStaysUnresolved() {
    DateMention mention = only("A meeting took place Thursday at the center.", REF);
    assertThat(mention.words()).isEqualTo("Thursday");
    assertThat(mention.date()).isEmpty();
    assertThat(mention.granularity()).isEqualTo(Granularity.WEEKDAY);
    assertThat(mention.relative()).isTrue();
    assertThat(mention.tense()).isEqualTo(Tense.PAST);

    DateMention last = only("They spoke last Monday by phone.", REF);
    assertThat(last.words()).isEqualTo("last Monday");
    assertThat(last.date()).isEmpty();
    assertThat(last.tense()).isEqualTo(Tense.PAST);
  }

  @Test
  void weekdayAbbreviationsNeedADate() {
    assertThat(find("The Sun reported it.", REF)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Secretary Blinken met today with the minister.|today|2025-07-15|PAST",
      "The agreement was signed yesterday.|yesterday|2025-07-14|PAST",
      "They will meet tomorrow in Doha.|tomorrow|2025-07-16|FUTURE",
      "Today, the United States signed it.|Today|2025-07-15|PAST",
      "The ministers met earlier today.|earlier today|2025-07-15|PAST",
  })
  void todayYesterdayTomorrowResolve(String text, String words, String date, String tense) {
    DateMention mention = only(text, REF);
    assertThat(mention.words()).isEqualTo(words);
    assertThat(mention.date()).contains(LocalDate.parse(date));
    assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
    assertThat(mention.tense()).isEqualTo(Tense.valueOf(tense));
    assertThat(only(text, Optional.empty()).date()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Officials convened in Doha this week.|this week|WEEK",
      "It recently held discussions.|recently|VAGUE",
      "Discussions held last month with India.|last month|MONTH",
      "The plan was agreed last year.|last year|YEAR",
      "They will meet next week.|next week|WEEK",
  })
  void vagueRelativeWordsNeverResolve(String text, String words, String granularity) {
    DateMention mention = only(text, REF);
    assertThat(mention.words()).isEqualTo(words);
    assertThat(mention.date()).isEmpty();
    assertThat(mention.granularity()).isEqualTo(Granularity.valueOf(granularity));
    assertThat(mention.relative()).isTrue();
  }

  @Test
  void monthsAndYearsAreReportedUnresolved() {
    DateMention monthYear = only("signed by the judiciaries in May 2023", REF);
    assertThat(monthYear.words()).isEqualTo("May 2023");
    assertThat(monthYear.granularity()).isEqualTo(Granularity.MONTH);
    assertThat(monthYear.date()).isEmpty();

    DateMention month = only("They first met in March.", REF);
    assertThat(month.words()).isEqualTo("March");
    assertThat(month.granularity()).isEqualTo(Granularity.MONTH);

    DateMention year = only("The partnership has grown since 2015.", REF);
    assertThat(year.words()).isEqualTo("2015");
    assertThat(year.granularity()).isEqualTo(Granularity.YEAR);
    assertThat(year.date()).isEmpty();
  }

  @Test
  void modalMayAndBareNumbersAreNoDates() {
    assertThat(find("May I ask? Officials may meet. It costs 2015 dollars and 30 percent.", REF)).isEmpty();
    assertThat(find("Protect 30 percent of the global ocean by 2030 or 2.5 May units.", REF))
        .extracting(DateMention::words).containsExactly("2030");
  }

  @Test
  void rangesStayUnresolved() {
    DateMention dmy = only("will visit Singapore from 14 to 16 December 2010, at the invitation", REF);
    assertThat(dmy.words()).isEqualTo("14 to 16 December 2010");
    assertThat(dmy.granularity()).isEqualTo(Granularity.RANGE);
    assertThat(dmy.date()).isEmpty();
    assertThat(dmy.tense()).isEqualTo(Tense.FUTURE);

    DateMention mdy = only("the summit on December 14\u201316, 2010 in", REF);
    assertThat(mdy.words()).isEqualTo("December 14\u201316, 2010");
    assertThat(mdy.granularity()).isEqualTo(Granularity.RANGE);
  }

  @Test
  void impossibleDatesAreNotReported() {
    assertThat(find("on February 30, 2023 and 2023-13-01 and 31 June 2024", REF)).isEmpty();
  }

  @Test
  void tenseFromTheClauseOrTheDate() {
    assertThat(only("The ministers will sign it on December 18, 2023.", REF).tense()).isEqualTo(Tense.FUTURE);
    assertThat(only("On December 18, 2023, the ministers signed it.", REF).tense()).isEqualTo(Tense.PAST);
    assertThat(only("December 18, 2023", REF).tense()).isEqualTo(Tense.PAST);
    assertThat(only("December 18, 2023", Optional.empty()).tense()).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void searchesOnlyWithinTheSpanAndReportsWholeTextOffsets() {
    String text = "July 1, 2020. Then on 18 December 2023 they met.";
    List<DateMention> mentions = NORMALIZER.find(text, Span.of(14, text.length()), Optional.empty());
    assertThat(mentions).singleElement().satisfies(m -> {
      assertThat(m.span()).isEqualTo(Span.of(22, 38));
      assertThat(m.words()).isEqualTo("18 December 2023");
    });
  }

  @Test
  void noExpressionSpansALineBreak() {
    List<DateMention> mentions = find("December\n18, 2023", Optional.empty());
    assertThat(mentions).extracting(DateMention::words).doesNotContain("December\n18, 2023");
    assertThat(find("December 18\n2023", Optional.empty())).extracting(DateMention::words)
        .containsExactly("December 18");
  }

  @Test
  void curlyAndExoticCharactersAreFoldedButSpansQuoteTheOriginal() {
    DateMention mention = only("On\u00a0December\u00a018,\u00a02023 they met", Optional.empty());
    assertThat(mention.words()).isEqualTo("December\u00a018,\u00a02023");
    assertThat(mention.date()).contains(LocalDate.of(2023, 12, 18));
  }

  @Test
  void lowerCaseMonthNamesAreOrdinaryWords() {
    assertThat(find("they march 5 miles", REF)).isEmpty();
  }
}
