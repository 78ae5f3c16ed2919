package io.github.newsmodel.pipeline;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.model.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the warnings of one parse, keeping at most a fixed number; the rest are counted and
 * reported in one final {@code warnings.truncated} warning, so nothing is lost silently. One sink
 * per parse: not shared between threads.
 */
public final class WarningSink {
  private final int max;
  private final List<Warning> warnings = new ArrayList<>();
  private int dropped;

  /**
   * Creates a sink.
   *
   * @param max the most warnings kept
   */
  public WarningSink(int max) {
    this.max = max;
  }

  /**
   * Records a warning about the whole input.
   *
   * @param code a stable code
   * @param message the explanation
   */
  public void warn(String code, String message) {
    add(Warning.of(code, message));
  }

  /**
   * Records a warning about a span.
   *
   * @param code a stable code
   * @param message the explanation
   * @param span the span concerned
   */
  public void warn(String code, String message, Span span) {
    add(Warning.at(code, message, span));
  }

  private void add(Warning warning) {
    if (warnings.size() < max) {
      warnings.add(warning);
    } else {
      dropped++;
    }
  }

  /**
   * Returns the warnings kept, plus a {@code warnings.truncated} warning when some were dropped.
   *
   * @return the warnings, in the order recorded
   */
  public List<Warning> toList() {
    List<Warning> result = new ArrayList<>(warnings);
    if (dropped > 0) {
      result.add(Warning.of("warnings.truncated", dropped + " further warnings were dropped (limit " + max + ")"));
    }
    return result;
  }
}
