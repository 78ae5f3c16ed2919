package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named person the article presents in an official, government or intergovernmental role.
 *
 * <p>{@link #id()} is derived from a canonical form of the name, so the same person gets the same
 * id in different articles. {@link #mentions()} are every span of the text that refers to this
 * person ("Sheikh Khalifa", "the Minister").
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableOfficial.class)
@JsonDeserialize(as = ImmutableOfficial.class)
@JsonPropertyOrder({"id", "name", "honorifics", "titles", "organization", "country", "mentions", "evidence"})
public interface Official {

  /**
   * Returns the identifier, stable across articles for the same normalised name.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the name without honorifics or titles, in the fullest form the article uses.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the honorifics as written, in order, from the mention that supplies the name.
   *
   * @return honorifics such as {@code ["HE", "Sheikh"]}
   */
  List<String> honorifics();

  /**
   * Returns the titles, one per role, without nationality words or country complements.
   *
   * @return titles such as {@code ["Minister of Interior"]}
   */
  List<String> titles();

  /**
   * Returns the institution the text names for this person.
   *
   * @return the organization, or empty
   */
  Optional<String> organization();

  /**
   * Returns the country the person serves, as the text shows it.
   *
   * @return an ISO 3166-1 alpha-2 code, or empty
   */
  Optional<String> country();

  /**
   * Returns every span of the text that refers to this person.
   *
   * @return the mention spans, in text order
   */
  List<Span> mentions();

  /**
   * Returns the evidence for each field.
   *
   * @return the evidence items
   */
  List<Evidence> evidence();

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

  /** Builds {@link Official} values. */
  final class Builder extends ImmutableOfficial.Builder {}
}
