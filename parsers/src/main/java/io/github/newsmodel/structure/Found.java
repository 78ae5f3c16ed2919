package io.github.newsmodel.structure;

import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Span;

/**
 * A metadata value read from the text, with the span it was read from and the rule that read it.
 *
 * @param value the normalised value
 * @param span the span of the text the value comes from
 * @param rule the rule name, written into the evidence
 * @param confidence how sure the rule is, in {@code [0, 1]}
 */
record Found(String value, Span span, String rule, double confidence) {

  /**
   * Returns the evidence of this value for a field.
   *
   * @param field the JSON Pointer of the field, such as {@code /headline}
   * @param text the document text
   * @return the evidence
   */
  Evidence evidence(String field, String text) {
    return Evidences.inText(field, text, span, rule, confidence);
  }
}
