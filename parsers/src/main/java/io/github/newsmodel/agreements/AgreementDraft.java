package io.github.newsmodel.agreements;

import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One instrument while its mentions are being grouped: its kind, the mentions that say what was
 * done with it, the mentions that only refer to it, and the parties and signatories read so far.
 * Mutable; lives only during one extraction.
 */
final class AgreementDraft {
  private final AgreementKind kind;
  private final boolean documentItself;
  private final List<InstrumentMention> mentions = new ArrayList<>();
  private final List<InstrumentMention> references = new ArrayList<>();
  private final List<Party> parties = new ArrayList<>();
  private final List<Signatory> signatories = new ArrayList<>();
  private final Set<String> nameWords = new HashSet<>();
  private Optional<DateMention> anchor = Optional.empty();
  private Optional<Span> item = Optional.empty();

  /**
   * Creates a draft.
   *
   * @param kind the kind of instrument
   * @param documentItself whether the article is itself the instrument (a joint statement)
   */
  AgreementDraft(AgreementKind kind, boolean documentItself) {
    this.kind = kind;
    this.documentItself = documentItself;
  }

  /**
   * Adds a mention with an action, and the roles read from it.
   *
   * @param mention the mention
   * @param roles its parties and signatories
   */
  void add(InstrumentMention mention, RoleReader.Roles roles) {
    mentions.add(mention);
    nameWords.addAll(mention.nameWords());
    if (anchor.isEmpty() || anchor.get().date().isEmpty() && mention.date().flatMap(DateMention::date).isPresent()) {
      anchor = mention.date().isPresent() ? mention.date() : anchor;
    }
    addRoles(roles);
  }

  /**
   * Adds parties and signatories.
   *
   * @param roles the roles
   */
  void addRoles(RoleReader.Roles roles) {
    List<Party> readParties = roles.parties();
    for (int k = 0; k < readParties.size(); k++) {
      if (!RoleReader.hasParty(parties, readParties.get(k).value())) {
        parties.add(readParties.get(k));
      }
    }
    List<Signatory> readSignatories = roles.signatories();
    for (int k = 0; k < readSignatories.size(); k++) {
      if (!hasSignatory(readSignatories.get(k).officialId())) {
        signatories.add(readSignatories.get(k));
      }
    }
  }

  private boolean hasSignatory(String officialId) {
    for (int k = 0; k < signatories.size(); k++) {
      if (signatories.get(k).officialId().equals(officialId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sets the subject this instrument has in a list of several ("MOUs on trade, tourism and health").
   *
   * @param subject the listed subject
   */
  void item(Span subject) {
    if (item.isEmpty()) {
      item = Optional.of(subject);
    }
  }

  /**
   * Returns the subject this instrument has in a list of several.
   *
   * @return the subject, or empty
   */
  Optional<Span> item() {
    return item;
  }

  /**
   * Adds a mention that only refers to the instrument.
   *
   * @param mention the mention
   */
  void refer(InstrumentMention mention) {
    references.add(mention);
  }

  /**
   * Tells whether a mention can name this instrument: the names share a word, or one has none.
   *
   * @param mention the mention
   * @return true when compatible
   */
  boolean nameFits(InstrumentMention mention) {
    if (nameWords.isEmpty() || mention.nameWords().isEmpty()) {
      return true;
    }
    for (String word : mention.nameWords()) {
      if (nameWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the most advanced status of the mentions, with the mention that gives it.
   *
   * @return the mention, or empty for a document that is itself the instrument
   */
  Optional<InstrumentMention> statusMention() {
    InstrumentMention best = null;
    for (InstrumentMention m : mentions) {
      if (best == null || rank(m.action().get().status()) > rank(best.action().get().status())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int rank(AgreementStatus status) {
    return switch (status) {
      case SIGNED -> 4;
      case AGREED -> 3;
      case PLANNED -> 2;
      case DISCUSSED -> 1;
    };
  }

  /**
   * Returns the text offset of the first mention.
   *
   * @param fallback the offset to use when there is no mention
   * @return the offset
   */
  int position(int fallback) {
    return mentions.isEmpty() ? fallback : mentions.get(0).position();
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  AgreementKind kind() {
    return kind;
  }

  /**
   * Tells whether the article is itself the instrument.
   *
   * @return true for a document that is the instrument
   */
  boolean documentItself() {
    return documentItself;
  }

  /**
   * Returns the mentions with actions.
   *
   * @return the mentions
   */
  List<InstrumentMention> mentions() {
    return mentions;
  }

  /**
   * Returns the mentions that only refer to the instrument.
   *
   * @return the references
   */
  List<InstrumentMention> references() {
    return references;
  }

  /**
   * Returns the parties read so far.
   *
   * @return the parties
   */
  List<Party> parties() {
    return parties;
  }

  /**
   * Returns the signatories read so far.
   *
   * @return the signatories
   */
  List<Signatory> signatories() {
    return signatories;
  }

  /**
   * Returns the date expression that anchors the instrument's action in time.
   *
   * @return the anchor, or empty
   */
  Optional<DateMention> anchor() {
    return anchor;
  }
}
