package io.github.newsmodel.pipeline;

import io.github.newsmodel.model.HtmlLocator;
import java.util.Optional;

/**
 * Maps a span of a document's text back to where it came from in the original markup. Plain-text
 * sources use {@link #NONE}; the HTML parser supplies one built while extracting the text.
 */
@FunctionalInterface
public interface EvidenceLocator {
  /** The locator of plain-text sources: nothing to point at. */
  EvidenceLocator NONE = (start, end) -> Optional.empty();

  /**
   * Locates a span of the text in the original markup.
   *
   * @param start inclusive start in the text
   * @param end exclusive end in the text
   * @return the markup location, or empty when unknown
   */
  Optional<HtmlLocator> locate(int start, int end);
}
