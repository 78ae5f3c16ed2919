package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateAnchorsTest {
  private static final LocalDate REFERENCE = LocalDate.of(2024, 3, 20);

  private static Optional<DateMention> date(String words) {
    return DateNormalizer.instance().find(words, Optional.of(REFERENCE)).stream().findFirst();
  }

  @Test
  void aDayAgreesWithTheSameDayOnly() {
    assertThat(DateAnchors.compatible(date("today"), date("March 20, 2024"))).isTrue();
    assertThat(DateAnchors.compatible(date("yesterday"), date("March 20, 2024"))).isFalse();
  }

  @Test
  void aMonthOrYearIsAnotherEventThanADay() {
    assertThat(DateAnchors.compatible(date("today"), date("last month"))).isFalse();
    assertThat(DateAnchors.compatible(date("in May 2023"), date("today"))).isFalse();
    assertThat(DateAnchors.compatible(date("in May 2023"), date("in May 2023"))).isTrue();
  }

  @Test
  void weeksWeekdaysAndVagueWordsAgreeWithADay() {
    assertThat(DateAnchors.compatible(date("this week"), date("December 22, 2023"))).isTrue();
    assertThat(DateAnchors.compatible(date("Thursday"), date("today"))).isTrue();
    assertThat(DateAnchors.compatible(date("recently"), date("today"))).isTrue();
    assertThat(DateAnchors.compatible(Optional.empty(), date("today"))).isTrue();
  }

  @Test
  void theYearOfAnExpressionIsItsDatesOrTheOneItWrites() {
    assertThat(DateAnchors.year(date("in May 2023").orElseThrow())).hasValue(2023);
    assertThat(DateAnchors.year(date("today").orElseThrow())).hasValue(2024);
    assertThat(DateAnchors.year(date("last month").orElseThrow())).isEmpty();
  }
}
