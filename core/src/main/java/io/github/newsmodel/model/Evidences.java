package io.github.newsmodel.model;

import java.util.Objects;

/**
 * Factory methods for {@link Evidence} that fill the quote and its context from the text, so that
 * {@code exact} always equals {@code text.substring(start, end)}.
 */
public final class Evidences {
  /** How many characters of context {@link Evidence#prefix()} and {@link Evidence#suffix()} hold at most. */
  public static final int CONTEXT_LENGTH = 32;

  private Evidences() {}

  /**
   * Creates evidence for a span of {@code text}.
   *
   * @param field JSON Pointer of the supported field, relative to its entity
   * @param text the document text
   * @param start inclusive start of the span
   * @param end exclusive end of the span
   * @param rule the rule that produced the value
   * @param confidence the rule's confidence in {@code [0, 1]}
   * @return the evidence, with quote, prefix and suffix taken from {@code text}
   * @throws ModelInvariantException if the span is not inside {@code text}
   */
  public static Evidence inText(String field, String text, int start, int end, String rule, double confidence) {
    Objects.requireNonNull(text, "text");
    if (start < 0 || start > end || end > text.length()) {
      throw new ModelInvariantException(field, "span [" + start + ", " + end + ") is outside a text of length "
          + text.length());
    }
    int prefixStart = safeBoundary(text, Math.max(0, start - CONTEXT_LENGTH), true);
    int suffixEnd = safeBoundary(text, Math.min(text.length(), end + CONTEXT_LENGTH), false);
    return Evidence.builder()
        .field(field)
        .start(start)
        .end(end)
        .exact(text.substring(start, end))
        .prefix(text.substring(Math.min(prefixStart, start), start))
        .suffix(text.substring(end, Math.max(suffixEnd, end)))
        .rule(rule)
        .confidence(confidence)
        .build();
  }

  /**
   * Creates evidence for a span of {@code text}.
   *
   * @param field JSON Pointer of the supported field
   * @param text the document text
   * @param span the span
   * @param rule the rule that produced the value
   * @param confidence the rule's confidence
   * @return the evidence
   */
  public static Evidence inText(String field, String text, Span span, String rule, double confidence) {
    return inText(field, text, span.start(), span.end(), rule, confidence);
  }

  /**
   * Creates evidence for a value read from markup or metadata rather than from the text: no
   * position, no context, the raw value as quote.
   *
   * @param field JSON Pointer of the supported field
   * @param rawValue the value as found in the markup
   * @param rule the rule that produced the value
   * @param confidence the rule's confidence
   * @param locator where in the HTML the value was found
   * @return the evidence
   */
  public static Evidence outsideText(String field, String rawValue, String rule, double confidence,
      HtmlLocator locator) {
    return Evidence.builder()
        .field(field)
        .exact(rawValue)
        .rule(rule)
        .confidence(confidence)
        .html(locator)
        .build();
  }

  /** Moves a context boundary so that it does not split a surrogate pair. */
  private static int safeBoundary(String text, int index, boolean movingForward) {
    if (index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index))) {
      return movingForward ? index + 1 : index - 1;
    }
    return index;
  }
}
