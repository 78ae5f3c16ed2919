package io.github.newsmodel.agreements;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.List;

/**
 * Finds the agreements (instruments) an article reports: kind, parties, signatories, subject,
 * status and assertion. Stateless and thread-safe.
 */
public final class AgreementExtractor {

  /**
   * Extracts the agreements.
   *
   * @param context the article being analysed
   * @param officials the officials found in it
   * @param meetings the meetings found in it
   * @return the agreements, in text order
   */
  public List<Agreement> extract(AnalysisContext context, List<Official> officials, List<Meeting> meetings) {
    return List.of();
  }
}
