package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something the parser noticed but worked around: a malformed date, broken markup, a truncated
 * list. A document with warnings is still a valid result.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableWarning.class)
@JsonDeserialize(as = ImmutableWarning.class)
@JsonPropertyOrder({"code", "message", "start", "end"})
public interface Warning {

  /**
   * Returns a stable machine-readable code.
   *
   * @return the code, such as {@code text.no_sentence_end}
   */
  String code();

  /**
   * Returns a human-readable explanation.
   *
   * @return the message
   */
  String message();

  /**
   * Returns the start of the text span concerned.
   *
   * @return inclusive start, or empty when the warning concerns the whole input
   */
  OptionalInt start();

  /**
   * Returns the end of the text span concerned.
   *
   * @return exclusive end, or empty
   */
  OptionalInt end();

  /**
   * Creates a warning about the whole input.
   *
   * @param code the code
   * @param message the message
   * @return the warning
   */
  static Warning of(String code, String message) {
    return builder().code(code).message(message).build();
  }

  /**
   * Creates a warning about a span of the text.
   *
   * @param code the code
   * @param message the message
   * @param span the span concerned
   * @return the warning
   */
  static Warning at(String code, String message, Span span) {
    return builder().code(code).message(message).start(span.start()).end(span.end()).build();
  }

  /** Checks the span shape. */
  @Value.Check
  default void checkRange() {
    if (start().isPresent() != end().isPresent()
        || (start().isPresent() && (start().getAsInt() < 0 || start().getAsInt() > end().getAsInt()))) {
      throw new ModelInvariantException("/start", "warning span is not a valid range");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Warning} values. */
  final class Builder extends ImmutableWarning.Builder {}
}
