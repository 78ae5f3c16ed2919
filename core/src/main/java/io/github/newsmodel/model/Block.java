package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A typed span of the article text: headline, paragraph, credit line, footer and so on. */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableBlock.class)
@JsonDeserialize(as = ImmutableBlock.class)
@JsonPropertyOrder({"kind", "start", "end"})
public interface Block {

  /**
   * Returns the role of the block.
   *
   * @return the kind
   */
  @Value.Parameter
  BlockKind kind();

  /**
   * Returns the start of the block in the text.
   *
   * @return inclusive start, UTF-16 code units
   */
  @Value.Parameter
  int start();

  /**
   * Returns the end of the block in the text.
   *
   * @return exclusive end, UTF-16 code units
   */
  @Value.Parameter
  int end();

  /**
   * Creates a block.
   *
   * @param kind its role
   * @param span its span
   * @return the block
   */
  static Block of(BlockKind kind, Span span) {
    return ImmutableBlock.of(kind, span.start(), span.end());
  }

  /**
   * Returns the span of the block.
   *
   * @return the span
   */
  default Span span() {
    return Span.of(start(), end());
  }

  /** Checks {@code 0 <= start <= end}. */
  @Value.Check
  default void checkRange() {
    if (start() < 0 || start() > end()) {
      throw new ModelInvariantException("/start", "block [" + start() + ", " + end() + ") is not a valid range");
    }
  }
}
