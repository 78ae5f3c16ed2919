package io.github.newsmodel.meetings;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.Places;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.model.Span;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the place of a meeting clause. Only places introduced as places count, never a country in a
 * title ("Crown Prince of Abu Dhabi") or a topic:
 *
 * <ul>
 *   <li>{@code meeting.location.city}: "in" + a city of the gazetteer ("in Washington D.C.",
 *       "Today in Jeddah"), with a country after a comma ("in Rabat, Morocco"); a city the gazetteer
 *       does not know counts when a country follows it so ("in Kasane, Botswana");
 *   <li>{@code meeting.location.country}: "in" + a country name ("in Qatar");
 *   <li>{@code meeting.location.venue}: "at (the)" + a capitalised name, with its acronym and a
 *       lower-case ending such as "headquarters" ("at the National Command Center (NCC)");
 *   <li>{@code meeting.location.margins}: "on the margins/sidelines of" + an event;
 *   <li>"during his visit": the place of the visit reported before.
 * </ul>
 *
 * Words inside officials' mentions are skipped. Immutable; one per document.
 */
final class LocationReader {
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "on", "de", "&", "-", "al");
  private static final int MAX_VENUE_TOKENS = 14;

  private final MeetingLexicon lexicon = MeetingLexicon.instance();
  private final String text;
  private final Places places;
  private final OfficialMentions mentions;

  /**
   * Creates a reader for one document.
   *
   * @param text the document text
   * @param mentions the officials' mentions
   */
  LocationReader(String text, OfficialMentions mentions) {
    this.text = text;
    this.places = new Places(text);
    this.mentions = mentions;
  }

  /**
   * Reads the place named in a token range of a sentence.
   *
   * @param sentence the sentence
   * @param from the first token index
   * @param to the index after the range
   * @return the place, possibly empty
   */
  PlaceReading read(EventSentence sentence, int from, int to) {
    Span venue = null;
    Places.Place city = null;
    Places.Place country = null;
    boolean visit = false;
    int end = Math.min(to, sentence.size());
    // Only the words read below start a place: the tokens where none may start are skipped.
    for (int j = lexicon.nextPlaceCandidate(sentence, Math.max(0, from), end); j < end;
        j = lexicon.nextPlaceCandidate(sentence, j + 1, end)) {
      // A word inside an official's mention starts no place.
      boolean placeWord = sentence.isWord(j, "in") || sentence.isWord(j, "at") || lexicon.is(CueRole.VISIT, sentence, j)
          || lexicon.is(CueRole.MARGINS, sentence, j);
      if (!placeWord || mentions.covers(sentence.start(j))) {
        continue;
      }
      if (lexicon.is(CueRole.VISIT, sentence, j)) {
        visit = true;
      }
      int margins = lexicon.endOf(CueRole.MARGINS, sentence, j);
      if (margins >= 0) {
        Span event = venueAt(sentence, margins + 1, end);
        if (venue == null && event != null) {
          venue = event;
        }
        continue;
      }
      if (sentence.isWord(j, "in") && city == null) {
        Optional<Places.Place> inCity = places.cityAt(sentence, j + 1);
        if (inCity.isPresent() && inCity.get().last() < end) {
          city = inCity.get();
          int k = city.last() + 1;
          if (sentence.isPunct(k, ',') && country == null) {
            Optional<Places.Place> after = places.countryAt(sentence, k + 1);
            if (after.isPresent() && !after.get().demonym() && !startsName(sentence, after.get().last() + 1)) {
              country = after.get();
            }
          }
          continue;
        }
        Optional<Places.Place> pair = unknownCityWithCountry(sentence, j + 1, end);
        if (pair.isPresent()) {
          city = pair.get();
          Optional<Places.Place> after = places.countryAt(sentence, city.last() + 2);
          country = country == null ? after.orElse(null) : country;
          continue;
        }
        Optional<Places.Place> inCountry = places.countryAt(sentence, j + 1);
        if (inCountry.isPresent() && !inCountry.get().demonym() && country == null
            && !startsName(sentence, inCountry.get().last() + 1)) {
          country = inCountry.get();
        }
      } else if (sentence.isWord(j, "at") && venue == null) {
        Span at = venueAt(sentence, j + 1, end);
        if (at != null) {
          venue = at;
        }
      }
    }
    Optional<String> venueCountry = venue == null ? Optional.empty()
        : lexicon.venueCountry(text.substring(venue.start(), venue.end()));
    return new PlaceReading(Optional.ofNullable(venue), venueCountry, Optional.ofNullable(city),
        Optional.ofNullable(country), visit);
  }

  /**
   * Reads the place after a word of travel at a token ("visit Singapore", "trip to Doha").
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the city or country visited, or empty
   */
  Optional<Places.Place> visitedAt(EventSentence sentence, int at) {
    int end = lexicon.endOf(CueRole.TRAVEL, sentence, at);
    if (end < 0) {
      return Optional.empty();
    }
    int k = sentence.isWord(end + 1, "the") ? end + 2 : end + 1;
    Optional<Places.Place> city = places.cityAt(sentence, k);
    if (city.isPresent()) {
      return city;
    }
    Optional<Places.Place> country = places.countryAt(sentence, k);
    return country.isPresent() && !country.get().demonym() ? country : Optional.empty();
  }

  /** Reads a capitalised venue name starting at a token (after an optional "the"). */
  private Span venueAt(EventSentence sentence, int at, int end) {
    int k = sentence.isWord(at, "the") && !sentence.capitalized(at) ? at + 1 : at;
    if (k >= end || mentions.covers(sentence.start(k))) {
      return null;
    }
    boolean numberThenName = sentence.kind(k) == Token.Kind.NUMBER && k + 1 < end && sentence.capitalized(k + 1);
    if (!(sentence.kind(k) == Token.Kind.WORD && sentence.capitalized(k)) && !numberThenName) {
      return null;
    }
    int last = k;
    int j = k + 1;
    while (j < end && j - k < MAX_VENUE_TOKENS) {
      if (sentence.isWordLike(j) && sentence.capitalized(j)) {
        last = j++;
      } else if (sentence.isPunct(j, '.') && isInitial(sentence, j - 1)) {
        last = j++;
      } else if (sentence.isPunct(j, '(') && j + 2 < end && sentence.capitalized(j + 1)
          && sentence.isPunct(j + 2, ')')) {
        last = j + 2;
        j += 3;
      } else if (CONNECTORS.contains(sentence.lower(j)) && capitalisedAfterConnectors(sentence, j, end)) {
        j++;
      } else {
        break;
      }
    }
    if (lexicon.is(CueRole.VENUE_TAIL, sentence, last + 1) && last + 1 < end) {
      last = lexicon.endOf(CueRole.VENUE_TAIL, sentence, last + 1);
    }
    return Span.of(sentence.start(k), sentence.end(last));
  }

  /**
   * Reads a city the gazetteer does not know, when the text pairs it with its country ("in
   * Kasane, Botswana"): one or two capitalised words, a comma, a country name that ends the phrase.
   */
  private Optional<Places.Place> unknownCityWithCountry(EventSentence sentence, int at, int end) {
    if (at >= end || !startsName(sentence, at) || places.countryAt(sentence, at).isPresent()
        || mentions.covers(sentence.start(at))) {
      return Optional.empty();
    }
    int last = startsName(sentence, at + 1) ? at + 1 : at;
    if (!sentence.isPunct(last + 1, ',')) {
      return Optional.empty();
    }
    Optional<Places.Place> country = places.countryAt(sentence, last + 2);
    if (country.isEmpty() || country.get().demonym() || country.get().last() >= end
        || startsName(sentence, country.get().last() + 1)) {
      return Optional.empty();
    }
    Span span = Span.of(sentence.start(at), sentence.end(last));
    return Optional.of(new Places.Place(span, last, country.get().code(), text.substring(span.start(), span.end()),
        false));
  }

  /** Whether a capitalised word follows, so that a country before it is part of a longer name. */
  private static boolean startsName(EventSentence sentence, int k) {
    return k < sentence.size() && sentence.kind(k) == Token.Kind.WORD && sentence.capitalized(k);
  }

  private static boolean isInitial(EventSentence sentence, int k) {
    return sentence.kind(k) == Token.Kind.WORD && sentence.lower(k).length() == 1 && sentence.capitalized(k);
  }

  private static boolean capitalisedAfterConnectors(EventSentence sentence, int j, int end) {
    int k = j;
    while (k < end && k - j < 3 && CONNECTORS.contains(sentence.lower(k)) && !sentence.capitalized(k)) {
      k++;
    }
    return k < end && sentence.capitalized(k) && sentence.isWordLike(k);
  }
}
