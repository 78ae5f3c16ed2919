package io.github.newsmodel.meetings;

import io.github.newsmodel.events.Places;
import io.github.newsmodel.model.Span;
import java.util.Optional;

/**
 * The place a meeting clause names: a venue ("National Command Center (NCC)", an event after "on
 * the margins of"), a city, a country, or that the meeting happens during a visit reported before.
 *
 * @param venue the venue words, if any
 * @param venueCountry the country of a venue with a known country ("White House"), if any
 * @param city the city, if any
 * @param country the country written with the city or alone ("in Rabat, Morocco", "in Qatar")
 * @param duringVisit whether the clause says "during his visit"
 */
record PlaceReading(Optional<Span> venue, Optional<String> venueCountry, Optional<Places.Place> city,
    Optional<Places.Place> country, boolean duringVisit) {

  /** No place. */
  static final PlaceReading NONE = new PlaceReading(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), false);

  /**
   * Tells whether the clause names any place.
   *
   * @return true when a venue, city or country is present
   */
  boolean isEmpty() {
    return venue.isEmpty() && city.isEmpty() && country.isEmpty();
  }
}
