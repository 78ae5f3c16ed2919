package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far an agreement has come. */
public enum AgreementStatus {
  /** The text says it was signed. */
  SIGNED,
  /** Reached, but not said to be signed. */
  AGREED,
  /** Negotiation or conclusion still ahead. */
  PLANNED,
  /** Only talked about. */
  DISCUSSED;

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
  public static AgreementStatus fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
