package io.github.newsmodel.officials;

import io.github.newsmodel.model.Official;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.List;

/**
 * Finds the named officials of an article, with their honorifics, titles, organisation, country and
 * every mention. Stateless and thread-safe.
 */
public final class OfficialExtractor {

  /**
   * Extracts the officials.
   *
   * @param context the article being analysed
   * @return the officials in order of first mention
   */
  public List<Official> extract(AnalysisContext context) {
    return List.of();
  }
}
