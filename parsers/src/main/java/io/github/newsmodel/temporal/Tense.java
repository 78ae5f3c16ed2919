package io.github.newsmodel.temporal;

/** Whether a date expression points to the past or the future, as far as its words tell. */
public enum Tense {
  /** Before the time of writing: "met yesterday", "was signed on May 2". */
  PAST,
  /** After the time of writing: "will meet tomorrow", "is scheduled for June 3". */
  FUTURE,
  /** Nothing in the expression or its clause says. */
  UNKNOWN
}
