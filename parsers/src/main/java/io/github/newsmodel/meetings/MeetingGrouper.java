package io.github.newsmodel.meetings;

import io.github.newsmodel.events.DateAnchors;
import io.github.newsmodel.meetings.MeetingMention.Anaphor;
import io.github.newsmodel.meetings.MeetingMention.Participant;
import io.github.newsmodel.meetings.MeetingMention.Tense;
import io.github.newsmodel.model.Assertion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups meeting mentions into meetings, in two passes over the text.
 *
 * <p>Named mentions first, in text order. Speculation about the past ("likely met") is dropped. A
 * per-counterpart mention ("called on A and B") becomes one unit per counterpart. A unit joins an
 * earlier meeting when one's participants contain the other's (or they share a person in the same
 * sentence, unless it is a second verb of the same subject: "called on A and met B"), their date
 * expressions agree ({@link DateAnchors}) and their tenses do not clash;
 * among several such meetings, the one reported most often wins, then the latest. Units of the same
 * per-counterpart mention never join each other; people "in attendance" join the meeting just
 * reported; a negated mention never joins a reported meeting; one person who "discussed" joins a
 * meeting of theirs but makes none.
 *
 * <p>Then anaphors ("The meeting took place in Doha"), unless hedged or negated: each attaches to
 * a meeting named in the same paragraph (the nearest before, else after); from a headline, to the
 * first meeting; a definite one ("the meeting", "they") to the last meeting before it; an
 * indefinite one ("officials convened") to a meeting named in the next paragraph, or else in the
 * one before. An anaphor whose date expression disagrees with the meeting's is a different event,
 * and is left out. Stateless.
 */
final class MeetingGrouper {
  /** The meetings in the order of their first mention. */
  private static final Comparator<MeetingEvent> BY_FIRST_POSITION =
      Comparator.comparingInt(MeetingEvent::firstPosition);

  /**
   * Groups mentions into meetings.
   *
   * @param mentions the mentions of the article, in text order
   * @return the meetings, ordered by their first named mention
   */
  List<MeetingEvent> group(List<MeetingMention> mentions) {
    List<MeetingEvent> events = new ArrayList<>();
    int eachGroup = 0;
    for (MeetingMention resolved : mentions) {
      if (!resolved.named()) {
        continue;
      }
      if (resolved.modality().assertion() == Assertion.HEDGED && resolved.tense() != Tense.FUTURE) {
        continue;
      }
      if (resolved.each()) {
        for (Participant counterpart : resolved.objects()) {
          List<Participant> people = new ArrayList<>(resolved.subjects());
          people.add(counterpart);
          place(events, resolved, people, eachGroup);
        }
        eachGroup++;
      } else {
        place(events, resolved, resolved.participants(), -1);
      }
    }
    for (MeetingMention mention : mentions) {
      if (mention.named() || mention.anaphor() == Anaphor.JOIN || mention.modality().speculative()) {
        continue;
      }
      MeetingEvent target = target(events, mention);
      if (target != null && DateAnchors.compatible(target.anchor(), mention.date())) {
        target.attach(mention);
      }
    }
    events.sort(BY_FIRST_POSITION);
    return events;
  }

  private static void place(List<MeetingEvent> events, MeetingMention mention, List<Participant> people,
      int eachGroup) {
    MeetingEvent target = mention.anaphor() == Anaphor.JOIN ? latestBefore(events, mention.position())
        : joinable(events, mention, people, eachGroup);
    boolean negated = mention.modality().assertion() == Assertion.NEGATED;
    boolean lone = people.size() < 2 && mention.cue().role() == CueRole.DISCUSS;
    if (target != null && negated || target == null && (mention.anaphor() == Anaphor.JOIN || lone)) {
      return;
    }
    if (target == null) {
      target = new MeetingEvent();
      events.add(target);
    }
    target.addNamed(mention, people, eachGroup);
  }

  private static MeetingEvent joinable(List<MeetingEvent> events, MeetingMention mention, List<Participant> people,
      int eachGroup) {
    MeetingEvent best = null;
    for (MeetingEvent event : events) {
      if (event.hasEachGroup(eachGroup) && eachGroup >= 0) {
        continue;
      }
      Set<String> theirs = event.ids();
      boolean nested = allIn(people, theirs) || allAmong(theirs, people);
      boolean inSentence = event.namedInSentence(mention.sentence().index());
      if (mention.coordinated() && inSentence || !nested && !(inSentence && anyIn(people, theirs))) {
        continue;
      }
      if (!DateAnchors.compatible(event.anchor(), mention.date()) || clash(event.tense(), mention.tense())) {
        continue;
      }
      if (best == null || event.named().size() > best.named().size()
          || event.named().size() == best.named().size()
          && event.lastPositionBefore(Integer.MAX_VALUE) > best.lastPositionBefore(Integer.MAX_VALUE)) {
        best = event;
      }
    }
    return best;
  }

  /** Tells whether every person's id is one of the ids. */
  private static boolean allIn(List<Participant> people, Set<String> ids) {
    for (int k = 0; k < people.size(); k++) {
      if (!ids.contains(people.get(k).officialId())) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether each of the ids is some person's id. */
  private static boolean allAmong(Set<String> ids, List<Participant> people) {
    for (String id : ids) {
      if (!hasId(people, id)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether some person's id is one of the ids. */
  private static boolean anyIn(List<Participant> people, Set<String> ids) {
    for (int k = 0; k < people.size(); k++) {
      if (ids.contains(people.get(k).officialId())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasId(List<Participant> people, String id) {
    for (int k = 0; k < people.size(); k++) {
      if (people.get(k).officialId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean clash(Tense a, Tense b) {
    return a != Tense.NEUTRAL && b != Tense.NEUTRAL && a != b;
  }

  private static MeetingEvent latestBefore(List<MeetingEvent> events, int position) {
    MeetingEvent best = null;
    int bestPosition = -1;
    for (MeetingEvent event : events) {
      int last = event.lastPositionBefore(position);
      if (last > bestPosition) {
        best = event;
        bestPosition = last;
      }
    }
    return best;
  }

  private static MeetingEvent target(List<MeetingEvent> events, MeetingMention anaphor) {
    if (events.isEmpty()) {
      return null;
    }
    int position = anaphor.position();
    int block = anaphor.sentence().block();
    MeetingEvent before = null;
    int beforePosition = -1;
    MeetingEvent after = null;
    int afterPosition = Integer.MAX_VALUE;
    for (MeetingEvent event : events) {
      if (!event.namedInBlock(block)) {
        continue;
      }
      int last = event.lastPositionBefore(position);
      if (last > beforePosition) {
        before = event;
        beforePosition = last;
      }
      int next = event.firstPositionAfter(position);
      if (next < afterPosition) {
        after = event;
        afterPosition = next;
      }
    }
    if (before != null || after != null) {
      return before != null ? before : after;
    }
    if (anaphor.sentence().headline()) {
      return first(events);
    }
    if (anaphor.anaphor() == Anaphor.BACK) {
      MeetingEvent previous = latestBefore(events, position);
      return previous != null ? previous : first(events);
    }
    for (MeetingEvent event : events) {
      if (event.firstPositionAfter(position) != Integer.MAX_VALUE && event.namedInBlock(block + 1)) {
        return event;
      }
    }
    MeetingEvent previous = latestBefore(events, position);
    return previous != null && previous.namedInBlock(block - 1) ? previous : null;
  }

  private static MeetingEvent first(List<MeetingEvent> events) {
    MeetingEvent first = null;
    for (MeetingEvent event : events) {
      if (first == null || event.firstPosition() < first.firstPosition()) {
        first = event;
      }
    }
    return first;
  }
}
