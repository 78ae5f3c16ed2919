package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Why an input produced no document: a stable code and a human-readable message. */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableErrorInfo.class)
@JsonDeserialize(as = ImmutableErrorInfo.class)
@JsonPropertyOrder({"code", "message"})
public interface ErrorInfo {

  /**
   * Returns the machine-readable code.
   *
   * @return a code such as {@code io}, {@code limit.input_chars} or {@code decode}
   */
  @Value.Parameter
  String code();

  /**
   * Returns the explanation.
   *
   * @return the message
   */
  @Value.Parameter
  String message();

  /**
   * Creates an error.
   *
   * @param code the code
   * @param message the message
   * @return the error
   */
  static ErrorInfo of(String code, String message) {
    return ImmutableErrorInfo.of(code, message);
  }
}
