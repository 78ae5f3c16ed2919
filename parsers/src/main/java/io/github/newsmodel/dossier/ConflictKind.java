package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonValue;

/** What articles disagree about. */
public enum ConflictKind {
  /** Reports of one meeting give different dates. */
  MEETING_DATE("meeting.date"),
  /** A report names a weekday that is not the weekday of another report's date (or of another's weekday). */
  MEETING_WEEKDAY("meeting.weekday"),
  /** Two articles of the same time give one person titles that share no office. */
  OFFICIAL_TITLE("official.title"),
  /** Articles give one person different countries. */
  OFFICIAL_COUNTRY("official.country");

  private final String jsonName;

  ConflictKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the name used in JSON.
   *
   * @return a dotted name such as {@code meeting.date}
   */
  @JsonValue
  public String jsonName() {
    return jsonName;
  }
}
