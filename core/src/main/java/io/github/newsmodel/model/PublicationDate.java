package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date with as much precision as the source gives: a date, a date and a local time,
 * or a date and a time with the UTC offset the source stated. Never converted to another zone.
 *
 * <p>Its JSON form is the ISO-8601 string: {@code "2025-12-08"}, {@code "2025-12-08T12:48"} or
 * {@code "2025-12-08T12:48+03:00"}.
 */
public final class PublicationDate {
  private final LocalDate date;
  private final LocalTime time;
  private final ZoneOffset offset;

  private PublicationDate(LocalDate date, LocalTime time, ZoneOffset offset) {
    this.date = Objects.requireNonNull(date, "date");
    this.time = time;
    this.offset = offset;
    if (offset != null && time == null) {
      throw new ModelInvariantException("/published", "an offset needs a time");
    }
  }

  /**
   * A date without time.
   *
   * @param date the date
   * @return the publication date
   */
  public static PublicationDate of(LocalDate date) {
    return new PublicationDate(date, null, null);
  }

  /**
   * A date and local time, zone unknown.
   *
   * @param dateTime the date and time
   * @return the publication date
   */
  public static PublicationDate of(LocalDateTime dateTime) {
    return new PublicationDate(dateTime.toLocalDate(), dateTime.toLocalTime(), null);
  }

  /**
   * A date and time with the offset the source stated.
   *
   * @param dateTime the date, time and offset
   * @return the publication date
   */
  public static PublicationDate of(OffsetDateTime dateTime) {
    return new PublicationDate(dateTime.toLocalDate(), dateTime.toLocalTime(), dateTime.getOffset());
  }

  /**
   * Reads the ISO-8601 form produced by {@link #toString()}.
   *
   * @param iso {@code 2025-12-08}, {@code 2025-12-08T12:48} or {@code 2025-12-08T12:48+03:00}
   * @return the publication date
   * @throws IllegalArgumentException if the string is none of these forms
   */
  @JsonCreator
  public static PublicationDate parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    try {
      if (iso.length() <= 10) {
        return of(LocalDate.parse(iso));
      }
      String timePart = iso.substring(11);
      if (timePart.endsWith("Z") || timePart.indexOf('+') >= 0 || timePart.indexOf('-') >= 0) {
        return of(OffsetDateTime.parse(iso));
      }
      return of(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date or date-time: \"" + iso + "\"", e);
    }
  }

  /**
   * Returns the calendar date.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the local time, when the source gives one.
   *
   * @return the time, or empty
   */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /**
   * Returns the UTC offset, when the source gives one.
   *
   * @return the offset, or empty
   */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * Returns the ISO-8601 form, which is also the JSON form.
   *
   * @return the ISO string
   */
  @JsonValue
  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    String local = LocalDateTime.of(date, time).toString();
    return offset == null ? local : local + offset.getId();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PublicationDate && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
