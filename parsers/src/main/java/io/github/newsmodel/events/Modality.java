package io.github.newsmodel.events;

import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Span;
import java.util.Optional;

/**
 * How a clause presents an event: its assertion, the words that made it so, and whether the event
 * lies ahead.
 *
 * @param assertion asserted, reported, hedged or negated
 * @param assertionCue the cue words ("according to", "likely", "not"), empty when asserted
 * @param future whether the clause puts the event in the future ("will", "is expected to")
 * @param futureCue the words that put it in the future, if any
 */
public record Modality(Assertion assertion, Optional<Span> assertionCue, boolean future, Optional<Span> futureCue) {

  /** A plain statement of fact about the past or present. */
  public static final Modality ASSERTED = new Modality(Assertion.ASSERTED, Optional.empty(), false, Optional.empty());

  /**
   * Tells whether the clause hedges or negates the event, so that it must not count as a fact.
   *
   * @return true for hedged and negated clauses
   */
  public boolean speculative() {
    return assertion == Assertion.HEDGED || assertion == Assertion.NEGATED;
  }

  /**
   * Tells whether the clause guesses at or denies something past ("likely discussed", "did not
   * meet"), as opposed to a hedged plan ("is expected to meet"), whose details still stand.
   *
   * @return true for negated clauses and hedged clauses not in the future
   */
  public boolean speculativePast() {
    return assertion == Assertion.NEGATED || assertion == Assertion.HEDGED && !future;
  }
}
