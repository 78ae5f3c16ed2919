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
 * those people stand for. Computes the parties of all participants once, on first use; one per
 * document, not shared between threads.
 */
final class MeetingLinks {
  /** The start of the field of a meeting participant's evidence. */
  private static final String PARTICIPANTS = "/participants/";

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
  private final List<EventSentence> sentences;
  private Set<String> participantParties;

  /**
   * Indexes the meetings.
   *
   * @param meetings the meetings of the article
   * @param mentions the officials' mentions
   * @param sentences the sentences of the article
   */
  MeetingLinks(List<Meeting> meetings, OfficialMentions mentions, List<EventSentence> sentences) {
    this.meetings = meetings;
    this.mentions = mentions;
    this.sentences = sentences;
  }

  /**
   * Finds the meeting reported last before a sentence, in its paragraph or the one before: the
   * meeting "the two countries" of a later sentence are the sides of.
   *
   * @param sentence the sentence
   * @return the meeting's id, or empty
   */
  Optional<String> nearby(EventSentence sentence) {
    String best = null;
    int bestStart = -1;
    for (Meeting meeting : meetings) {
      for (Evidence e : meeting.evidence()) {
        if (!e.field().equals("/status") || e.span().isEmpty()) {
          continue;
        }
        int start = e.span().get().start();
        int block = blockAt(start);
        if (start < sentence.span().end() && start > bestStart && block >= sentence.block() - 1
            && block <= sentence.block()) {
          best = meeting.id();
          bestStart = start;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private int blockAt(int offset) {
    for (EventSentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.block();
      }
    }
    return -1;
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
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      if (!agrees(meeting, anchor)) {
        continue;
      }
      List<Evidence> evidence = meeting.evidence();
      for (int k = 0; k < evidence.size(); k++) {
        Evidence e = evidence.get(k);
        if (e.field().equals("/status") && e.span().isPresent() && sentence.span().contains(e.span().get())) {
          return Optional.of(new Link(meeting.id(), e.span().get(), "agreement.meeting.sentence"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Links to the meeting reported last before a sentence, in its paragraph or the one before, when
   * its date agrees with the instrument's ("The two leaders issued a joint statement").
   *
   * @param sentence the instrument's sentence
   * @param anchor the instrument's date expression, if any
   * @return the link, or empty
   */
  Optional<Link> nearby(EventSentence sentence, Optional<DateMention> anchor) {
    Optional<String> id = nearby(sentence);
    for (Meeting meeting : meetings) {
      if (id.isPresent() && meeting.id().equals(id.get()) && agrees(meeting, anchor)) {
        return Optional.of(new Link(meeting.id(), sentence.span(), "agreement.meeting.nearby"));
      }
    }
    return Optional.empty();
  }

  /** Whether a meeting's date can be the date of an instrument's action. */
  private static boolean agrees(Meeting meeting, Optional<DateMention> anchor) {
    if (anchor.isEmpty() || meeting.date().isEmpty()) {
      return true;
    }
    DateMention a = anchor.get();
    return a.date().isPresent() ? a.date().get().equals(meeting.date().get())
        : a.granularity() != Granularity.MONTH && a.granularity() != Granularity.YEAR;
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
        if (!e.field().startsWith(PARTICIPANTS) || e.span().isEmpty()) {
          continue;
        }
        String field = e.field();
        int index = Integer.parseInt(field, PARTICIPANTS.length(), field.length(), 10);
        String id = meeting.participants().get(index);
        Optional<Party> party = mentions.official(id)
            .flatMap(o -> RoleReader.partyOf(o, e.span().get(), "agreement.party.meeting"));
        if (party.isPresent() && !RoleReader.hasParty(parties, party.get().value())) {
          parties.add(party.get());
        }
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
    if (participantParties == null) {
      Set<String> values = new LinkedHashSet<>();
      for (Meeting meeting : meetings) {
        participantParties(meeting.id()).forEach(p -> values.add(p.value()));
      }
      participantParties = values;
    }
    return participantParties;
  }
}
