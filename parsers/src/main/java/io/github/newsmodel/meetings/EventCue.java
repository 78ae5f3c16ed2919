package io.github.newsmodel.meetings;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.model.Span;
import java.util.Set;

/**
 * A meeting cue found in a sentence.
 *
 * @param first the index of its first token
 * @param last the index of its last token
 * @param role what kind of cue it is
 * @param flags its flags from {@code meeting-cues.tsv} ("each", "object", "with", "host", modes)
 */
record EventCue(int first, int last, CueRole role, Set<String> flags) {

  /**
   * Tells whether the cue carries a flag.
   *
   * @param flag the flag
   * @return true when it does
   */
  boolean has(String flag) {
    return flags.contains(flag);
  }

  /**
   * Returns the text span of the cue.
   *
   * @param sentence its sentence
   * @return the span
   */
  Span span(EventSentence sentence) {
    return Span.of(sentence.start(first), sentence.end(last));
  }
}
