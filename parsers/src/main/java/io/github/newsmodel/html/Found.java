package io.github.newsmodel.html;

import org.jsoup.nodes.Element;

/**
 * A metadata value found in a page, with its provenance: the rule that found it, how sure the rule
 * is, the element it came from (null for the caller's page address) and whether the value is the
 * visible text of that element (so that it can be located in the reader's text).
 *
 * @param value the value, white space normalised
 * @param rule the rule name, such as {@code html.title.jsonld}
 * @param confidence the rule's confidence in [0, 1]
 * @param element the element the value was read from, or null
 * @param visible whether the value is (part of) the element's visible text
 */
record Found(String value, String rule, double confidence, Element element, boolean visible) {
  /**
   * Returns this finding with another value, same provenance.
   *
   * @param newValue the new value
   * @return the finding
   */
  Found withValue(String newValue) {
    return new Found(newValue, rule, confidence, element, visible);
  }
}
