package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The place line that opens a news story ("Doha, Qatar –", "WASHINGTON (Reuters) -"). */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableDateline.class)
@JsonDeserialize(as = ImmutableDateline.class)
@JsonPropertyOrder({"city", "country"})
public interface Dateline {

  /**
   * Returns the city as written in the dateline.
   *
   * @return the city, or empty
   */
  Optional<String> city();

  /**
   * Returns the country, stated or inferred from an unambiguous city.
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

  /** Builds {@link Dateline} values. */
  final class Builder extends ImmutableDateline.Builder {}
}
