package io.github.newsmodel.structure;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads datelines: the place that opens a story before a dash or colon ("Doha, Qatar – ...",
 * "WASHINGTON (Reuters) - ...", "LONDON, July 22 (Reuters) - ...", "Washington, D.C. -- ...") and
 * place lines of the header ("Sochi").
 *
 * <p>The place is one to four capitalised words, optionally followed by comma-separated parts
 * that are a country, a region or a date, and by an agency in brackets. It is accepted when the
 * city is in the gazetteer, a part is a country or a region of known country ({@code regions.tsv}),
 * an agency is named, or (before a dash) the city is written in capitals as wire datelines are.
 * The country is the one stated, else the gazetteer's for the city. The agency becomes the
 * outlet. Stateless.
 */
final class DatelineReader {
  private static final int MAX_PREFIX = 100;
  /** Lines longer than this are never place lines. */
  static final int MAX_PLACE_LINE = 60;
  private static final int MAX_PLACE_WORDS = 4;
  private static final Set<String> PLACE_CONNECTORS = Set.of("de", "del", "da", "do", "al", "el", "la", "le",
      "les", "of", "on", "upon", "am", "an", "der", "es", "au", "sur");

  /**
   * A dateline.
   *
   * @param block the span of the dateline, separator included
   * @param city the city
   * @param country the country code, when stated or known for the city
   * @param agency the agency named in brackets, if any
   * @param date the calendar date written in the dateline with its year ("ABU DHABI, 8th
   *     December, 2025 (WAM) --"), if any
   * @param bodyStart where the story text after the dateline starts
   */
  record Dateline(Span block, Found city, Optional<Found> country, Optional<Found> agency,
      Optional<DateMention> date, int bodyStart) {}

  private final Gazetteer gazetteer = Gazetteer.instance();
  private final Countries countries = Countries.instance();
  private final StructureLexicon lexicon;

  DatelineReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Reads the dateline that opens a line of story text.
   *
   * @param text the document text
   * @param line the first line of the story
   * @return the dateline, or empty
   */
  Optional<Dateline> atLeadStart(String text, TextLine line) {
    int length = line.length();
    int limit = Math.min(length, MAX_PREFIX);
    for (int p = 1; p < limit; p++) {
      char c = line.foldedCharAt(p);
      if (c == '-') {
        char original = text.charAt(line.start() + p);
        boolean longDash = original != '-' && original != '\u2010' && original != '\u2011';
        boolean spaced = line.foldedCharAt(p - 1) == ' ' && p + 1 < length && line.foldedCharAt(p + 1) == ' ';
        boolean doubled = p + 1 < length && line.foldedCharAt(p + 1) == '-';
        if (longDash || spaced || doubled) {
          return lead(text, line, p, doubled ? p + 2 : p + 1, true);
        }
      } else if (c == ':' && p + 1 < length && line.foldedCharAt(p + 1) == ' ') {
        return lead(text, line, p, p + 1, false);
      }
    }
    return Optional.empty();
  }

  private Optional<Dateline> lead(String text, TextLine line, int separator, int separatorEnd, boolean dash) {
    Span prefix = TextSpans.trim(text, line.start(), line.start() + separator);
    Optional<Place> place = place(text, prefix, dash);
    if (place.isEmpty()) {
      return Optional.empty();
    }
    int bodyStart = TextSpans.trim(text, line.start() + separatorEnd, line.end()).start();
    Span block = Span.of(line.start(), line.start() + separatorEnd);
    Optional<DateMention> date = Optional.empty();
    List<DateMention> mentions = DateNormalizer.instance().find(text, prefix, Optional.empty());
    for (int m = 0; m < mentions.size(); m++) {
      if (mentions.get(m).isResolved()) {
        date = Optional.of(mentions.get(m));
        break;
      }
    }
    return Optional.of(new Dateline(block, place.get().city(), place.get().country(), place.get().agency(), date,
        bodyStart));
  }

  /**
   * Reads an agency alone in brackets opening a story line ("(CNN) — ..."): no place, but the
   * outlet.
   *
   * @param text the document text
   * @param line the first line of the story
   * @return the agency, with the span of the opening (separator included) and where the story
   *     starts, or empty
   */
  Optional<AgencyLead> agencyLead(String text, TextLine line) {
    if (line.length() == 0 || line.foldedCharAt(0) != '(') {
      return Optional.empty();
    }
    String folded = line.folded();
    int close = folded.indexOf(')');
    if (close < 2 || close > 40) {
      return Optional.empty();
    }
    int p = close + 1;
    while (p < folded.length() && folded.charAt(p) == ' ') {
      p++;
    }
    if (p >= folded.length() || folded.charAt(p) != '-') {
      return Optional.empty();
    }
    int separatorEnd = p + 1 < folded.length() && folded.charAt(p + 1) == '-' ? p + 2 : p + 1;
    Span inner = TextSpans.trim(text, line.start() + 1, line.start() + close);
    if (!isPlaceLike(text, inner, 4)) {
      return Optional.empty();
    }
    Found agency = new Found(value(text, inner), inner, "outlet.lead_agency", 0.8);
    int bodyStart = TextSpans.trim(text, line.start() + separatorEnd, line.end()).start();
    return Optional.of(new AgencyLead(Span.of(line.start(), line.start() + separatorEnd), agency, bodyStart));
  }

  /**
   * An agency opening a story line.
   *
   * @param block the span of the opening, separator included
   * @param agency the agency
   * @param bodyStart where the story text starts
   */
  record AgencyLead(Span block, Found agency, int bodyStart) {}

  /**
   * Reads a header line that names only a place ("Sochi", "Doha, Qatar").
   *
   * @param text the document text
   * @param line the line
   * @return the dateline, or empty unless the city or a country is known
   */
  Optional<Dateline> placeLine(String text, TextLine line) {
    if (line.length() > MAX_PLACE_LINE || line.endsWithPunctuation() || line.words(6) > 6) {
      return Optional.empty();
    }
    return place(text, line.span(), false)
        .filter(place -> place.known())
        .map(place -> new Dateline(line.span(), place.city(), place.country(), place.agency(), Optional.empty(),
            line.end()));
  }

  /** A place read from a dateline. */
  private record Place(Found city, Optional<Found> country, Optional<Found> agency, boolean known) {}

  private Optional<Place> place(String text, Span prefix, boolean beforeDash) {
    if (prefix.length() == 0) {
      return Optional.empty();
    }
    int end = prefix.end();
    Optional<Found> agency = Optional.empty();
    if (text.charAt(end - 1) == ')') {
      int open = text.lastIndexOf('(', end - 1);
      if (open <= prefix.start()) {
        return Optional.empty();
      }
      Span inner = TextSpans.trim(text, open + 1, end - 1);
      if (!isPlaceLike(text, inner, 4)) {
        return Optional.empty();
      }
      agency = Optional.of(new Found(LineShape.normalizeSpaces(text.substring(inner.start(), inner.end())), inner,
          "outlet.dateline_agency", 0.85));
      end = open;
      while (end > prefix.start() && (TextSpans.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
        end--;
      }
    }
    List<Span> parts = parts(text, prefix.start(), end);
    if (parts.isEmpty() || parts.size() > 4 || !isPlaceLike(text, parts.get(0), MAX_PLACE_WORDS)) {
      return Optional.empty();
    }
    Span citySpan = parts.get(0);
    int next = 1;
    Optional<Gazetteer.City> known = Optional.empty();
    if (parts.size() > 1) {
      known = gazetteer.find(value(text, citySpan) + ", " + value(text, parts.get(1)));
      if (known.isPresent()) {
        citySpan = Span.of(citySpan.start(), parts.get(1).end());
        next = 2;
      }
    }
    if (known.isEmpty()) {
      known = gazetteer.find(value(text, citySpan));
    }
    Optional<Found> country = Optional.empty();
    for (int k = next; k < parts.size(); k++) {
      Span part = parts.get(k);
      if (isDate(text, part)) {
        continue;
      }
      if (!isPlaceLike(text, part, MAX_PLACE_WORDS)) {
        return Optional.empty();
      }
      Optional<String> code = countryOfPart(text, part, known);
      if (code.isPresent() && country.isEmpty()) {
        country = Optional.of(new Found(code.get(), part, "dateline.country.stated", 0.9));
      }
    }
    String written = value(text, citySpan);
    Optional<String> cityIsCountry = countries.codeForName(placeName(text, citySpan));
    if (country.isEmpty() && known.isPresent()) {
      country = Optional.of(new Found(known.get().country(), citySpan, "dateline.country.gazetteer", 0.8));
    } else if (country.isEmpty() && cityIsCountry.isPresent()) {
      country = Optional.of(new Found(cityIsCountry.get(), citySpan, "dateline.country.stated", 0.8));
    }
    boolean isKnown = known.isPresent() || country.isPresent();
    boolean wire = beforeDash && LineShape.isAllCaps(written) && written.length() >= 3;
    if (!isKnown && agency.isEmpty() && !wire) {
      return Optional.empty();
    }
    String cityName = known.map(Gazetteer.City::name)
        .orElse(LineShape.isAllCaps(written) ? LineShape.titleCase(written, lexicon) : written);
    Found city = new Found(cityName, citySpan, known.isPresent() ? "dateline.city.gazetteer" : "dateline.city",
        known.isPresent() ? 0.9 : 0.75);
    return Optional.of(new Place(city, country, agency, isKnown));
  }

  private static List<Span> parts(String text, int start, int end) {
    List<Span> parts = new ArrayList<>();
    int s = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == ',') {
        Span part = TextSpans.trim(text, s, i);
        if (part.length() == 0) {
          return List.of();
        }
        parts.add(part);
        s = i + 1;
      }
    }
    return parts;
  }

  /**
   * The country a part after the city names: a country ("Qatar") or a region ("Texas", "Calif.").
   * A name that is both ("Georgia") follows the gazetteer's country for the city when they agree.
   */
  private Optional<String> countryOfPart(String text, Span part, Optional<Gazetteer.City> city) {
    Optional<String> country = countries.codeForName(placeName(text, part));
    Optional<String> region = lexicon.regionCountry(value(text, part));
    if (country.isPresent() && region.isPresent() && city.isPresent()
        && city.get().country().equals(region.get())) {
      return region;
    }
    return country.isPresent() ? country : region;
  }

  /** A part that is a date ("July 22", "8th December") or a year ("2025"). */
  private static boolean isDate(String text, Span part) {
    if (part.length() == 4 && text.substring(part.start(), part.end()).chars().allMatch(Character::isDigit)) {
      return true;
    }
    List<DateMention> dates = DateNormalizer.instance().find(text, part, Optional.empty());
    return dates.size() == 1 && dates.get(0).span().equals(part);
  }

  /**
   * One to {@code maxWords} words, each capitalised (or a connector), no digits. Words are
   * separated by ASCII white space, as {@code \s+} splits them; a span that starts with white
   * space is not place-like.
   */
  private static boolean isPlaceLike(String text, Span span, int maxWords) {
    int start = span.start();
    int end = span.end();
    if (start >= end || isAsciiSpace(text.charAt(start))) {
      return false;
    }
    int words = 0;
    int i = start;
    while (i < end) {
      int wordStart = i;
      while (i < end && !isAsciiSpace(text.charAt(i))) {
        char c = text.charAt(i);
        if (Character.isDigit(c) || c == '"' || c == '\u201C' || c == ';' || c == '!' || c == '?') {
          return false;
        }
        i++;
      }
      if (++words > maxWords) {
        return false;
      }
      if (!Character.isUpperCase(text.charAt(wordStart))
          && !PLACE_CONNECTORS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
        return false;
      }
      while (i < end && isAsciiSpace(text.charAt(i))) {
        i++;
      }
    }
    return Character.isUpperCase(text.charAt(start));
  }

  /** The white space of {@code \s} in a regular expression: space, tab, line breaks, form feed. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String value(String text, Span span) {
    return LineShape.normalizeSpaces(text.substring(span.start(), span.end()));
  }

  /** A place name for country lookup, written as the lexicon writes names ("QATAR" gives "Qatar"). */
  private String placeName(String text, Span span) {
    String written = value(text, span);
    return LineShape.isAllCaps(written) && written.length() > 3 ? LineShape.titleCase(written, lexicon) : written;
  }
}
