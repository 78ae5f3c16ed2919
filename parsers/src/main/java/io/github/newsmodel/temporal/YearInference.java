package io.github.newsmodel.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Supplies the year of a day and month written without one ("July 14", "18 December"), from the
 * reference date, by one fixed rule:
 *
 * <ul>
 *   <li>by default, the latest such day that is not more than one month after the reference date:
 *       news reports mostly what has happened, and what is announced is usually near ("July 14"
 *       in an article of July 15 is this July 14; "January 5" in an article of December 20 is the
 *       coming January 5; "March 3" in an article of December 20 is the past March 3);
 *   <li>when the clause points to the future ({@link Tense#FUTURE}: "will visit on March 3"), the
 *       earliest such day that is not more than one month before the reference date.
 * </ul>
 *
 * Only the reference year and the years either side are candidates; a day that exists in none of
 * them (February 29 far from a leap year) gives no date. Without a reference date, no year is
 * supplied: the text does not fix one.
 */
final class YearInference {
  private YearInference() {}

  /**
   * Infers the date of a day and month.
   *
   * @param month the month, 1-12
   * @param day the day of the month
   * @param reference the reference date
   * @param tense the tense hint of the clause
   * @return the date, or empty when no candidate year has that day
   */
  static Optional<LocalDate> infer(int month, int day, LocalDate reference, Tense tense) {
    LocalDate best = null;
    for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
      if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = LocalDate.of(year, month, day);
      if (tense == Tense.FUTURE) {
        if (!candidate.isBefore(reference.minusMonths(1)) && (best == null || candidate.isBefore(best))) {
          best = candidate;
        }
      } else if (!candidate.isAfter(reference.plusMonths(1)) && (best == null || candidate.isAfter(best))) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }
}
