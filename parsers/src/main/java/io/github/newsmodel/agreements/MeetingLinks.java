package io.github.newsmodel.agreements;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.Granularity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The meetings of the article as the agreement extractor sees them: which sentences report each
 * (the spans of its {@code /status} evidence, one per mention), who took part, and which parties
 * those people stand for. Immutable; one per document.
 */
final class MeetingLinks {
  /**
   * A link from an instrument to a meeting.
   *
   * @param meetingId the meeting's id
   * @param span the words that show the link
   * @param rule the rule that made it
   */
  record Link(String meetingId, Span span, String rule) {}

  private final List<Meeting> meetings;
  private final OfficialMentions mentions;

  /**
   * Indexes the meetings.
   *
   * @param meetings the meetings of the article
   * @param mentions the officials' mentions
   */
  MeetingLinks(List<Meeting> meetings, OfficialMentions mentions) {
    this.meetings = meetings;
    this.mentions = mentions;
  }

  /**
   * Tells whether the article reports any meeting.
   *
   * @return true when it does
   */
  boolean any() {
    return !meetings.isEmpty();
  }

  /**
   * Tells whether a sentence reports a meeting.
   *
   * @param sentence the sentence
   * @return true when a meeting's cue lies in it
   */
  boolean reportsMeeting(EventSentence sentence) {
    return inSentence(sentence).isPresent();
  }

  /**
   * Finds the meeting reported in a sentence.
   *
   * @param sentence the sentence
   * @return the link, or empty
   */
  Optional<Link> inSentence(EventSentence sentence) {
    return inSentence(sentence, Optional.empty());
  }

  /**
   * Finds the meeting reported in a sentence whose date agrees with an instrument's date
   * expression: a meeting on another day, or a day against a month ("in May 2023"), is another
   * event.
   *
   * @param sentence the sentence
   * @param anchor the instrument's date expression, if any
   * @return the link, or empty
   */
  Optional<Link> inSentence(EventSentence sentence, Optional<DateMention> anchor) {
    for (Meeting meeting : meetings) {
      if (anchor.isPresent() && meeting.date().isPresent() && (anchor.get().date().isPresent()
          ? !anchor.get().date().get().equals(meeting.date().get())
          : anchor.get().granularity() == Granularity.MONTH || anchor.get().granularity() == Granularity.YEAR)) {
        continue;
      }
      for (Evidence e : meeting.evidence()) {
        if (e.field().equals("/status") && e.span().isPresent() && sentence.span().contains(e.span().get())) {
          return Optional.of(new Link(meeting.id(), e.span().get(), "agreement.meeting.sentence"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the meeting whose participants include all the signatories.
   *
   * @param signatories the signatories, not empty
   * @return the link, or empty
   */
  Optional<Link> withSignatories(List<Signatory> signatories) {
    if (signatories.isEmpty()) {
      return Optional.empty();
    }
    for (Meeting meeting : meetings) {
      if (signatories.stream().allMatch(s -> meeting.participants().contains(s.officialId()))) {
        return Optional.of(new Link(meeting.id(), signatories.get(0).span(), "agreement.meeting.signatories"));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the parties the participants of a meeting stand for, with the mentions that name them.
   *
   * @param meetingId the meeting's id
   * @return the parties, in the order of the participants
   */
  List<Party> participantParties(String meetingId) {
    List<Party> parties = new ArrayList<>();
    for (Meeting meeting : meetings) {
      if (!meeting.id().equals(meetingId)) {
        continue;
      }
      for (Evidence e : meeting.evidence()) {
        if (!e.field().startsWith("/participants/") || e.span().isEmpty()) {
          continue;
        }
        int index = Integer.parseInt(e.field().substring("/participants/".length()));
        String id = meeting.participants().get(index);
        mentions.official(id).flatMap(o -> RoleReader.partyOf(o, e.span().get(), "agreement.party.meeting"))
            .filter(p -> parties.stream().noneMatch(q -> q.value().equals(p.value())))
            .ifPresent(parties::add);
      }
    }
    return parties;
  }

  /**
   * Returns every party that some meeting participant stands for.
   *
   * @return the parties' values
   */
  Set<String> allParticipantParties() {
    Set<String> values = new LinkedHashSet<>();
    for (Meeting meeting : meetings) {
      participantParties(meeting.id()).forEach(p -> values.add(p.value()));
    }
    return values;
  }
}
