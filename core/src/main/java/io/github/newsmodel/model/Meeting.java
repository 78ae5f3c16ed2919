package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An encounter, in person or virtual, held or planned, in which at least one named official meets
 * officials of another government or organisation. Participants are {@link Official#id()}s of the
 * same document.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
@JsonPropertyOrder({"id", "participants", "location", "date", "topics", "status", "mode", "host", "assertion",
    "evidence"})
public interface Meeting {

  /**
   * Returns the identifier, unique within the document.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the ids of the named officials taking part.
   *
   * @return official ids
   */
  List<String> participants();

  /**
   * Returns where the meeting took place.
   *
   * @return the location, or empty when the text states none
   */
  Optional<Location> location();

  /**
   * Returns the date, explicit or resolved from "today"/"yesterday"/"tomorrow".
   *
   * @return the date, or empty (never defaulted to the publication date)
   */
  Optional<LocalDate> date();

  /**
   * Returns short phrases, close to the text, for what was discussed.
   *
   * @return the topics
   */
  List<String> topics();

  /**
   * Returns whether the meeting took place.
   *
   * @return the status
   */
  MeetingStatus status();

  /**
   * Returns how the participants met.
   *
   * @return the mode, or empty when the text does not say
   */
  Optional<MeetingMode> mode();

  /**
   * Returns the official who hosted, where the text says so.
   *
   * @return an official id, or empty
   */
  Optional<String> host();

  /**
   * Returns how the article asserts the meeting.
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

  /** Builds {@link Meeting} values. */
  final class Builder extends ImmutableMeeting.Builder {}
}
