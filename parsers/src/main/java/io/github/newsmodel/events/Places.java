package io.github.newsmodel.events;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.model.Span;
import java.util.Optional;

/**
 * Looks up the countries and cities written at a token of a sentence: the longest run of up to
 * {@value #MAX_TOKENS} tokens whose text is a name, alias or demonym in
 * {@link io.github.newsmodel.lexicon.Countries}, or a written form of a city in
 * {@link io.github.newsmodel.lexicon.Gazetteer}. A name must start with a capital. Immutable.
 */
public final class Places {
  private static final int MAX_TOKENS = 7;

  /**
   * A place found in a sentence.
   *
   * @param span the words naming it
   * @param last the index of its last token
   * @param code the ISO 3166-1 alpha-2 code of the country (the city's country for a city)
   * @param city the canonical city name, for a city; null for a country
   * @param demonym whether the words are a demonym or national adjective ("Qatari")
   */
  public record Place(Span span, int last, String code, String city, boolean demonym) {}

  private final String text;
  private final Countries countries = Countries.instance();
  private final Gazetteer gazetteer = Gazetteer.instance();

  /**
   * Creates a lookup over a document text.
   *
   * @param text the original document text
   */
  public Places(String text) {
    this.text = text;
  }

  /**
   * Finds the country named at a token, longest name first.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the country, or empty
   */
  public Optional<Place> countryAt(EventSentence sentence, int at) {
    if (!startsName(sentence, at)) {
      return Optional.empty();
    }
    int start = sentence.start(at);
    for (int j = Math.min(sentence.size() - 1, at + MAX_TOKENS - 1); j >= at; j--) {
      String words = text.substring(start, sentence.end(j));
      Optional<String> byName = countries.codeForName(words);
      if (byName.isPresent()) {
        return Optional.of(new Place(Span.of(start, sentence.end(j)), j, byName.get(), null, false));
      }
      Optional<String> byDemonym = countries.codeForDemonym(words);
      if (byDemonym.isPresent()) {
        return Optional.of(new Place(Span.of(start, sentence.end(j)), j, byDemonym.get(), null, true));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the city named at a token, longest form first.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the city, or empty
   */
  public Optional<Place> cityAt(EventSentence sentence, int at) {
    if (!startsName(sentence, at)) {
      return Optional.empty();
    }
    int start = sentence.start(at);
    for (int j = Math.min(sentence.size() - 1, at + MAX_TOKENS - 1); j >= at; j--) {
      String words = text.substring(start, sentence.end(j));
      Optional<Gazetteer.City> city = gazetteer.find(words);
      if (city.isPresent()) {
        return Optional.of(new Place(Span.of(start, sentence.end(j)), j, city.get().country(),
            city.get().name(), false));
      }
    }
    return Optional.empty();
  }

  private static boolean startsName(EventSentence sentence, int at) {
    return at >= 0 && at < sentence.size() && sentence.capitalized(at);
  }
}
