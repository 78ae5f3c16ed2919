package io.github.newsmodel.events;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the countries and cities written at a token of a sentence: the longest run of up to
 * {@value #MAX_TOKENS} tokens whose text is a name, alias or demonym in
 * {@link io.github.newsmodel.lexicon.Countries}, or a written form of a city in
 * {@link io.github.newsmodel.lexicon.Gazetteer}. A name must start with a capital. Only the words
 * that start some name are looked up, each for no more tokens than its longest name has. Immutable.
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

  /**
   * By the lower case of the first token of a country's name, alias or demonym: the most tokens
   * such a name has (at most {@value #MAX_TOKENS}).
   */
  private static final WordTable<Integer> COUNTRY_STARTS =
      startsOf(Countries.instance().names(), Countries.instance().demonyms());
  /** By the lower case of the first token of a city's written form: the most tokens a form has. */
  private static final WordTable<Integer> CITY_STARTS = startsOf(Gazetteer.instance().forms());
  /**
   * The codes of the country names and aliases as written, and of the demonyms: the lookups of
   * {@link Countries#codeForName} and {@link Countries#codeForDemonym}, made on a range of the text.
   */
  private static final WordTable<String> CODE_BY_NAME = codes(Countries.instance().names(), false);
  private static final WordTable<String> CODE_BY_DEMONYM = codes(Countries.instance().demonyms(), true);

  /** What a country's name may start with, as its lookups read it ({@link Countries#codeForName}). */
  private static final String THE = "the ";

  private final String text;
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
    Integer tokens = startsName(sentence, at) ? sentence.valueIn(at, COUNTRY_STARTS) : null;
    if (tokens == null) {
      return Optional.empty();
    }
    int start = sentence.start(at);
    for (int j = Math.min(sentence.size() - 1, at + tokens - 1); j >= at; j--) {
      int end = sentence.end(j);
      String byName = CODE_BY_NAME.get(text, start, end);
      if (byName == null && end - start >= THE.length() && text.startsWith(THE, start)) {
        byName = CODE_BY_NAME.get(text, start + THE.length(), end);
      }
      if (byName != null) {
        return Optional.of(new Place(Span.of(start, end), j, byName, null, false));
      }
      String byDemonym = CODE_BY_DEMONYM.get(text, start, end);
      if (byDemonym != null) {
        return Optional.of(new Place(Span.of(start, end), j, byDemonym, null, true));
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
    Integer tokens = startsName(sentence, at) ? sentence.valueIn(at, CITY_STARTS) : null;
    if (tokens == null) {
      return Optional.empty();
    }
    int start = sentence.start(at);
    for (int j = Math.min(sentence.size() - 1, at + tokens - 1); j >= at; j--) {
      String words = text.substring(start, sentence.end(j));
      Optional<Gazetteer.City> city = gazetteer.find(words);
      if (city.isPresent()) {
        return Optional.of(new Place(Span.of(start, sentence.end(j)), j, city.get().country(),
            city.get().name(), false));
      }
    }
    return Optional.empty();
  }

  /** Maps each name as written to its country's code, as {@link Countries} looks it up. */
  private static WordTable<String> codes(Collection<String> names, boolean demonyms) {
    Countries countries = Countries.instance();
    Map<String, String> codes = new HashMap<>();
    for (String name : names) {
      codes.put(name, (demonyms ? countries.codeForDemonym(name) : countries.codeForName(name)).orElseThrow());
    }
    return WordTable.of(codes);
  }

  /** Maps the first token of each name, lower case, to the most tokens of a name it starts. */
  @SafeVarargs
  private static WordTable<Integer> startsOf(Collection<String>... names) {
    Map<String, Integer> starts = new HashMap<>();
    for (Collection<String> some : names) {
      for (String name : some) {
        String folded = MatchText.fold(name);
        EventSentence tokens = EventSentence.of(folded, 0, Span.of(0, folded.length()), 0, false);
        if (tokens.size() > 0) {
          starts.merge(tokens.lower(0), Math.min(tokens.size(), MAX_TOKENS), Math::max);
        }
      }
    }
    return WordTable.of(starts);
  }

  private static boolean startsName(EventSentence sentence, int at) {
    return at >= 0 && at < sentence.size() && sentence.capitalized(at);
  }
}
