package io.github.newsmodel.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cities whose country is unambiguous in news usage ({@code cities.tsv}), with their canonical
 * written form ("Washington" → "Washington, D.C.") and ISO 3166-1 alpha-2 country. Lookups are
 * exact on the written form, and also try the title-cased form of an all-capitals dateline word
 * ("WASHINGTON"). Loaded once per JVM; immutable and thread-safe.
 */
public final class Gazetteer {
  private static final Gazetteer INSTANCE = load();

  /**
   * A known city.
   *
   * @param name the canonical written form
   * @param country the ISO 3166-1 alpha-2 code
   */
  public record City(String name, String country) {}

  private final Map<String, City> byForm;

  private Gazetteer(Map<String, City> byForm) {
    this.byForm = byForm;
  }

  /**
   * Returns the shared instance.
   *
   * @return the gazetteer
   */
  public static Gazetteer instance() {
    return INSTANCE;
  }

  private static Gazetteer load() {
    Map<String, City> byForm = new HashMap<>();
    for (String[] row : LexiconResource.rows("cities.tsv", 2)) {
      City city = new City(row[0], row[1]);
      byForm.putIfAbsent(row[0], city);
      if (row.length > 2) {
        for (String alias : row[2].split("\\|")) {
          if (!alias.isEmpty()) {
            byForm.putIfAbsent(alias, city);
          }
        }
      }
    }
    return new Gazetteer(Map.copyOf(byForm));
  }

  /**
   * Looks up a city by any of its written forms, including all-capitals ("DOHA").
   *
   * @param written the city as written
   * @return the city, or empty when unknown
   */
  public Optional<City> find(String written) {
    City city = byForm.get(written);
    if (city == null && written.length() > 1 && written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
      city = byForm.get(titleCase(written));
    }
    return Optional.ofNullable(city);
  }

  /**
   * Returns every written form known, for building matchers.
   *
   * @return the forms
   */
  public Set<String> forms() {
    return byForm.keySet();
  }

  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'';
    }
    return out.toString();
  }
}
