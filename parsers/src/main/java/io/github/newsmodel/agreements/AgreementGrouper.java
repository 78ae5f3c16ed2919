package io.github.newsmodel.agreements;

import io.github.newsmodel.events.DateAnchors;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Assertion;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Groups instrument mentions into instruments.
 *
 * <p>A mention with an action counts when it is not negated, not speculation about the past
 * ("likely signed"), not vague ("any agreements", "similar agreements"), not excluded ("truce
 * agreement") and not history (an action dated more than {@value #HISTORY_YEARS} years before the
 * article: "In 1840 ... signed the Treaty of Waitangi"). A bare common noun ("agreements", "a treaty") counts only when reported as signed
 * or reached, as a fact, in a sentence that reports a meeting ("agreements reached during the
 * meeting"). A bare "Memorandum" is the last memorandum of any kind.
 *
 * <p>A counted mention joins an earlier instrument of the same kind when their names share a word
 * (or one has no name) and their date expressions agree ({@link DateAnchors}); "two MOUs" makes
 * (or joins) two instruments, and a plural without a count ("the MOUs") joins them all. A signing
 * by companies only ("Saudi Aramco and Mitsubishi Corporation signed") is a commercial deal. Mentions without action then refer to the latest instrument of their
 * kind before them, else the first one. Stateless.
 */
final class AgreementGrouper {
  /** How many years before the article an action becomes history. */
  static final int HISTORY_YEARS = 2;
  /** The most instruments one article yields; further ones are ignored (a bound on the work). */
  static final int MAX_INSTRUMENTS = 200;

  /**
   * Groups mentions.
   *
   * @param mentions the instrument mentions of the article, in text order
   * @param meetingSentence whether a sentence reports a meeting
   * @param roles the reader of parties and signatories
   * @param reference the date of the article, if known
   * @return the instruments, in text order of their first mention
   */
  List<AgreementDraft> group(List<InstrumentMention> mentions, Predicate<EventSentence> meetingSentence,
      RoleReader roles, Optional<LocalDate> reference) {
    List<AgreementDraft> drafts = new ArrayList<>();
    for (int n = 0; n < mentions.size(); n++) {
      InstrumentMention m = mentions.get(n);
      if (m.action().isEmpty() || !counts(m, meetingSentence) || history(m, reference)) {
        continue;
      }
      AgreementKind kind = m.kind().orElseGet(() -> lastMemorandum(drafts));
      if (kind == null) {
        continue;
      }
      RoleReader.Roles read = roles.read(m);
      if (read.company() && read.signatories().isEmpty()) {
        continue;
      }
      List<AgreementDraft> fitting = new ArrayList<>();
      for (int k = 0; k < drafts.size(); k++) {
        AgreementDraft d = drafts.get(k);
        if (d.kind() == kind && d.nameFits(m) && DateAnchors.compatible(d.anchor(), m.date())) {
          fitting.add(d);
        }
      }
      int count = Math.max(1, m.count());
      if (count == 1 && m.plural() && !fitting.isEmpty()) {
        fitting.forEach(d -> d.add(m, read));
        continue;
      }
      if (count == 1 && !fitting.isEmpty()) {
        fitting.get(fitting.size() - 1).add(m, read);
        continue;
      }
      for (int i = 0; i < count; i++) {
        AgreementDraft target = i < fitting.size() ? fitting.get(i) : null;
        if (target == null) {
          if (drafts.size() >= MAX_INSTRUMENTS) {
            break;
          }
          target = new AgreementDraft(kind, false);
          drafts.add(target);
        }
        target.add(m, read);
        if (i < m.items().size()) {
          target.item(m.items().get(i));
        }
      }
    }
    for (int n = 0; n < mentions.size(); n++) {
      InstrumentMention m = mentions.get(n);
      if (m.action().isPresent() && counts(m, meetingSentence) || m.excluded()) {
        continue;
      }
      AgreementDraft target = null;
      for (AgreementDraft d : drafts) {
        boolean kindFits = m.kind().map(k -> k == d.kind()).orElse(isMemorandum(d.kind()));
        if (kindFits && (target == null || d.position(Integer.MAX_VALUE) < m.position())) {
          target = d;
        }
      }
      if (target != null) {
        target.refer(m);
      }
    }
    return drafts;
  }

  private static boolean history(InstrumentMention m, Optional<LocalDate> reference) {
    if (m.date().isEmpty() || reference.isEmpty()) {
      return false;
    }
    OptionalInt year = DateAnchors.year(m.date().get());
    return year.isPresent() && year.getAsInt() < reference.get().getYear() - HISTORY_YEARS;
  }

  private static boolean counts(InstrumentMention m, Predicate<EventSentence> meetingSentence) {
    Assertion assertion = m.modality().assertion();
    if (m.excluded() || m.vague() || assertion == Assertion.NEGATED
        || assertion == Assertion.HEDGED && !m.modality().future()) {
      return false;
    }
    if (!m.generic()) {
      return true;
    }
    AgreementStatus status = m.action().get().status();
    return (status == AgreementStatus.SIGNED || status == AgreementStatus.AGREED) && !m.modality().future()
        && assertion != Assertion.HEDGED && meetingSentence.test(m.sentence());
  }

  private static AgreementKind lastMemorandum(List<AgreementDraft> drafts) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (isMemorandum(drafts.get(i).kind())) {
        return drafts.get(i).kind();
      }
    }
    return null;
  }

  private static boolean isMemorandum(AgreementKind kind) {
    return kind == AgreementKind.MEMORANDUM_OF_UNDERSTANDING || kind == AgreementKind.MEMORANDUM_OF_COOPERATION
        || kind == AgreementKind.MEMORANDUM_OF_GUIDANCE;
  }
}
