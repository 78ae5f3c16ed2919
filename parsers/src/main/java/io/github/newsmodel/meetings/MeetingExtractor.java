package io.github.newsmodel.meetings;

import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.List;

/**
 * Finds the meetings an article reports between officials: participants, place, date, topics,
 * status, mode and assertion. Stateless and thread-safe.
 */
public final class MeetingExtractor {

  /**
   * Extracts the meetings.
   *
   * @param context the article being analysed
   * @param officials the officials already found in it
   * @return the meetings, in text order
   */
  public List<Meeting> extract(AnalysisContext context, List<Official> officials) {
    return List.of();
  }
}
