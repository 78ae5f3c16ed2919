package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a meeting took place or will take place. */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableLocation.class)
@JsonDeserialize(as = ImmutableLocation.class)
@JsonPropertyOrder({"venue", "city", "country"})
public interface Location {

  /**
   * Returns the building or event ("National Command Center (NCC)", "the UN General Assembly").
   *
   * @return the venue, or empty
   */
  Optional<String> venue();

  /**
   * Returns the city as written ("Washington, D.C." for every form of Washington).
   *
   * @return the city, or empty
   */
  Optional<String> city();

  /**
   * Returns the country, stated or implied by an unambiguous city or venue.
   *
   * @return an ISO 3166-1 alpha-2 code, or empty
   */
  Optional<String> country();

  /** Checks the country code. */
  @Value.Check
  default void checkCountry() {
    CountryCodes.check("/country", country());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Location} values. */
  final class Builder extends ImmutableLocation.Builder {}
}
