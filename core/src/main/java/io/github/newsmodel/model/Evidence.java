package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The provenance of one extracted value: which field it supports, the exact span of the source
 * text it came from, the rule that produced it and how sure that rule is.
 *
 * <p>The text quote follows the W3C Web Annotation TextQuoteSelector ({@link #exact()},
 * {@link #prefix()}, {@link #suffix()}), the position its TextPositionSelector ({@link #start()},
 * {@link #end()}, half-open, UTF-16 code units of the document's {@code text}). A value read from
 * markup that is not part of the text (JSON-LD, {@code <meta>}, the URL) has no position, no
 * prefix and suffix, the raw value as {@code exact}, and an {@link #html()} locator.
 *
 * <p>Build evidence over a text with {@link Evidences}, which fills quote and context.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
@JsonPropertyOrder({"field", "start", "end", "exact", "prefix", "suffix", "rule", "confidence", "html"})
public interface Evidence {

  /**
   * Returns the field this evidence supports, as a JSON Pointer relative to its entity.
   *
   * @return a pointer such as {@code /name}, {@code /titles/0} or {@code /dateline/city}
   */
  String field();

  /**
   * Returns the start of the quoted span in the document text.
   *
   * @return inclusive start in UTF-16 code units, or empty for values not read from the text
   */
  OptionalInt start();

  /**
   * Returns the end of the quoted span in the document text.
   *
   * @return exclusive end in UTF-16 code units, or empty for values not read from the text
   */
  OptionalInt end();

  /**
   * Returns the quoted text: {@code text.substring(start, end)}, or the raw markup value.
   *
   * @return the exact quote
   */
  String exact();

  /**
   * Returns up to 32 characters of text before the quote.
   *
   * @return the prefix, or empty for values not read from the text
   */
  Optional<String> prefix();

  /**
   * Returns up to 32 characters of text after the quote.
   *
   * @return the suffix, or empty for values not read from the text
   */
  Optional<String> suffix();

  /**
   * Returns the name of the rule or resource that produced the value.
   *
   * @return a dotted rule name such as {@code official.name.apposition}
   */
  String rule();

  /**
   * Returns how sure the rule is of the value.
   *
   * @return a confidence in {@code [0, 1]}
   */
  double confidence();

  /**
   * Returns where in the original HTML the value came from (HTML sources only).
   *
   * @return the locator, or empty for plain-text sources
   */
  Optional<HtmlLocator> html();

  /**
   * Returns the quoted span, when the value was read from the text.
   *
   * @return the span, or empty
   */
  default Optional<Span> span() {
    return start().isPresent() ? Optional.of(Span.of(start().getAsInt(), end().getAsInt())) : Optional.empty();
  }

  /** Checks field, range, quote length and confidence. */
  @Value.Check
  default void checkStructure() {
    if (!field().startsWith("/")) {
      throw new ModelInvariantException("/field", "not a JSON Pointer: \"" + field() + "\"");
    }
    OptionalInt start = start();
    OptionalInt end = end();
    if (start.isPresent() != end.isPresent()) {
      throw new ModelInvariantException("/start", "start and end must be both present or both absent");
    }
    if (start.isPresent()) {
      int s = start.getAsInt();
      int e = end.getAsInt();
      if (s < 0 || s > e) {
        throw new ModelInvariantException("/start", "[" + s + ", " + e + ") is not a valid range");
      }
      if (exact().length() != e - s) {
        throw new ModelInvariantException("/exact", "quote of length " + exact().length()
            + " does not fit span [" + s + ", " + e + ")");
      }
    }
    if (!(confidence() >= 0.0 && confidence() <= 1.0)) {
      throw new ModelInvariantException("/confidence", "not in [0, 1]: " + confidence());
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

  /** Builds {@link Evidence} values. */
  final class Builder extends ImmutableEvidence.Builder {}
}
