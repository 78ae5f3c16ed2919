package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the participants of a meeting met. */
public enum MeetingMode {
  /** Face to face. */
  IN_PERSON,
  /** By telephone. */
  PHONE,
  /** By video conference or another virtual format. */
  VIDEO;

  /**
   * Returns the JSON name.
   *
   * @return the lower-case name, such as {@code in_person}
   */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a mode from its JSON name.
   *
   * @param name the lower-case name
   * @return the mode
   */
  @JsonCreator
  public static MeetingMode fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
