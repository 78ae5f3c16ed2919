package io.github.newsmodel.temporal;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of dates: month and weekday names ({@code months.tsv}, {@code weekdays.tsv}), relative
 * expressions ({@code relative-dates.tsv}), tense cues ({@code tense-cues.tsv}) and the words that
 * make a bare month or year a date expression ({@code date-cues.txt}). Loaded once per JVM;
 * immutable and thread-safe. Keys are lower case.
 */
final class TemporalLexicon {
  private static final TemporalLexicon INSTANCE = load();

  /**
   * A relative expression.
   *
   * @param words its lower-case words
   * @param granularity what it pins down
   * @param offsetDays days from the reference date, or null when it never resolves
   * @param tense the tense the phrase itself implies
   */
  record Relative(List<String> words, Granularity granularity, Integer offsetDays, Tense tense) {}

  /**
   * A month or weekday name.
   *
   * @param number the month (1-12) or ISO weekday (1-7)
   * @param full whether this is the full name rather than an abbreviation
   */
  record Name(int number, boolean full) {}

  private final Map<String, Name> months;
  private final Map<String, Name> weekdays;
  private final Map<String, List<Relative>> relativesByFirstWord;
  private final Map<String, Tense> tenseCues;
  private final Set<String> dateCues;
  private final WordTable<Name> monthTable;
  private final WordTable<Name> weekdayTable;
  private final WordTable<List<Relative>> relativeTable;
  private final WordTable<Tense> tenseTable;
  private final WordTable<Boolean> dateCueTable;

  private TemporalLexicon(Map<String, Name> months, Map<String, Name> weekdays,
      Map<String, List<Relative>> relativesByFirstWord, Map<String, Tense> tenseCues, Set<String> dateCues) {
    this.months = months;
    this.weekdays = weekdays;
    this.relativesByFirstWord = relativesByFirstWord;
    this.tenseCues = tenseCues;
    this.dateCues = dateCues;
    this.monthTable = WordTable.of(months);
    this.weekdayTable = WordTable.of(weekdays);
    this.relativeTable = WordTable.of(relativesByFirstWord);
    this.tenseTable = WordTable.of(tenseCues);
    this.dateCueTable = WordTable.ofWords(dateCues);
  }

  static TemporalLexicon instance() {
    return INSTANCE;
  }

  private static TemporalLexicon load() {
    Map<String, List<Relative>> relatives = new HashMap<>();
    for (String[] row : LexiconResource.rows("relative-dates.tsv", 2)) {
      List<String> words = List.of(row[0].toLowerCase(Locale.ROOT).split(" +"));
      Integer offset = row.length > 2 && !row[2].isEmpty() ? Integer.valueOf(row[2]) : null;
      Tense tense = row.length > 3 && !row[3].isEmpty() ? Tense.valueOf(row[3]) : Tense.UNKNOWN;
      Relative relative = new Relative(words, Granularity.valueOf(row[1]), offset, tense);
      relatives.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(relative);
    }
    Map<String, List<Relative>> byFirst = new HashMap<>();
    relatives.forEach((first, list) -> {
      List<Relative> sorted = new ArrayList<>(list);
      sorted.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
      byFirst.put(first, List.copyOf(sorted));
    });
    Map<String, Tense> cues = new HashMap<>();
    for (String[] row : LexiconResource.rows("tense-cues.tsv", 2)) {
      cues.putIfAbsent(row[0].toLowerCase(Locale.ROOT), Tense.valueOf(row[1]));
    }
    Set<String> dateCues = new HashSet<>();
    for (String line : LexiconResource.lines("date-cues.txt")) {
      dateCues.add(line.toLowerCase(Locale.ROOT));
    }
    return new TemporalLexicon(names("months.tsv"), names("weekdays.tsv"), Map.copyOf(byFirst),
        Map.copyOf(cues), Set.copyOf(dateCues));
  }

  private static Map<String, Name> names(String file) {
    Map<String, Name> names = new HashMap<>();
    for (String[] row : LexiconResource.rows(file, 2)) {
      int number = Integer.parseInt(row[0]);
      names.put(row[1].toLowerCase(Locale.ROOT), new Name(number, true));
      if (row.length > 2) {
        for (String abbreviation : row[2].split("\\|")) {
          if (!abbreviation.isEmpty()) {
            names.putIfAbsent(abbreviation.toLowerCase(Locale.ROOT), new Name(number, false));
          }
        }
      }
    }
    return Map.copyOf(names);
  }

  /** Looks up a word token as a month name or abbreviation, in any case; null when it is none. */
  Name month(DateTokens tokens, int i) {
    return tokens.lookup(i, monthTable);
  }

  /** Looks up a word token as a weekday name or abbreviation, in any case; null when it is none. */
  Name weekday(DateTokens tokens, int i) {
    return tokens.lookup(i, weekdayTable);
  }

  /** Returns the relative expressions starting with a word token, longest first; empty for none. */
  List<Relative> relativesStartingWith(DateTokens tokens, int i) {
    List<Relative> relatives = tokens.lookup(i, relativeTable);
    return relatives == null ? List.of() : relatives;
  }

  /** Returns the tense a word token signals, or null when it is no cue. */
  Tense tenseCue(DateTokens tokens, int i) {
    return tokens.lookup(i, tenseTable);
  }

  /** Tells whether a word token makes a following month or year a date expression. */
  boolean isDateCue(DateTokens tokens, int i) {
    return tokens.lookup(i, dateCueTable) != null;
  }

  /** Looks up a month name or abbreviation (lower case). */
  Optional<Name> month(String lower) {
    return Optional.ofNullable(months.get(lower));
  }

  /** Looks up a weekday name or abbreviation (lower case). */
  Optional<Name> weekday(String lower) {
    return Optional.ofNullable(weekdays.get(lower));
  }

  /** Returns the relative expressions starting with a word, longest first. */
  List<Relative> relativesStartingWith(String lower) {
    return relativesByFirstWord.getOrDefault(lower, List.of());
  }

  /** Returns the tense a cue word signals, if it is one. */
  Optional<Tense> tenseCue(String lower) {
    return Optional.ofNullable(tenseCues.get(lower));
  }

  /** Tells whether a word makes a following month or year a date expression ("in", "since"). */
  boolean isDateCue(String lower) {
    return dateCues.contains(lower);
  }
}
