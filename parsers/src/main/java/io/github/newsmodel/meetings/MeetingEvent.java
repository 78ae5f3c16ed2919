package io.github.newsmodel.meetings;

import io.github.newsmodel.meetings.MeetingMention.Participant;
import io.github.newsmodel.meetings.MeetingMention.Tense;
import io.github.newsmodel.temporal.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One meeting while its mentions are being grouped: the named mentions that report it, the
 * anaphors attached to it, its participants, the date expression that anchors it in time and its
 * tense. Mutable; lives only during one extraction.
 */
final class MeetingEvent {
  /** Mentions in text order. */
  private static final Comparator<MeetingMention> BY_POSITION = Comparator.comparingInt(MeetingMention::position);

  private final List<MeetingMention> named = new ArrayList<>();
  private final List<MeetingMention> attached = new ArrayList<>();
  private final Map<String, Participant> participants = new LinkedHashMap<>();
  private final Set<Integer> eachGroups = new HashSet<>();
  private Optional<DateMention> anchor = Optional.empty();
  private Tense tense = Tense.NEUTRAL;

  /**
   * Adds a named mention with the participants it contributes.
   *
   * @param mention the mention
   * @param people its participants for this meeting
   * @param eachGroup the per-counterpart group of the mention, or -1
   */
  void addNamed(MeetingMention mention, List<Participant> people, int eachGroup) {
    named.add(mention);
    for (Participant p : people) {
      participants.putIfAbsent(p.officialId(), p);
    }
    if (eachGroup >= 0) {
      eachGroups.add(eachGroup);
    }
    anchor(mention);
    if (tense == Tense.NEUTRAL) {
      tense = mention.tense();
    }
  }

  /**
   * Attaches an anaphor.
   *
   * @param mention the unnamed mention
   */
  void attach(MeetingMention mention) {
    attached.add(mention);
    anchor(mention);
  }

  private void anchor(MeetingMention mention) {
    if (anchor.isEmpty() || anchor.get().date().isEmpty() && mention.date().flatMap(DateMention::date).isPresent()) {
      if (mention.date().isPresent()) {
        anchor = mention.date();
      }
    }
  }

  /**
   * Returns the named mentions, in the order added.
   *
   * @return the named mentions
   */
  List<MeetingMention> named() {
    return named;
  }

  /**
   * Returns every mention, named and attached, in text order.
   *
   * @return the mentions
   */
  List<MeetingMention> all() {
    List<MeetingMention> all = new ArrayList<>(named);
    all.addAll(attached);
    all.sort(BY_POSITION);
    return all;
  }

  /**
   * Returns the participants, each once, in the order first seen.
   *
   * @return the participants
   */
  List<Participant> participants() {
    return List.copyOf(participants.values());
  }

  /**
   * Returns the ids of the participants.
   *
   * @return the ids
   */
  Set<String> ids() {
    return participants.keySet();
  }

  /**
   * Tells whether a per-counterpart group already gave this meeting one counterpart.
   *
   * @param group the group
   * @return true when it did
   */
  boolean hasEachGroup(int group) {
    return group >= 0 && eachGroups.contains(group);
  }

  /**
   * Returns the date expression anchoring the meeting in time.
   *
   * @return the anchor, or empty
   */
  Optional<DateMention> anchor() {
    return anchor;
  }

  /**
   * Returns the tense of the first mention that had one.
   *
   * @return the tense
   */
  Tense tense() {
    return tense;
  }

  /**
   * Returns the offset of the first named mention.
   *
   * @return the offset
   */
  int firstPosition() {
    int first = Integer.MAX_VALUE;
    for (MeetingMention m : named) {
      first = Math.min(first, m.position());
    }
    return first;
  }

  /**
   * Returns the offset of the last named mention before an offset.
   *
   * @param before the offset
   * @return the offset of that mention, or -1 when none is before
   */
  int lastPositionBefore(int before) {
    int last = -1;
    for (MeetingMention m : named) {
      if (m.position() < before) {
        last = Math.max(last, m.position());
      }
    }
    return last;
  }

  /**
   * Returns the offset of the first named mention after an offset.
   *
   * @param after the offset
   * @return the offset, or {@link Integer#MAX_VALUE} when none is after
   */
  int firstPositionAfter(int after) {
    int first = Integer.MAX_VALUE;
    for (MeetingMention m : named) {
      if (m.position() > after) {
        first = Math.min(first, m.position());
      }
    }
    return first;
  }

  /**
   * Tells whether a named mention of this meeting lies in a block.
   *
   * @param block the block index
   * @return true when one does
   */
  boolean namedInBlock(int block) {
    for (MeetingMention m : named) {
      if (m.sentence().block() == block) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a named mention of this meeting lies in a sentence.
   *
   * @param sentenceIndex the sentence index
   * @return true when one does
   */
  boolean namedInSentence(int sentenceIndex) {
    for (MeetingMention m : named) {
      if (m.sentence().index() == sentenceIndex) {
        return true;
      }
    }
    return false;
  }
}
