package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a meeting took place or is still ahead. */
public enum MeetingStatus {
  /** The meeting took place. */
  HELD,
  /** The meeting is announced or expected. */
  PLANNED;

  /**
   * Returns the JSON name.
   *
   * @return the lower-case name
   */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a status from its JSON name.
   *
   * @param name the lower-case name
   * @return the status
   */
  @JsonCreator
  public static MeetingStatus fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
