package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Places finds every country and city name the lexicons hold as a plain longest-first search does. */
class PlacesTest {
  private static final int MAX_TOKENS = 7;

  private static EventSentence sentence(String text) {
    return EventSentence.of(MatchText.fold(text), 0, Span.of(0, text.length()), 0, false);
  }

  /** The search without the first-word filter: every run of up to seven tokens, longest first. */
  private static Optional<Places.Place> referenceCountry(String text, EventSentence s, int at) {
    if (at < 0 || at >= s.size() || !s.capitalized(at)) {
      return Optional.empty();
    }
    for (int j = Math.min(s.size() - 1, at + MAX_TOKENS - 1); j >= at; j--) {
      String words = text.substring(s.start(at), s.end(j));
      Optional<String> byName = Countries.instance().codeForName(words);
      if (byName.isPresent()) {
        return Optional.of(new Places.Place(Span.of(s.start(at), s.end(j)), j, byName.get(), null, false));
      }
      Optional<String> byDemonym = Countries.instance().codeForDemonym(words);
      if (byDemonym.isPresent()) {
        return Optional.of(new Places.Place(Span.of(s.start(at), s.end(j)), j, byDemonym.get(), null, true));
      }
    }
    return Optional.empty();
  }

  private static Optional<Places.Place> referenceCity(String text, EventSentence s, int at) {
    if (at < 0 || at >= s.size() || !s.capitalized(at)) {
      return Optional.empty();
    }
    for (int j = Math.min(s.size() - 1, at + MAX_TOKENS - 1); j >= at; j--) {
      Optional<Gazetteer.City> city = Gazetteer.instance().find(text.substring(s.start(at), s.end(j)));
      if (city.isPresent()) {
        return Optional.of(new Places.Place(Span.of(s.start(at), s.end(j)), j, city.get().country(),
            city.get().name(), false));
      }
    }
    return Optional.empty();
  }

  @Test
  void everyNameIsFoundAsByTheReferenceSearch() {
    List<String> names = new ArrayList<>(Countries.instance().names());
    names.addAll(Countries.instance().demonyms());
    names.addAll(Gazetteer.instance().forms());
    int found = 0;
    for (String name : names) {
      for (String text : List.of(name + " officials met.", "Officials of " + name + "'s government met in "
          + name.toUpperCase(Locale.ROOT) + ", " + name + " Tower.")) {
        EventSentence s = sentence(text);
        Places places = new Places(text);
        for (int at = 0; at < s.size(); at++) {
          Optional<Places.Place> country = places.countryAt(s, at);
          assertThat(country).as(text + " @" + at).isEqualTo(referenceCountry(text, s, at));
          assertThat(places.cityAt(s, at)).as(text + " @" + at).isEqualTo(referenceCity(text, s, at));
          found += country.isPresent() ? 1 : 0;
        }
      }
    }
    assertThat(found).isGreaterThan(Countries.instance().names().size());
  }
}
