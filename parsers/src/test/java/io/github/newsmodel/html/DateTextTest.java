package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in markup values and visible text, in the forms and languages of the web. */
class DateTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-01-28T10:15:00+01:00|2020-01-28T10:15+01:00",
      "2020-01-28T10:15:30.123Z|2020-01-28T10:15:30Z",
      "2020-01-28 10:15|2020-01-28T10:15",
      "2020-01-28|2020-01-28",
      "2020/01/28|2020-01-28",
      "28.01.2020|2020-01-28",
      "28.01.20|2020-01-28",
      "Veröffentlicht am 28. Januar 2020, 10:15 Uhr|2020-01-28T10:15",
      "January 28, 2020|2020-01-28",
      "Jan. 28 2020|2020-01-28",
      "28 de enero de 2020|2020-01-28",
      "le 3 mars 2019|2019-03-03",
      "28 stycznia 2020|2020-01-28",
      "15 августа 2016, 13:43|2016-08-15T13:43",
      "2020年1月28日|2020-01-28",
      "Di., 25.01.2022 - 14:45|2022-01-25T14:45",
  })
  void readsDates(String text, String expected) {
    assertThat(DateText.find(text, false).map(m -> m.date().toString())).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"03/04/2021|true|2021-03-04", "03/04/2021|false|2021-04-03",
      "13/04/2021|true|2021-04-13", "04/13/2021|false|2021-04-13"})
  void slashDatesFollowTheMonthOrderUnlessImpossible(String text, boolean monthFirst, String expected) {
    assertThat(DateText.find(text, monthFirst).map(m -> m.date().toString())).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "version 1.2.10", "1899-05-01", "2020-13-01", "31.02.2021", "May the force",
      "3 days ago 2020", "Tel. 030 1234 5678", "12/05/20"})
  void rejectsWhatIsNotAPlausibleDate(String text) {
    assertThat(DateText.find(text, false)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 1000, 100_000})
  void staysLinearOnLongDigitRuns(int length) {
    String digits = "1.".repeat(length) + "2020";
    Optional<DateText.Match> match = DateText.find(digits, false);
    assertThat(match).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Posted on 12 May 2020 by Jane|10|21", "Aktualisiert: 01.02.2021|14|24"})
  void reportsWhereTheDateIs(String text, int start, int end) {
    DateText.Match match = DateText.find(text, false).orElseThrow();
    assertThat(match.start()).isEqualTo(start);
    assertThat(match.end()).isEqualTo(end);
  }
}
