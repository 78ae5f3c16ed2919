package io.github.newsmodel.temporal;

/** What a date expression pins down, whether or not it could be resolved to a calendar date. */
public enum Granularity {
  /** One calendar day: "December 18, 2023", "18 Dec", "today", "yesterday". */
  DAY,
  /** A weekday name without a calendar date: "Thursday", "last Monday". */
  WEEKDAY,
  /** A week: "this week", "next week". */
  WEEK,
  /** A month: "May 2023", "in March", "last month". */
  MONTH,
  /** A year: "in 2015", "last year". */
  YEAR,
  /** A span of days: "14 to 16 December 2010", "December 14-16". */
  RANGE,
  /** A time without a definite extent: "recently", "soon". */
  VAGUE
}
