package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the article as a whole says about countries, for officials whose own mentions give none:
 * the government that issued it ({@link ReadoutCues}), the bilateral pairs it names ("U.S.-Oman",
 * "between Qatari and U.S. officials", "Qatar and the United States"), the country a visitor
 * comes to ("visits Singapore"), and the countries each sentence names. Immutable.
 */
final class ArticleCountries {
  /** The words of visits, in lower case: the {@link UnitClassifier} marks the units that are one. */
  static final List<String> VISIT_WORDS = List.of("visit", "visits", "visited", "visiting");
  /**
   * The code of each country name and demonym, as written: what {@link
   * Countries#codeForNameOrDemonym} gives for a word without spaces, looked up without a copy.
   */
  private static final WordTable<String> COUNTRY_WORDS = countryWords();

  /**
   * Two countries named as a pair.
   *
   * @param first the first country's code
   * @param second the second country's code
   * @param span the span of the pair
   */
  record Pair(String first, String second, Span span) {}

  /**
   * A country named in a sentence.
   *
   * @param code the ISO code
   * @param span where it is written
   */
  record Named(String code, Span span) {}

  private final Optional<ReadoutCues.Issuer> issuer;
  private final List<Pair> pairs;
  private final Optional<Named> host;
  /**
   * The countries of all sentences, in text order: country {@code k} is {@code codes[k]}, written
   * from {@code bounds[2 * k]} to {@code bounds[2 * k + 1]}. Made {@link Named} when asked for.
   */
  private final String[] codes;
  private final int[] bounds;
  /** For each sentence, where its countries start in {@link #codes}; one more entry for the end. */
  private final int[] sentenceStarts;
  private final int sentences;

  private ArticleCountries(Optional<ReadoutCues.Issuer> issuer, List<Pair> pairs, Optional<Named> host,
      String[] codes, int[] bounds, int[] sentenceStarts, int sentences) {
    this.issuer = issuer;
    this.pairs = pairs;
    this.host = host;
    this.codes = codes;
    this.bounds = bounds;
    this.sentenceStarts = sentenceStarts;
    this.sentences = sentences;
  }

  /**
   * Reads an article.
   *
   * @param text the document text
   * @param folded its folded copy
   * @param sentences its sentences
   * @return what the article says about countries
   */
  static ArticleCountries of(String text, String folded, List<Sentence> sentences) {
    Collector collector = new Collector();
    for (Sentence sentence : sentences) {
      collector.add(sentence);
    }
    return collector.finish(text, folded);
  }

  /**
   * Reads the sentences of an article one by one, while their units are at hand (the mention
   * finder adds each sentence as it classifies it). Not thread-safe: one per article.
   */
  static final class Collector {
    private final List<Pair> pairs = new ArrayList<>();
    private final List<Named> hosts = new ArrayList<>();
    private String[] codes = new String[16];
    private int[] bounds = new int[32];
    private int named;
    private int[] sentenceStarts = new int[16];
    private int sentences;

    /**
     * Reads the next sentence.
     *
     * @param sentence the sentence, in article order
     */
    void add(Sentence sentence) {
      List<Unit> units = sentence.units();
      if (sentences + 1 >= sentenceStarts.length) {
        sentenceStarts = Arrays.copyOf(sentenceStarts, 2 * sentenceStarts.length);
      }
      sentenceStarts[sentences] = named;
      if (units instanceof UnitClassifier.UnitList classified) {
        // Only the units the classifier marks as wanted as read here: the others would be passed over.
        for (int k = 0; k < classified.wantedCount(); k++) {
          if (classified.wantedCountryWord(k)) {
            read(units, classified.wantedAt(k));
          }
        }
      } else {
        for (int i = 0; i < units.size(); i++) {
          read(units, i);
        }
      }
      sentences++;
      sentenceStarts[sentences] = named;
    }

    /** Reads one unit of a sentence (see {@link UnitClassifier.UnitList#isCountryWord}). */
    private void read(List<Unit> units, int i) {
      Unit u = units.get(i);
      // The same test as the classifier's notes, so that reading only the wanted units is the same.
      if (!UnitClassifier.UnitList.isCountryWord(u)) {
        return;
      }
      if (u.is(WordClass.NATION)) {
        addNamed(u.nation().code(), u.start(), u.end());
        addIfFound(pairs, pair(units, i));
      } else if ((u.is(WordClass.NAME) || u.is(WordClass.ACRONYM)) && u.indexOf('-') > 0) {
        addIfFound(pairs, hyphenPair(u));
      } else if (u.isVisitWord()) {
        visited(units, i).ifPresent(hosts::add);
      }
    }

    /** Adds a country named from {@code start} to {@code end}. */
    private void addNamed(String code, int start, int end) {
      if (named == codes.length) {
        codes = Arrays.copyOf(codes, 2 * named);
        bounds = Arrays.copyOf(bounds, 4 * named);
      }
      codes[named] = code;
      bounds[2 * named] = start;
      bounds[2 * named + 1] = end;
      named++;
    }

    /**
     * Returns what the sentences read say, with the issuing government of the whole text. The
     * collector is done then: what it holds is handed over, not copied.
     *
     * @param text the document text
     * @param folded its folded copy
     * @return what the article says about countries
     */
    ArticleCountries finish(String text, String folded) {
      Optional<Named> host = !hosts.isEmpty() && allSameCode(hosts) ? Optional.of(hosts.get(0)) : Optional.empty();
      return new ArticleCountries(ReadoutCues.find(text, folded), List.copyOf(pairs), host,
          codes, bounds, sentenceStarts, sentences);
    }
  }

  /** Adds an item found, if one was. */
  private static <T> void addIfFound(List<T> items, T found) {
    if (found != null) {
      items.add(found);
    }
  }

  private static WordTable<String> countryWords() {
    Countries countries = Countries.instance();
    Map<String, String> codes = new HashMap<>();
    for (String demonym : countries.demonyms()) {
      countries.codeForDemonym(demonym).ifPresent(code -> codes.put(demonym, code));
    }
    // A name wins over a demonym written the same, as codeForNameOrDemonym has it.
    for (String name : countries.names()) {
      countries.codeForName(name).ifPresent(code -> codes.put(name, code));
    }
    return WordTable.of(codes);
  }

  /** Whether the countries all have the code of the first. */
  private static boolean allSameCode(List<Named> countries) {
    for (int k = 1; k < countries.size(); k++) {
      if (!countries.get(k).code().equals(countries.get(0).code())) {
        return false;
      }
    }
    return true;
  }

  /** "Qatari and U.S.", "U.S.-Oman", "Qatar and the United States", not inside a list; or null. */
  private static Pair pair(List<Unit> units, int i) {
    int n = units.size();
    if (i + 2 >= n || i > 0 && units.get(i - 1).isPunct(',')) {
      return null;
    }
    Unit joiner = units.get(i + 1);
    if (!(joiner.isWord("and") || joiner.isPunct('-') || joiner.isPunct('&'))) {
      return null;
    }
    int k = i + 2;
    if (units.get(k).isThe() && k + 1 < n) {
      k++;
    }
    Unit second = units.get(k);
    if (!second.is(WordClass.NATION) || k + 1 < n && units.get(k + 1).isPunct(',')) {
      return null;
    }
    String a = units.get(i).nation().code();
    String b = second.nation().code();
    return a.equals(b) ? null : new Pair(a, b, Span.of(units.get(i).start(), second.end()));
  }

  /**
   * "Qatar-Jordan": one hyphenated word made of two countries; or null. The word is split as {@code
   * text().split("-")} would, and must give two parts: one hyphen, after trailing ones are dropped.
   * The parts of a word have no spaces, so each is looked up as written.
   */
  private static Pair hyphenPair(Unit u) {
    int end = u.length();
    while (end > 0 && u.charAt(end - 1) == '-') {
      end--;
    }
    int hyphen = u.indexOf('-');
    if (hyphen < 0 || hyphen >= end) {
      return null;
    }
    for (int k = hyphen + 1; k < end; k++) {
      if (u.charAt(k) == '-') {
        return null;
      }
    }
    String a = u.valueIn(COUNTRY_WORDS, 0, hyphen);
    String b = a == null ? null : u.valueIn(COUNTRY_WORDS, hyphen + 1, end);
    if (b == null || a.equals(b)) {
      return null;
    }
    return new Pair(a, b, u.span());
  }

  /** "visits Singapore", "visit to Doha": a country name or a city, not an institution. */
  private static Optional<Named> visited(List<Unit> units, int i) {
    int k = i + 1;
    if (k < units.size() && units.get(k).isWord("to")) {
      k++;
    }
    if (k >= units.size()) {
      return Optional.empty();
    }
    Unit place = units.get(k);
    boolean followedByName = k + 1 < units.size() && units.get(k + 1).capitalized()
        && !units.get(k + 1).is(WordClass.PUNCT);
    if (followedByName || k + 1 < units.size() && units.get(k + 1).is(WordClass.POSSESSIVE)) {
      return Optional.empty();
    }
    if (place.is(WordClass.NATION) && !place.nation().demonym()) {
      return Optional.of(new Named(place.nation().code(), place.span()));
    }
    if (place.is(WordClass.PLACE) && place.value() instanceof String code) {
      return Optional.of(new Named(code, place.span()));
    }
    return Optional.empty();
  }

  /**
   * Returns the issuing government, if the text shows it.
   *
   * @return the issuer
   */
  Optional<ReadoutCues.Issuer> issuer() {
    return issuer;
  }

  /**
   * Returns the bilateral pairs, in text order.
   *
   * @return the pairs
   */
  List<Pair> pairs() {
    return pairs;
  }

  /**
   * Returns the one country visitors come to, if the text names exactly one.
   *
   * @return the host country
   */
  Optional<Named> host() {
    return host;
  }

  /**
   * Returns the countries a sentence names.
   *
   * @param sentence the sentence index
   * @return the countries, in text order, in a new list
   */
  List<Named> namedIn(int sentence) {
    if (sentence < 0 || sentence >= sentences) {
      return List.of();
    }
    List<Named> named = new ArrayList<>(sentenceStarts[sentence + 1] - sentenceStarts[sentence]);
    for (int k = sentenceStarts[sentence]; k < sentenceStarts[sentence + 1]; k++) {
      named.add(new Named(codes[k], Span.of(bounds[2 * k], bounds[2 * k + 1])));
    }
    return named;
  }
}
