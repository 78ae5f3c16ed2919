package io.github.newsmodel.agreements;

import io.github.newsmodel.agreements.InstrumentMention.ActionReading;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.Modality;
import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an {@link Agreement} from a grouped {@link AgreementDraft}, with evidence for every value:
 * the status of its most advanced action (planned when that action lies ahead), the assertion of
 * that action's clause, the meeting of a sentence that reports both (else the meeting whose
 * participants include all signatories), the parties read from the text, completed from the
 * participants of that meeting (or of the meeting reported just before) when the text names fewer
 * than two, and the subject from
 * {@link SubjectReader}. An instrument whose parties include none of the meeting participants'
 * states or organisations is a third party's, and is left out; so is one with a single party and
 * no signatory in an article that reports no meeting. Immutable; one per document.
 */
final class AgreementAssembler {
  private static final double CONFIDENCE = 0.8;
  /** How many of an instrument's mentions are searched for its meeting. */
  private static final int MAX_LINKED_MENTIONS = 20;

  /** The rules of the status and assertion evidence, by status and by assertion. */
  private static final Map<AgreementStatus, String> STATUS_RULES = rules(AgreementStatus.class, "agreement.status.");
  private static final Map<Assertion, String> ASSERTION_RULES = rules(Assertion.class, "agreement.assertion.");

  private final String text;
  private final MeetingLinks meetings;
  private final SubjectReader subjects = new SubjectReader();

  /**
   * Creates an assembler for one document.
   *
   * @param text the document text
   * @param meetings the meetings of the article
   */
  AgreementAssembler(String text, MeetingLinks meetings) {
    this.text = text;
    this.meetings = meetings;
  }

  /**
   * Builds the agreement, unless it is not one of the article's governments.
   *
   * @param id the agreement id
   * @param draft the grouped mentions
   * @param headline the headline sentence, for an article that is itself the instrument
   * @return the agreement, or empty when it belongs to third parties or has no party
   */
  Optional<Agreement> build(String id, AgreementDraft draft, Optional<EventSentence> headline) {
    List<Evidence> evidence = new ArrayList<>();
    Optional<MeetingLinks.Link> link = link(draft, headline);
    List<Party> parties = new ArrayList<>(draft.parties());
    Optional<String> sides = link.map(MeetingLinks.Link::meetingId)
        .or(() -> draft.mentions().isEmpty() ? Optional.empty() : meetings.nearby(draft.mentions().get(0).sentence()));
    if (parties.size() < 2 && sides.isPresent()) {
      for (Party p : meetings.participantParties(sides.get())) {
        if (!RoleReader.hasParty(parties, p.value())) {
          parties.add(p);
        }
      }
    }
    if (parties.isEmpty() || meetings.any() && !anyParticipantParty(parties)
        || !meetings.any() && parties.size() < 2 && draft.signatories().isEmpty()) {
      return Optional.empty();
    }
    Agreement.Builder agreement = Agreement.builder().id(id).kind(draft.kind());
    Optional<InstrumentMention> statusMention = draft.statusMention();
    Span kindSpan = statusMention.map(InstrumentMention::kindSpan)
        .orElseGet(() -> headline.map(EventSentence::span).orElseThrow());
    evidence.add(Evidences.inText("/kind", text, kindSpan, "agreement.kind.lexicon", 0.9));
    for (int i = 0; i < parties.size(); i++) {
      Party p = parties.get(i);
      agreement.addParties(p.value());
      evidence.add(Evidences.inText("/parties/" + i, text, p.span(), p.rule(), 0.75));
    }
    List<Signatory> signatories = draft.signatories();
    for (int i = 0; i < signatories.size(); i++) {
      Signatory s = signatories.get(i);
      agreement.addSignatories(s.officialId());
      evidence.add(Evidences.inText("/signatories/" + i, text, s.span(), s.rule(), CONFIDENCE));
    }
    subjects.read(draft.mentions(), draft.references(), draft.item()).ifPresent(subject -> {
      agreement.subject(text.substring(subject.span().start(), subject.span().end()));
      evidence.add(Evidences.inText("/subject", text, subject.span(), subject.rule(), 0.6));
    });
    if (statusMention.isPresent()) {
      ActionReading action = statusMention.get().action().get();
      Modality modality = statusMention.get().modality();
      AgreementStatus status = modality.future() && action.status() != AgreementStatus.DISCUSSED
          ? AgreementStatus.PLANNED : action.status();
      agreement.status(status).assertion(modality.assertion());
      evidence.add(Evidences.inText("/status", text, action.span(), STATUS_RULES.get(status), CONFIDENCE));
      if (status == AgreementStatus.PLANNED && modality.futureCue().isPresent()) {
        evidence.add(Evidences.inText("/status", text, modality.futureCue().get(), "agreement.status.future",
            CONFIDENCE));
      }
      evidence.add(Evidences.inText("/assertion", text, modality.assertionCue().orElse(action.span()),
          ASSERTION_RULES.get(modality.assertion()), CONFIDENCE));
    } else {
      agreement.status(AgreementStatus.AGREED).assertion(Assertion.ASSERTED);
      evidence.add(Evidences.inText("/status", text, kindSpan, "agreement.status.document", 0.7));
      evidence.add(Evidences.inText("/assertion", text, kindSpan, "agreement.assertion.asserted", 0.7));
    }
    link.ifPresent(l -> {
      agreement.meeting(l.meetingId());
      evidence.add(Evidences.inText("/meeting", text, l.span(), l.rule(), 0.7));
    });
    return Optional.of(agreement.evidence(evidence).build());
  }

  /** Tells whether some party is one that a meeting participant stands for. */
  private boolean anyParticipantParty(List<Party> parties) {
    Set<String> participantParties = meetings.allParticipantParties();
    for (int k = 0; k < parties.size(); k++) {
      if (participantParties.contains(parties.get(k).value())) {
        return true;
      }
    }
    return false;
  }

  /** Maps each constant of an enum to a rule: a prefix and the constant's name in lower case. */
  private static <E extends Enum<E>> Map<E, String> rules(Class<E> type, String prefix) {
    Map<E, String> rules = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      rules.put(constant, prefix + constant.name().toLowerCase(Locale.ROOT));
    }
    return rules;
  }

  private Optional<MeetingLinks.Link> link(AgreementDraft draft, Optional<EventSentence> headline) {
    for (InstrumentMention m : draft.mentions().subList(0, Math.min(draft.mentions().size(), MAX_LINKED_MENTIONS))) {
      Optional<MeetingLinks.Link> link = meetings.inSentence(m.sentence(), draft.anchor());
      if (link.isPresent()) {
        return link;
      }
    }
    if (draft.documentItself() && headline.isPresent()) {
      Optional<MeetingLinks.Link> link = meetings.inSentence(headline.get());
      if (link.isPresent()) {
        return link;
      }
    }
    Optional<MeetingLinks.Link> bySignatories = meetings.withSignatories(draft.signatories());
    if (bySignatories.isPresent() || draft.mentions().isEmpty()) {
      return bySignatories;
    }
    InstrumentMention first = draft.mentions().get(0);
    AgreementStatus status = first.action().get().status();
    boolean reached = (status == AgreementStatus.SIGNED || status == AgreementStatus.AGREED)
        && !first.modality().future();
    return reached ? meetings.nearby(first.sentence(), draft.anchor()) : Optional.empty();
  }
}
