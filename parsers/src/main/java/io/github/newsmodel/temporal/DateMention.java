package io.github.newsmodel.temporal;

import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One date expression found in a text: where it is, its words, what it pins down and, when the
 * text fixes it, the calendar date.
 *
 * <p>{@code date} is present only when the words fix one calendar day: an absolute date with a
 * year, a day and month whose year follows from the reference date (see {@link DateNormalizer}),
 * or "today"/"yesterday"/"tomorrow" with a reference date. Weekdays alone, weeks, months, years,
 * ranges and vague words ("recently") never carry a date, but are still reported with their span.
 *
 * @param span where the expression is, half-open, in UTF-16 code units of the text searched
 * @param words the expression exactly as written ({@code text.substring(span)})
 * @param date the calendar day, when the text fixes one
 * @param time the time of day written right after the date ("12:48 p.m."), if any
 * @param offset the UTC offset written with that time ("Z", "+03:00", "GMT"), if any
 * @param granularity what the expression pins down
 * @param relative whether the expression is read against the reference date ("today", "last
 *     month", a weekday, or a day and month whose year was taken from the reference date)
 * @param tense whether the expression or its clause points to the past or the future
 * @param rule the name of the rule that recognised it, such as {@code date.absolute.mdy}
 */
public record DateMention(Span span, String words, Optional<LocalDate> date, Optional<LocalTime> time,
    Optional<ZoneOffset> offset, Granularity granularity, boolean relative, Tense tense, String rule) {

  /**
   * Checks that no component is null and that a time or offset only comes with a date.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a time is present without a date, or an offset without a time
   */
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(rule, "rule");
    if (time.isPresent() && date.isEmpty() || offset.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("a time needs a date and an offset needs a time");
    }
  }

  /**
   * Tells whether the expression was resolved to a calendar day.
   *
   * @return true when {@link #date()} is present
   */
  public boolean isResolved() {
    return date.isPresent();
  }
}
