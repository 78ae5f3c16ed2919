package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The role of a block of the article text. */
public enum BlockKind {
  /** The title line of the article. */
  HEADLINE,
  /** The author line ("By Jane Doe", "Office of the Spokesperson"). */
  BYLINE,
  /**
   * The place-and-date line opening the story ("Doha, Qatar –"), or a line that gives only the
   * publication date ("July 22, 2021"): in news writing both are the dateline.
   */
  DATELINE,
  /** A section heading inside the body. */
  HEADING,
  /** A body paragraph. */
  PARAGRAPH,
  /** A line introducing a list ("These include:"). */
  LIST_INTRO,
  /** A credit or source line ("Read more at The Peninsula Qatar."). */
  CREDIT,
  /** A reference or link line at the end. */
  REFERENCE,
  /** Boilerplate after the body (view counters, "Last updated on ..."). */
  FOOTER;

  /**
   * Returns the JSON name of the kind.
   *
   * @return the lower-case name, such as {@code list_intro}
   */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a kind from its JSON name.
   *
   * @param name the lower-case name
   * @return the kind
   * @throws IllegalArgumentException for an unknown name
   */
  @JsonCreator
  public static BlockKind fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
