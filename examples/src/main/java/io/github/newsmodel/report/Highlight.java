package io.github.newsmodel.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One span of an article's text to highlight, with what the report shows about it.
 *
 * @param start the first index, inclusive (UTF-16 code units of the document text)
 * @param end the last index, exclusive
 * @param kind what the value is, which decides its colour
 * @param entity a short label of the entity the value belongs to ({@code "official Kristi Noem"})
 * @param ref a key shared by every highlight of one entity in one report ({@code "d1-o0"})
 * @param field the JSON Pointer of the supported field, relative to the entity
 * @param rule the rule that produced the value ({@code "mention"} for mention spans)
 * @param confidence the rule's confidence, empty for mention spans, which carry none
 * @param selector for HTML sources, the CSS selector of the element the value came from
 */
public record Highlight(int start, int end, HighlightKind kind, String entity, String ref, String field, String rule,
    OptionalDouble confidence, Optional<String> selector) {

  /**
   * Checks the span.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public Highlight {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("[" + start + ", " + end + ") is not a valid span");
    }
  }

  /**
   * Returns the number of UTF-16 code units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }
}
