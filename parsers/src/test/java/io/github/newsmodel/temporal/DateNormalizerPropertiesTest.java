package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateNormalizerPropertiesTest {
  private static final DateNormalizer NORMALIZER = DateNormalizer.instance();

  @Test
  void mentionsQuoteTheTextInOrderWithoutOverlap() {
    qt().forAll(TextGenerators.dateishTexts()).checkAssert(text -> {
      List<DateMention> mentions = NORMALIZER.find(text, Optional.of(LocalDate.of(2025, 7, 15)));
      int previousEnd = 0;
      for (DateMention mention : mentions) {
        Span span = mention.span();
        assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        assertThat(mention.words()).isEqualTo(text.substring(span.start(), span.end()));
        assertThat(mention.words()).doesNotContain("\n");
        previousEnd = span.end();
      }
    });
  }

  @Test
  void resolvedDatesNeedAYearFromTheTextOrAReference() {
    qt().forAll(TextGenerators.dateishTexts()).checkAssert(text -> {
      for (DateMention mention : NORMALIZER.find(text, Optional.empty())) {
        if (mention.isResolved()) {
          assertThat(mention.relative()).isFalse();
          assertThat(mention.granularity()).isEqualTo(Granularity.DAY);
        }
      }
    });
  }

  @Test
  void hugeAdversarialInputsStayLinear() {
    String[] units = {"December 1", "1 1 ", "May May ", "Monday, ", "2023-12-", "12:12:12 ", "a.m.", "today "};
    for (String unit : units) {
      String text = unit.repeat(1_000_000 / unit.length());
      // A generous hang guard: linear scans take well under a second.
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> NORMALIZER.find(text, Optional.empty()));
    }
  }
}
