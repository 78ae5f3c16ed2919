package io.github.newsmodel.report;

import java.util.Locale;

/** What a highlighted value is; each kind has its own colour in the report. */
public enum HighlightKind {
  /** An official's name, honorific or mention. */
  OFFICIAL,
  /** An official's title or organisation. */
  TITLE,
  /** A date: a meeting's date, the publication date. */
  DATE,
  /** A place: a meeting's location, a dateline, an official's country. */
  PLACE,
  /** Any other evidence of a meeting (participants, topics, status). */
  MEETING,
  /** Evidence of an agreement. */
  AGREEMENT,
  /** Article metadata: headline, byline, outlet. */
  ARTICLE;

  /**
   * Returns the lower-case name used in CSS classes and data attributes.
   *
   * @return the name, such as {@code official}
   */
  public String cssName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
