package io.github.newsmodel.meetings;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.Modality;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.model.MeetingMode;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence's report of a meeting: the cue, the people it names on each side, and what the
 * cue's clause says of place, date, topics, mode and modality. A mention without named people is
 * an anaphor ("The meeting took place in Doha") that adds details to a meeting reported nearby.
 *
 * @param sentence the sentence
 * @param cue the meeting cue
 * @param subjects the people on the cue's subject side (or its possessor), in text order
 * @param objects the people on the other side, in text order
 * @param anaphor how an unnamed mention finds its meeting
 * @param each whether every person on the other side is a meeting of their own
 * @param coordinated whether the cue is a second verb of the same subject ("called on A and met B"):
 *     another meeting than the one of the verb before it
 * @param host the person who hosts, when the cue says so
 * @param modality how the clause presents the meeting
 * @param tense whether the clause puts the meeting in the past or the future
 * @param date the date expression of the cue's clause, if any
 * @param place the venue, city and country of the cue's clause
 * @param topics the topic phrases of the sentence
 * @param mode how the participants met, with the words that say so
 */
record MeetingMention(EventSentence sentence, EventCue cue, List<Participant> subjects, List<Participant> objects,
    Anaphor anaphor, boolean each, boolean coordinated, Optional<Participant> host, Modality modality, Tense tense,
    Optional<DateMention> date, PlaceReading place, List<Span> topics, Optional<ModeReading> mode) {

  /** How an unnamed mention finds the meeting it belongs to. */
  enum Anaphor {
    /** A named mention: it is a meeting report of its own. */
    NONE,
    /** A definite reference ("the meeting", "they"): a meeting reported before. */
    BACK,
    /** An indefinite report ("officials met", "a meeting"): the meeting reported next to it. */
    NEAR,
    /** People joining the meeting just reported ("also in attendance were"). */
    JOIN
  }

  /** Whether the clause puts the meeting in the past or the future. */
  enum Tense {
    /** Reported as having taken place. */
    PAST,
    /** Reported as lying ahead. */
    FUTURE,
    /** The clause does not say (a headline, a bare noun). */
    NEUTRAL
  }

  /**
   * A person taking part.
   *
   * @param officialId the official's id
   * @param span the words that name the person here (a mention, or a pronoun)
   * @param rule the rule that found them
   */
  record Participant(String officialId, Span span, String rule) {
    /**
     * Creates a participant from an official's mention.
     *
     * @param mention the mention
     * @param rule the rule that found it
     * @return the participant
     */
    static Participant of(OfficialMentions.Mention mention, String rule) {
      return new Participant(mention.officialId(), mention.span(), rule);
    }
  }

  /**
   * How the participants met.
   *
   * @param mode the mode
   * @param span the words that say so
   * @param rule the rule
   */
  record ModeReading(MeetingMode mode, Span span, String rule) {}

  /**
   * Returns a copy that takes the date, place and topics another cue of the same sentence gives
   * where this one has none ("hosted X for talks in Ankara on Monday, July 8"; "called on A and met
   * B in Hanoi").
   *
   * @param other an unnamed mention of the same sentence
   * @return the copy
   */
  MeetingMention withDetails(MeetingMention other) {
    Optional<DateMention> newDate = date.isPresent() ? date : other.date();
    PlaceReading newPlace = place.isEmpty() && !place.duringVisit() ? other.place() : place;
    List<Span> newTopics = new ArrayList<>(topics);
    for (Span topic : other.topics()) {
      if (!newTopics.contains(topic)) {
        newTopics.add(topic);
      }
    }
    return new MeetingMention(sentence, cue, subjects, objects, anaphor, each, coordinated, host, modality, tense,
        newDate, newPlace,
        List.copyOf(newTopics), mode.isPresent() ? mode : other.mode());
  }

  /**
   * Returns the participants: subjects, then objects, each person once.
   *
   * @return the participants
   */
  List<Participant> participants() {
    List<Participant> all = new ArrayList<>();
    for (Participant p : subjects) {
      addOnce(all, p);
    }
    for (Participant p : objects) {
      addOnce(all, p);
    }
    return all;
  }

  /**
   * Tells whether the mention names at least one person.
   *
   * @return true for a named mention
   */
  boolean named() {
    return !subjects.isEmpty() || !objects.isEmpty();
  }

  /**
   * Returns the text offset where the cue starts.
   *
   * @return the offset
   */
  int position() {
    return sentence.start(cue.first());
  }

  private static void addOnce(List<Participant> list, Participant p) {
    for (Participant q : list) {
      if (q.officialId().equals(p.officialId())) {
        return;
      }
    }
    list.add(p);
  }
}
