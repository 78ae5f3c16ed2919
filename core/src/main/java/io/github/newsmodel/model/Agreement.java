package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An instrument (memorandum, letter of intent, treaty, ...) that a government or organisation of
 * the reported encounter is party to.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
@JsonPropertyOrder({"id", "kind", "parties", "signatories", "subject", "status", "meeting", "assertion",
    "evidence"})
public interface Agreement {

  /**
   * Returns the identifier, unique within the document.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the kind of instrument.
   *
   * @return the kind
   */
  AgreementKind kind();

  /**
   * Returns the parties: ISO 3166-1 alpha-2 codes for states and their organs, full names for
   * international organisations.
   *
   * @return the parties
   */
  List<String> parties();

  /**
   * Returns the ids of the officials the text says signed.
   *
   * @return official ids
   */
  List<String> signatories();

  /**
   * Returns the specific name or subject of the instrument.
   *
   * @return the subject, or empty
   */
  Optional<String> subject();

  /**
   * Returns how far the instrument has come.
   *
   * @return the status
   */
  AgreementStatus status();

  /**
   * Returns the meeting at which it was signed or agreed.
   *
   * @return a meeting id, or empty
   */
  Optional<String> meeting();

  /**
   * Returns how the article asserts the agreement.
   *
   * @return the assertion
   */
  Assertion assertion();

  /**
   * Returns the evidence for each field.
   *
   * @return the evidence items
   */
  List<Evidence> evidence();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Agreement} values. */
  final class Builder extends ImmutableAgreement.Builder {}
}
