package io.github.newsmodel.agreements;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.Modality;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import java.util.List;
import java.util.Optional;

/**
 * One mention of an instrument in a sentence: its kind words and name, what the sentence says was
 * done with it, and how.
 *
 * @param sentence the sentence
 * @param kindSpan the kind words ("Memorandum of Understanding", "MOUs", "Agreement")
 * @param kind the kind, or empty for a bare "Memorandum"
 * @param nameFirst the index of the first token of the name (premodifiers included)
 * @param nameLast the index of the last token of the name (tail and acronym included)
 * @param nameWords the lower-case content words of the name, to tell instruments of one kind apart
 * @param premodifier the capitalised words before the kind that name the instrument ("Air Transport")
 * @param tail the words after the kind that name its subject ("Concerning Strategic Civil Nuclear
 *     Cooperation")
 * @param count how many instruments the words name ("two MOUs", "MOUs on trade, tourism and
 *     health"), 1 by default
 * @param items the subjects listed for plural instruments, one per instrument, or none
 * @param plural whether the kind word is plural
 * @param generic whether the words are a bare common noun ("agreements") without name or count
 * @param vague whether a word like "any" or "similar" makes them no particular instrument
 * @param excluded whether a modifier makes the instrument none of the meeting's ("truce")
 * @param action what was done with it, if the sentence says
 * @param modality how the sentence presents the action
 * @param date the date expression of the action's clause, if any
 */
record InstrumentMention(EventSentence sentence, Span kindSpan, Optional<AgreementKind> kind, int nameFirst,
    int nameLast, List<String> nameWords, Optional<Span> premodifier, Optional<Span> tail, int count,
    List<Span> items, boolean plural, boolean generic, boolean vague, boolean excluded, Optional<ActionReading> action,
    Modality modality, Optional<DateMention> date) {

  /**
   * What a sentence says was done with an instrument.
   *
   * @param status the status the action gives
   * @param span the action words
   * @param first the index of the first token of the action words
   * @param last the index of their last token
   * @param before whether the action words come before the instrument
   * @param signer whether the clause subject signs (an active verb of signing)
   * @param coordinated whether the action was read from an instrument coordinated before this one
   */
  record ActionReading(AgreementStatus status, Span span, int first, int last, boolean before, boolean signer,
      boolean coordinated) {}

  /**
   * Returns the text offset of the kind words.
   *
   * @return the offset
   */
  int position() {
    return kindSpan.start();
  }

  /**
   * Returns a copy with another action, modality and date (for instruments coordinated with another).
   *
   * @param newAction the action
   * @param newModality the modality
   * @param newDate the date expression
   * @return the copy
   */
  InstrumentMention withAction(ActionReading newAction, Modality newModality, Optional<DateMention> newDate) {
    return new InstrumentMention(sentence, kindSpan, kind, nameFirst, nameLast, nameWords, premodifier, tail, count,
        items, plural, generic, vague, excluded, Optional.of(newAction), newModality, newDate);
  }
}
