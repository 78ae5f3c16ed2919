package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The line written for an input that could not be parsed: schema, source and error. The source's
 * digest and length describe the bytes that were read, if any.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableErrorDocument.class)
@JsonDeserialize(as = ImmutableErrorDocument.class)
@JsonPropertyOrder({"schema", "source", "error"})
public interface ErrorDocument {

  /**
   * Returns the schema identifier.
   *
   * @return {@value NewsDocument#SCHEMA}
   */
  @Value.Default
  default String schema() {
    return NewsDocument.SCHEMA;
  }

  /**
   * Returns what the failing input was.
   *
   * @return the source
   */
  Source source();

  /**
   * Returns why it failed.
   *
   * @return the error
   */
  ErrorInfo error();

  /**
   * Creates an error document.
   *
   * @param source the failing input
   * @param error why it failed
   * @return the document
   */
  static ErrorDocument of(Source source, ErrorInfo error) {
    return ImmutableErrorDocument.builder().source(source).error(error).build();
  }
}
