package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where in the original HTML a piece of evidence came from: a CSS selector of the element and,
 * where known, the range of the decoded HTML source (UTF-16 code units, half-open) that produced
 * the quoted text. HTML entities are accounted for: {@code &amp;amp;} is five source units for one
 * text unit.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableHtmlLocator.class)
@JsonDeserialize(as = ImmutableHtmlLocator.class)
@JsonPropertyOrder({"selector", "sourceStart", "sourceEnd"})
public interface HtmlLocator {

  /**
   * Returns a CSS selector that finds the element in the original page.
   *
   * @return the selector, such as {@code article > p:nth-of-type(3)}
   */
  String selector();

  /**
   * Returns the start of the source range in the decoded HTML, when known.
   *
   * @return inclusive start in UTF-16 code units, or empty
   */
  OptionalInt sourceStart();

  /**
   * Returns the end of the source range in the decoded HTML, when known.
   *
   * @return exclusive end in UTF-16 code units, or empty
   */
  OptionalInt sourceEnd();

  /** Checks that the source range is complete and ordered when present. */
  @Value.Check
  default void checkRange() {
    if (sourceStart().isPresent() != sourceEnd().isPresent()) {
      throw new ModelInvariantException("/sourceStart", "sourceStart and sourceEnd must be both present or both absent");
    }
    if (sourceStart().isPresent()
        && (sourceStart().getAsInt() < 0 || sourceStart().getAsInt() > sourceEnd().getAsInt())) {
      throw new ModelInvariantException("/sourceStart", "source range [" + sourceStart().getAsInt() + ", "
          + sourceEnd().getAsInt() + ") is not a valid range");
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

  /** Builds {@link HtmlLocator} values. */
  final class Builder extends ImmutableHtmlLocator.Builder {}
}
