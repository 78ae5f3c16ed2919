package io.github.newsmodel.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names, aliases and demonyms ({@code countries.tsv}) mapped to ISO 3166-1 alpha-2 codes:
 * "Qatar", "the United States", "U.S.", "UAE" are names; "Qatari", "American", "Emirati" are
 * demonyms. Lookups are exact on the written form, with a leading "the " ignored for names.
 * Loaded once per JVM; immutable and thread-safe.
 */
public final class Countries {
  private static final Countries INSTANCE = load();

  private final Map<String, String> codeByName;
  private final Map<String, String> codeByDemonym;
  private final Map<String, String> nameByCode;

  private Countries(Map<String, String> codeByName, Map<String, String> codeByDemonym,
      Map<String, String> nameByCode) {
    this.codeByName = codeByName;
    this.codeByDemonym = codeByDemonym;
    this.nameByCode = nameByCode;
  }

  /**
   * Returns the shared instance.
   *
   * @return the lexicon
   */
  public static Countries instance() {
    return INSTANCE;
  }

  private static Countries load() {
    Map<String, String> byName = new HashMap<>();
    Map<String, String> byDemonym = new HashMap<>();
    Map<String, String> nameByCode = new HashMap<>();
    for (String[] row : LexiconResource.rows("countries.tsv", 2)) {
      String code = row[0];
      String[] names = row[1].split("\\|");
      nameByCode.putIfAbsent(code, names[0]);
      for (String name : names) {
        if (!name.isEmpty()) {
          byName.putIfAbsent(name, code);
        }
      }
      if (row.length > 2) {
        for (String demonym : row[2].split("\\|")) {
          if (!demonym.isEmpty()) {
            byDemonym.putIfAbsent(demonym, code);
          }
        }
      }
    }
    return new Countries(Map.copyOf(byName), Map.copyOf(byDemonym), Map.copyOf(nameByCode));
  }

  /**
   * Looks up a country name or alias ("Qatar", "the United States", "UAE").
   *
   * @param name the written name
   * @return the ISO code, or empty
   */
  public Optional<String> codeForName(String name) {
    String code = codeByName.get(name);
    if (code == null && name.startsWith("the ")) {
      code = codeByName.get(name.substring(4));
    }
    return Optional.ofNullable(code);
  }

  /**
   * Looks up a demonym or national adjective ("Qatari", "American", "U.S.").
   *
   * @param demonym the written word
   * @return the ISO code, or empty
   */
  public Optional<String> codeForDemonym(String demonym) {
    return Optional.ofNullable(codeByDemonym.get(demonym));
  }

  /**
   * Looks up a name or a demonym.
   *
   * @param word the written form
   * @return the ISO code, or empty
   */
  public Optional<String> codeForNameOrDemonym(String word) {
    Optional<String> byName = codeForName(word);
    return byName.isPresent() ? byName : codeForDemonym(word);
  }

  /**
   * Returns the English short name of a code.
   *
   * @param code an ISO code
   * @return the name, or empty for an unknown code
   */
  public Optional<String> name(String code) {
    return Optional.ofNullable(nameByCode.get(code));
  }

  /**
   * Returns every name and alias, for building matchers.
   *
   * @return the names
   */
  public Set<String> names() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(codeByName.keySet()));
  }

  /**
   * Returns every demonym, for building matchers.
   *
   * @return the demonyms
   */
  public Set<String> demonyms() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(codeByDemonym.keySet()));
  }
}
