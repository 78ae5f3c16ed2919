package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of a document's {@code text}, in UTF-16 code units
 * (Java {@link String} indexes): {@code text.substring(start(), end())} is the covered text.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
@JsonPropertyOrder({"start", "end"})
public interface Span extends Comparable<Span> {

  /**
   * Returns the first covered index.
   *
   * @return the start, inclusive, in UTF-16 code units
   */
  @Value.Parameter
  int start();

  /**
   * Returns the index after the last covered one.
   *
   * @return the end, exclusive, in UTF-16 code units
   */
  @Value.Parameter
  int end();

  /**
   * Creates a span.
   *
   * @param start inclusive start
   * @param end exclusive end
   * @return the span
   * @throws ModelInvariantException if {@code start < 0} or {@code start > end}
   */
  static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  /**
   * Returns the number of UTF-16 code units covered.
   *
   * @return {@code end() - start()}
   */
  default int length() {
    return end() - start();
  }

  /**
   * Tells whether this span and {@code other} share at least one index.
   *
   * @param other another span
   * @return true when they overlap
   */
  default boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  /**
   * Tells whether {@code other} lies inside this span.
   *
   * @param other another span
   * @return true when {@code other} is contained in this span
   */
  default boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  /**
   * Orders spans by start, then by end.
   *
   * @param other the span to compare with
   * @return the comparison result
   */
  @Override
  default int compareTo(Span other) {
    int byStart = Integer.compare(start(), other.start());
    return byStart != 0 ? byStart : Integer.compare(end(), other.end());
  }

  /** Checks {@code 0 <= start <= end}. */
  @Value.Check
  default void checkRange() {
    if (start() < 0 || start() > end()) {
      throw new ModelInvariantException("/start", "span [" + start() + ", " + end() + ") is not a valid range");
    }
  }
}
