package io.github.newsmodel.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of one-sentence meeting readouts for the metamorphic properties of the meeting
 * extractor, built from small pools: two officials of different countries, a city, a date
 * expression (an explicit date, "today", "yesterday" or none) and a topic. The people are
 * invented; their mentions are shaped so that the officials extractor finds them.
 */
public final class MeetingGenerators {
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  /**
   * An official as written in a sentence.
   *
   * @param mention the words that name and describe them
   * @param name the name the officials extractor gives
   */
  public record Side(String mention, String name) {}

  /** The date expression of a scenario. */
  public enum DateWord {
    /** An explicit calendar date. */
    EXPLICIT,
    /** "today". */
    TODAY,
    /** "yesterday". */
    YESTERDAY,
    /** No date words. */
    NONE
  }

  /**
   * One meeting: who, where, when and about what.
   *
   * @param host the first official
   * @param guest the second official
   * @param city the city
   * @param dateWord the kind of date expression
   * @param explicit the explicit date, used when {@code dateWord} is {@link DateWord#EXPLICIT}
   * @param topic what they discussed
   */
  public record Scenario(Side host, Side guest, String city, DateWord dateWord, LocalDate explicit, String topic) {

    /**
     * Writes the meeting as a plain statement: "X met Y in City on DATE to discuss T."
     *
     * @return the sentence
     */
    public String asserted() {
      return sentence("met");
    }

    /**
     * Writes the meeting in a hedged frame: "X is expected to meet Y in City on DATE to discuss T."
     *
     * @return the sentence
     */
    public String hedged() {
      return sentence("is expected to meet");
    }

    private String sentence(String verb) {
      String when = switch (dateWord) {
        case EXPLICIT -> " on " + WRITTEN.format(explicit);
        case TODAY -> " today";
        case YESTERDAY -> " yesterday";
        case NONE -> "";
      };
      return host.mention() + " " + verb + " " + guest.mention() + " in " + city + when + " to discuss " + topic + ".";
    }
  }

  private static final List<Side> HOSTS = List.of(
      new Side("Qatari Minister of Interior Sheikh Khalid bin Rashid Al Mansouri", "Khalid bin Rashid Al Mansouri"),
      new Side("U.S. Secretary of Homeland Security Laura Whitfield", "Laura Whitfield"),
      new Side("German Federal Minister of the Interior Markus Brenner", "Markus Brenner"));

  private static final List<Side> GUESTS = List.of(
      new Side("Jordanian Foreign Minister Karim Haddad", "Karim Haddad"),
      new Side("Saudi Minister of Justice Dr Faisal bin Nasser Al Harbi", "Faisal bin Nasser Al Harbi"),
      new Side("Kenyan Foreign Minister Grace Wanjiru", "Grace Wanjiru"),
      new Side("Singapore's Minister for Law Mr Daniel Tan", "Daniel Tan"));

  private static final List<String> CITIES = List.of("Doha", "Muscat", "Amman", "Riyadh", "Rabat", "Nairobi");

  private static final List<String> TOPICS = List.of("border security", "civil aviation security",
      "counter-terrorism cooperation", "energy cooperation and regional stability");

  private MeetingGenerators() {}

  /**
   * Meetings with any kind of date expression.
   *
   * @return scenarios
   */
  public static Gen<Scenario> scenarios() {
    return scenarios(Generate.enumValues(DateWord.class));
  }

  /**
   * Meetings dated by an explicit date, "today" or "yesterday".
   *
   * @return scenarios
   */
  public static Gen<Scenario> datedScenarios() {
    return scenarios(Generate.pick(List.of(DateWord.EXPLICIT, DateWord.TODAY, DateWord.YESTERDAY)));
  }

  /**
   * Meetings without any date words.
   *
   * @return scenarios
   */
  public static Gen<Scenario> undatedScenarios() {
    return scenarios(Generate.constant(DateWord.NONE));
  }

  private static Gen<Scenario> scenarios(Gen<DateWord> words) {
    return Generate.pick(HOSTS).zip(Generate.pick(GUESTS), Generate.pick(CITIES), words,
            (host, guest, city, word) -> new Scenario(host, guest, city, word, LocalDate.of(2023, 12, 18), ""))
        .zip(publicationDates(), Generate.pick(TOPICS),
            (s, explicit, topic) -> new Scenario(s.host(), s.guest(), s.city(), s.dateWord(), explicit, topic));
  }

  /**
   * Publication dates between 2000 and 2035.
   *
   * @return dates
   */
  public static Gen<LocalDate> publicationDates() {
    return integers().between(0, 365 * 35).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
  }

  /**
   * Shifts of a publication date, in days, either way.
   *
   * @return day counts
   */
  public static Gen<Integer> shifts() {
    return integers().between(-800, 800);
  }
}
