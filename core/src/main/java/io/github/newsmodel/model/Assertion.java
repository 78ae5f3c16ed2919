package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the article asserts a fact. */
public enum Assertion {
  /** Stated as fact. */
  ASSERTED,
  /** Attributed to a source ("according to a statement"). */
  REPORTED,
  /** Hedged ("likely", "expected to", "may"). */
  HEDGED,
  /** Denied or said not to exist ("not disclosed", "no agreement"). */
  NEGATED;

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
   * Reads an assertion from its JSON name.
   *
   * @param name the lower-case name
   * @return the assertion
   */
  @JsonCreator
  public static Assertion fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
