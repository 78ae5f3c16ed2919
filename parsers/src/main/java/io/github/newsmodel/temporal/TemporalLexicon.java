package io.github.newsmodel.temporal;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of dates: month and weekday names ({@code months.tsv}, {@code weekdays.tsv}), relative
 * expressions ({@code relative-dates.tsv}), tense cues ({@code tense-cues.tsv}) and the words that
 * make a bare month or year a date expression ({@code date-cues.txt}). Loaded once per JVM;
 * immutable and thread-safe. Keys are lower case.
 *
 * <p>Besides a lookup per file, every word of any of the files has one {@link Word} that gathers
 * all the files say of it, so that a word of a text is classified with one lookup ({@link
 * #word(String, int, int, long)}) however many roles it may play.
 */
final class TemporalLexicon {
  /** Runs of spaces between the words of a phrase, compiled once. */
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final TemporalLexicon INSTANCE = load();

  /**
   * A relative expression.
   *
   * @param words its lower-case words
   * @param granularity what it pins down
   * @param offsetDays days from the reference date, or null when it never resolves
   * @param tense the tense the phrase itself implies
   * @param rule the rule of its mentions, "date.relative." and its words joined by underscores
   */
  record Relative(List<String> words, Granularity granularity, Integer offsetDays, Tense tense, String rule) {}

  /**
   * A month or weekday name.
   *
   * @param number the month (1-12) or ISO weekday (1-7)
   * @param full whether this is the full name rather than an abbreviation
   */
  record Name(int number, boolean full) {}

  /** All the lexicon knows of one lower-case word. Immutable. */
  static final class Word {
    private final Name month;
    private final Name weekday;
    private final List<Relative> relatives;
    private final Tense tenseCue;
    private final boolean dateCue;
    private final boolean mayStartDate;

    /**
     * Gathers what the files say of a word.
     *
     * @param month the month it names, or null
     * @param weekday the weekday it names, or null
     * @param relatives the relative expressions starting with it, longest first; empty for none
     * @param tenseCue the tense it signals, or null when it is no cue
     * @param dateCue whether it makes a following month or year a date expression
     */
    Word(Name month, Name weekday, List<Relative> relatives, Tense tenseCue, boolean dateCue) {
      this.month = month;
      this.weekday = weekday;
      this.relatives = relatives;
      this.tenseCue = tenseCue;
      this.dateCue = dateCue;
      this.mayStartDate = month != null || weekday != null || !relatives.isEmpty();
    }

    /** Returns the month the word names, or null. */
    Name month() {
      return month;
    }

    /** Returns the weekday the word names, or null. */
    Name weekday() {
      return weekday;
    }

    /** Returns the relative expressions starting with the word, longest first; empty for none. */
    List<Relative> relatives() {
      return relatives;
    }

    /** Returns the tense the word signals, or null when it is no cue. */
    Tense tenseCue() {
      return tenseCue;
    }

    /** Tells whether the word makes a following month or year a date expression. */
    boolean dateCue() {
      return dateCue;
    }

    /** Tells whether a date expression may start with the word: a month, a weekday or a relative phrase. */
    boolean mayStartDate() {
      return mayStartDate;
    }
  }

  private final Map<String, Name> months;
  private final Map<String, Name> weekdays;
  private final Map<String, List<Relative>> relativesByFirstWord;
  private final Map<String, Tense> tenseCues;
  private final Set<String> dateCues;
  private final LowerWordIndex<Word> words;

  private TemporalLexicon(Map<String, Name> months, Map<String, Name> weekdays,
      Map<String, List<Relative>> relativesByFirstWord, Map<String, Tense> tenseCues, Set<String> dateCues) {
    this.months = months;
    this.weekdays = weekdays;
    this.relativesByFirstWord = relativesByFirstWord;
    this.tenseCues = tenseCues;
    this.dateCues = dateCues;
    Set<String> all = new HashSet<>();
    all.addAll(months.keySet());
    all.addAll(weekdays.keySet());
    all.addAll(relativesByFirstWord.keySet());
    all.addAll(tenseCues.keySet());
    all.addAll(dateCues);
    Map<String, Word> byWord = new HashMap<>();
    for (String word : all) {
      byWord.put(word, new Word(months.get(word), weekdays.get(word), relativesStartingWith(word),
          tenseCues.get(word), dateCues.contains(word)));
    }
    this.words = new LowerWordIndex<>(byWord);
  }

  static TemporalLexicon instance() {
    return INSTANCE;
  }

  private static TemporalLexicon load() {
    Map<String, List<Relative>> relatives = new HashMap<>();
    for (String[] row : LexiconResource.rows("relative-dates.tsv", 2)) {
      List<String> words = List.of(SPACES.split(row[0].toLowerCase(Locale.ROOT)));
      Integer offset = row.length > 2 && !row[2].isEmpty() ? Integer.valueOf(row[2]) : null;
      Tense tense = row.length > 3 && !row[3].isEmpty() ? Tense.valueOf(row[3]) : Tense.UNKNOWN;
      Relative relative = new Relative(words, Granularity.valueOf(row[1]), offset, tense,
          "date.relative." + String.join("_", words));
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

  /**
   * Looks up the lower-case form of an ASCII word of a text, without copying it.
   *
   * @param text the text
   * @param start inclusive start of the word
   * @param end exclusive end of the word; every character in between is an ASCII letter
   * @param packed the word's number built with {@link LowerWordIndex#pack(long, char)}, used when
   *     the word has at most {@link LowerWordIndex#MAX_PACKED} characters
   * @return what the lexicon knows of the word, or null when it is in no file
   */
  Word word(String text, int start, int end, long packed) {
    int length = end - start;
    if (length <= LowerWordIndex.MAX_PACKED) {
      return words.getPacked(packed);
    }
    return length > words.maxLength() ? null : words.get(text, start, end);
  }

  /**
   * Looks up a word in lower case.
   *
   * @param lower the word in lower case
   * @return what the lexicon knows of the word, or null when it is in no file
   */
  Word word(String lower) {
    return words.get(lower);
  }

  /**
   * Returns the lower-case words that are a date expression's first word by themselves: the month
   * and weekday names and abbreviations, and the relative expressions of one word ("today").
   */
  Set<String> startWords() {
    Set<String> starts = new HashSet<>();
    starts.addAll(months.keySet());
    starts.addAll(weekdays.keySet());
    relativesByFirstWord.forEach((first, relatives) -> {
      if (relatives.stream().anyMatch(r -> r.words().size() == 1)) {
        starts.add(first);
      }
    });
    return Set.copyOf(starts);
  }

  /**
   * Returns the lower-case first words of the relative expressions of several words that are not
   * {@link #startWords()} ("last" of "last week"): a date starts there only before the second word of
   * such an expression ({@link #phraseSecondWords()}).
   */
  Set<String> phraseFirstWords() {
    Set<String> firsts = new HashSet<>(relativesByFirstWord.keySet());
    firsts.removeAll(startWords());
    return Set.copyOf(firsts);
  }

  /** Returns the lower-case second words of the relative expressions of several words ("week" of "last week"). */
  Set<String> phraseSecondWords() {
    Set<String> seconds = new HashSet<>();
    relativesByFirstWord.values().forEach(relatives -> relatives.forEach(r -> {
      if (r.words().size() > 1) {
        seconds.add(r.words().get(1));
      }
    }));
    return Set.copyOf(seconds);
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
