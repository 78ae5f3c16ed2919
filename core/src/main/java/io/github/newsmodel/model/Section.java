package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of the article body: an optional heading and the paragraphs under it. Sections cover the
 * body only, never the headline, byline, dateline, credit lines or footers.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
@JsonPropertyOrder({"heading", "paragraphs"})
public interface Section {

  /**
   * Returns the span of the section heading.
   *
   * @return the heading span, or empty for the untitled first section
   */
  Optional<Span> heading();

  /**
   * Returns the spans of the paragraphs, in text order.
   *
   * @return the paragraph spans
   */
  List<Span> paragraphs();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Section} values. */
  final class Builder extends ImmutableSection.Builder {}
}
