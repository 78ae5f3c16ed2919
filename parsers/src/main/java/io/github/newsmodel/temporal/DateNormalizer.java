package io.github.newsmodel.temporal;

import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds date expressions in a text and normalises them against a reference date (normally the
 * article's publication date). Stateless and thread-safe; use {@link #instance()}.
 *
 * <p>Recognised forms (month and weekday names from {@code months.tsv} and {@code weekdays.tsv};
 * curly quotes, dashes and exotic spaces are folded first, so "December 14–16" is a range):
 *
 * <ul>
 *   <li>absolute dates: "December 18, 2023", "Dec. 8, 2025", "18 December 2023", "5 AUGUST 2024",
 *       "the 18th of December", "2023-12-18" ({@link Granularity#DAY}), with a time of day when one
 *       follows ("Dec. 8, 2025 12:48 p.m.", "2023-12-18T10:30+03:00");
 *   <li>a day and month without year: "July 14", "18 Dec" ({@link Granularity#DAY}; the year comes
 *       from the reference date by the rule of {@link YearInference}, and without a reference date
 *       the date stays empty);
 *   <li>weekdays: "on Monday, July 14" (resolved from the calendar date), "Thursday", "last Monday"
 *       ({@link Granularity#WEEKDAY}, never resolved);
 *   <li>relative words ({@code relative-dates.tsv}): "today", "yesterday", "tomorrow" resolve
 *       against the reference date; "this week", "last month", "recently" never resolve;
 *   <li>months and years: "May 2023", "in March" ({@link Granularity#MONTH}), "in 2015"
 *       ({@link Granularity#YEAR}); a bare month or year counts only after a cue word
 *       ({@code date-cues.txt}: "in", "since", "by", ...);
 *   <li>ranges: "14 to 16 December 2010", "December 14-16" ({@link Granularity#RANGE}, never resolved).
 * </ul>
 *
 * <p>Never guessed: a year the text does not fix (without a reference date), a date for a weekday
 * alone, for a week, a month or a vague word. An impossible calendar date ("February 30, 2023") is
 * not reported. No expression spans a line break. Every mention keeps its words and span, and a
 * tense hint read from its clause ({@link Tense}).
 *
 * <p>Runs in time linear in the length of the span searched.
 */
public final class DateNormalizer {
  private static final DateNormalizer INSTANCE = new DateNormalizer(TemporalLexicon.instance());

  private final TemporalLexicon lexicon;
  private final TenseDetector tenses;

  private DateNormalizer(TemporalLexicon lexicon) {
    this.lexicon = lexicon;
    this.tenses = new TenseDetector();
  }

  /**
   * Returns the shared normaliser.
   *
   * @return the normaliser
   */
  public static DateNormalizer instance() {
    return INSTANCE;
  }

  /**
   * Finds the date expressions of a whole text.
   *
   * @param text the text
   * @param reference the date "today" refers to, if known
   * @return the mentions in text order, not overlapping
   */
  public List<DateMention> find(String text, Optional<LocalDate> reference) {
    Objects.requireNonNull(text, "text");
    return find(text, Span.of(0, text.length()), reference);
  }

  /**
   * Finds the date expressions inside a span of a text. Spans of the result are spans of
   * {@code text}. A span reaching beyond the text is clipped to it.
   *
   * @param text the whole text
   * @param within the part to search
   * @param reference the date "today" refers to, if known
   * @return the mentions in text order, not overlapping
   */
  public List<DateMention> find(String text, Span within, Optional<LocalDate> reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(reference, "reference");
    int start = Math.min(within.start(), text.length());
    int end = Math.min(within.end(), text.length());
    return new Scan(text, new DateTokens(text, start, end, lexicon), reference).run();
  }

  /**
   * As {@link #find(String, Span, Optional)}, tokenising into {@code scratch}, whose previous
   * tokens are replaced; for {@link DateScanner}. The tokens are read from {@code folded}, the text
   * folded character by character ({@link io.github.newsmodel.text.MatchText#fold(String)}), or the
   * text itself: the tokens fold each character they read, and their words and numbers are the
   * same in both, so only the reading differs (a folded text is most often stored a byte a
   * character). The mentions' words are cut from {@code text}.
   */
  List<DateMention> find(String text, String folded, Span within, Optional<LocalDate> reference, Scan scratch) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(folded, "folded");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(reference, "reference");
    if (folded.length() != text.length()) {
      throw new IllegalArgumentException("the folded text is not as long as the text");
    }
    int start = Math.min(within.start(), text.length());
    int end = Math.min(within.end(), text.length());
    scratch.t.read(folded, start, end, lexicon);
    scratch.reset(text, reference);
    return scratch.run();
  }

  /**
   * Makes a search that {@link #find(String, Span, Optional, Scan)} runs again and again over
   * the tokens it holds; for {@link DateScanner}.
   */
  Scan newScan(DateTokens tokens) {
    return new Scan("", tokens, Optional.empty());
  }

  /**
   * Adds a time of day written apart from a date, such as on the line after a date line
   * ("October 11, 2022" / "17:00"), to that date. The span must hold only the time ("17:00",
   * "12:48 p.m.", "14:00 GMT"), optionally followed by a time-zone abbreviation in capitals.
   *
   * @param date a resolved date mention without a time
   * @param text the whole text
   * @param timeSpan the span holding the time, after the date
   * @return a mention from the start of the date to the end of the time, carrying both; empty
   *     when the span is not a time of day, or the date is unresolved or already has a time
   */
  public Optional<DateMention> withTimeOfDay(DateMention date, String text, Span timeSpan) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(timeSpan, "timeSpan");
    if (date.date().isEmpty() || date.time().isPresent() || timeSpan.start() < date.span().end()
        || timeSpan.end() > text.length()) {
      return Optional.empty();
    }
    DateTokens tokens = new DateTokens(text, timeSpan.start(), timeSpan.end(), lexicon);
    if (tokens.size() == 0) {
      return Optional.empty();
    }
    Clock clock = new Scan(text, tokens, Optional.empty()).clockAt(0, false);
    if (clock == null) {
      return Optional.empty();
    }
    int last = clock.last();
    boolean zoneAfter = clock.offset() == null && last + 2 == tokens.size() && tokens.isWord(last + 1)
        && tokens.end(last + 1) - tokens.start(last + 1) <= 4 && tokens.isCapitalised(last + 1)
        && Character.isUpperCase(text.charAt(tokens.end(last + 1) - 1));
    if (last + 1 != tokens.size() && !zoneAfter) {
      return Optional.empty();
    }
    Span span = Span.of(date.span().start(), tokens.end(last));
    return Optional.of(new DateMention(span, text.substring(span.start(), span.end()), date.date(),
        Optional.of(clock.time()), Optional.ofNullable(clock.offset()), date.granularity(), date.relative(),
        date.tense(), date.rule() + "+time"));
  }

  /** A calendar date pattern matched over tokens {@code [first, last]}. */
  private record Calendar(int first, int last, Integer year, int month, Integer day, Integer dayEnd, String rule) {}

  /** A time of day matched up to token {@code last}. */
  private record Clock(LocalTime time, ZoneOffset offset, int last) {}

  /**
   * One search: the tokens, the reference date and the mentions found so far. Reusable, region
   * after region, by a {@link DateScanner} ({@link #reset}).
   */
  final class Scan {
    private String text;
    private final DateTokens t;
    private Optional<LocalDate> reference;
    /** The first mention found, or null; most regions hold none, few more than one. */
    private DateMention firstFound;
    /** The mentions found so far once there are two. */
    private List<DateMention> found;

    Scan(String text, DateTokens tokens, Optional<LocalDate> reference) {
      this.text = text;
      this.t = tokens;
      this.reference = reference;
    }

    /** Forgets the mentions of the last search, for a search of the tokens just read from a text. */
    void reset(String text, Optional<LocalDate> reference) {
      this.text = text;
      this.reference = reference;
      firstFound = null;
      found = null;
    }

    List<DateMention> run() {
      int i = 0;
      int n = t.size();
      while (i < n) {
        int next = mayStartAt(i) ? matchAt(i) : -1;
        i = next > i ? next : i + 1;
      }
      return found != null ? List.copyOf(found) : firstFound != null ? List.of(firstFound) : List.of();
    }

    /**
     * Tells whether some form may match at token {@code i}: only a number, a month, a weekday, the
     * first word of a relative phrase or a weekday modifier before a weekday starts one, so that
     * the other tokens, most of a text, are passed over at the cost of a test or two.
     */
    private boolean mayStartAt(int i) {
      return t.mayStartDate(i) || t.weekday(i + 1) != null && isWeekdayModifier(i);
    }

    /** "last", "next" or "this", which make a following weekday relative. */
    private boolean isWeekdayModifier(int i) {
      return t.isWord(i) && t.length(i) == 4 && (t.isWord(i, "last") || t.isWord(i, "next") || t.isWord(i, "this"));
    }

    /** Tries every form at token {@code i}; returns the token after a match, or -1. */
    private int matchAt(int i) {
      int next = weekdayAt(i);
      if (next < 0) {
        next = calendarMentionAt(i);
      }
      if (next < 0) {
        next = relativeAt(i);
      }
      if (next < 0) {
        next = cuedMonthOrYearAt(i);
      }
      return next;
    }

    private int weekdayAt(int i) {
      int w = i;
      Tense modifierTense = Tense.UNKNOWN;
      boolean modified = false;
      if (isWeekdayModifier(i) && weekday(i + 1) != null
          && weekday(i + 1).full() && !t.lineBreakBefore(i + 1)) {
        modified = true;
        modifierTense = t.isWord(i, "last") ? Tense.PAST : t.isWord(i, "next") ? Tense.FUTURE : Tense.UNKNOWN;
        w = i + 1;
      }
      TemporalLexicon.Name day = weekday(w);
      if (day == null) {
        return -1;
      }
      int k = w + 1;
      if (!day.full() && t.isPunct(k, '.') && t.adjacent(w, k)) {
        k++;
      }
      if (!modified) {
        boolean paren = t.isPunct(k, '(');
        int c = t.isPunct(k, ',') || paren ? k + 1 : k;
        Calendar calendar = sameLine(w, c) ? calendarAt(c) : null;
        if (calendar != null && calendar.day() != null) {
          int last = paren && t.isPunct(calendar.last() + 1, ')') ? calendar.last() + 1 : calendar.last();
          Calendar withDay = new Calendar(i, last, calendar.year(), calendar.month(), calendar.day(),
              calendar.dayEnd(), "date.weekday." + calendar.rule().substring("date.".length()));
          return emitCalendar(withDay, calendar.last());
        }
      }
      if (!day.full()) {
        return -1;
      }
      Tense tense = modifierTense != Tense.UNKNOWN ? modifierTense : tenses.around(t, i, w);
      emit(i, w, Optional.empty(), null, Granularity.WEEKDAY, true, tense,
          modified ? "date.weekday.relative" : "date.weekday");
      return w + 1;
    }

    private int calendarMentionAt(int i) {
      Calendar calendar = calendarAt(i);
      return calendar == null ? -1 : emitCalendar(calendar, calendar.last());
    }

    /**
     * Emits a calendar match. {@code dateLast} is the last token of the date itself, after which a
     * time of day may follow (the match may end later, at a closing bracket).
     */
    private int emitCalendar(Calendar c, int dateLast) {
      Tense context = tenses.around(t, c.first(), c.last());
      if (c.day() == null) {
        emit(c.first(), c.last(), Optional.empty(), null, Granularity.MONTH, false, context, c.rule());
        return c.last() + 1;
      }
      if (c.dayEnd() != null) {
        if (c.dayEnd() <= c.day() || !possible(c.year(), c.month(), c.dayEnd())) {
          return c.last() + 1; // not a date: its words are consumed, nothing is reported
        }
        emit(c.first(), c.last(), Optional.empty(), null, Granularity.RANGE, c.year() == null, context, c.rule());
        return c.last() + 1;
      }
      if (!possible(c.year(), c.month(), c.day())) {
        return c.last() + 1; // not a date: its words are consumed, nothing is reported
      }
      Optional<LocalDate> date;
      if (c.year() != null) {
        date = Optional.of(LocalDate.of(c.year(), c.month(), c.day()));
      } else if (reference.isPresent()) {
        date = YearInference.infer(c.month(), c.day(), reference.get(), context);
      } else {
        date = Optional.empty();
      }
      int last = c.last();
      Clock clock = null;
      if (date.isPresent() && last == dateLast) {
        clock = clockAfterDate(dateLast, c.rule().endsWith("iso"));
        if (clock != null) {
          last = clock.last();
        }
      }
      Tense tense = context != Tense.UNKNOWN ? context : tenseFromDate(date);
      emit(c.first(), last, date, clock, Granularity.DAY, c.year() == null, tense, c.rule());
      return last + 1;
    }

    private int relativeAt(int i) {
      TemporalLexicon.Word word = t.word(i);
      if (word == null) {
        return -1;
      }
      List<TemporalLexicon.Relative> relatives = word.relatives();
      for (int r = 0; r < relatives.size(); r++) {
        TemporalLexicon.Relative relative = relatives.get(r);
        List<String> words = relative.words();
        boolean matches = true;
        for (int k = 1; k < words.size() && matches; k++) {
          matches = t.isWord(i + k, words.get(k)) && !t.lineBreakBefore(i + k);
        }
        if (!matches) {
          continue;
        }
        int last = i + words.size() - 1;
        Optional<LocalDate> date = relative.offsetDays() != null && reference.isPresent()
            ? Optional.of(reference.get().plusDays(relative.offsetDays())) : Optional.empty();
        Tense tense = relative.tense() != Tense.UNKNOWN ? relative.tense() : tenses.around(t, i, last);
        emit(i, last, date, null, relative.granularity(), true, tense,
            relative.rule());
        return last + 1;
      }
      return -1;
    }

    private int cuedMonthOrYearAt(int i) {
      boolean cued = t.isDateCue(i - 1) && !t.lineBreakBefore(i);
      if (!cued) {
        return -1;
      }
      TemporalLexicon.Name month = month(i);
      if (month != null && month.full()) {
        emit(i, i, Optional.empty(), null, Granularity.MONTH, false, tenses.around(t, i, i), "date.month");
        return i + 1;
      }
      if (isYear(i) && t.value(i) >= 1900 && t.value(i) <= 2100 && !continuesNumber(i)) {
        emit(i, i, Optional.empty(), null, Granularity.YEAR, false, tenses.around(t, i, i), "date.year");
        return i + 1;
      }
      return -1;
    }

    /** Matches an ISO, month-first or day-first date at token {@code i}. */
    private Calendar calendarAt(int i) {
      Calendar calendar = isoAt(i);
      if (calendar == null) {
        calendar = monthFirstAt(i);
      }
      if (calendar == null) {
        calendar = dayFirstAt(i);
      }
      return calendar;
    }

    private Calendar isoAt(int i) {
      if (!isPlain(i, 4) || !dash(i, i + 1) || !isPlain(i + 2, 2) || !dash(i + 2, i + 3) || !isPlain(i + 4, 2)
          || dash(i + 4, i + 5) || t.isPunct(i - 1, '-') && t.adjacent(i - 1, i)) {
        return null;
      }
      int month = t.value(i + 2);
      if (month < 1 || month > 12) {
        return null;
      }
      return new Calendar(i, i + 4, t.value(i), month, t.value(i + 4), null, "date.iso");
    }

    private boolean dash(int a, int b) {
      return t.isPunct(b, '-') && t.adjacent(a, b) && t.adjacent(b, b + 1);
    }

    private Calendar monthFirstAt(int i) {
      TemporalLexicon.Name month = month(i);
      if (month == null) {
        return null;
      }
      int k = i + 1;
      if (!month.full() && t.isPunct(k, '.') && t.adjacent(i, k)) {
        k++;
      }
      if (isDay(k) && sameLine(i, k)) {
        int day = t.value(k);
        int last = k;
        Integer dayEnd = null;
        int rangeEnd = rangeEnd(k + 1);
        if (rangeEnd > 0 && month(rangeEnd + 1) == null) {
          dayEnd = t.value(rangeEnd);
          last = rangeEnd;
        }
        int y = t.isPunct(last + 1, ',') ? last + 2 : last + 1;
        Integer year = null;
        if (isYear(y) && sameLine(i, y) && !continuesNumber(y)) {
          year = t.value(y);
          last = y;
        }
        String rule = dayEnd != null ? "date.range.mdy" : year != null ? "date.absolute.mdy" : "date.day_month.mdy";
        return new Calendar(i, last, year, month.number(), day, dayEnd, rule);
      }
      if (isYear(k) && sameLine(i, k) && !continuesNumber(k)) {
        return new Calendar(i, k, t.value(k), month.number(), null, null, "date.month_year");
      }
      return null;
    }

    private Calendar dayFirstAt(int i) {
      if (!isDay(i)) {
        return null;
      }
      int k = i + 1;
      Integer dayEnd = null;
      int rangeEnd = rangeEnd(k);
      if (rangeEnd > 0) {
        dayEnd = t.value(rangeEnd);
        k = rangeEnd + 1;
      }
      if (t.isWord(k, "of")) {
        k++;
      }
      TemporalLexicon.Name month = month(k);
      if (month == null || !sameLine(i, k)) {
        return null;
      }
      int last = k;
      if (!month.full() && t.isPunct(k + 1, '.') && t.adjacent(k, k + 1)) {
        last = k + 1;
      }
      int y = t.isPunct(last + 1, ',') ? last + 2 : last + 1;
      Integer year = null;
      if (isYear(y) && sameLine(i, y) && !continuesNumber(y)) {
        year = t.value(y);
        last = y;
      }
      String rule = dayEnd != null ? "date.range.dmy" : year != null ? "date.absolute.dmy" : "date.day_month.dmy";
      return new Calendar(i, last, year, month.number(), t.value(i), dayEnd, rule);
    }

    /** Matches "- 16", "to 16", "through 16" at {@code k}; returns the index of the number, or -1. */
    private int rangeEnd(int k) {
      boolean joiner = t.isPunct(k, '-') || t.isWord(k, "to") || t.isWord(k, "through") || t.isWord(k, "until")
          || t.isWord(k, "till");
      return joiner && isDay(k + 1) && !t.lineBreakBefore(k) && !t.lineBreakBefore(k + 1) ? k + 1 : -1;
    }

    private Clock clockAfterDate(int dateLast, boolean iso) {
      int k = dateLast + 1;
      if (iso && t.isWord(k) && t.isLowerWord(k, "t") && t.adjacent(dateLast, k)) {
        return t.adjacent(k, k + 1) ? clockAt(k + 1, true) : null;
      }
      if (t.isPunct(k, ',') || t.isWord(k, "at") || t.isPunct(k, '-') || t.isPunct(k, '|')) {
        k++;
      }
      return sameLine(dateLast, k) ? clockAt(k, iso) : null;
    }

    private Clock clockAt(int j, boolean iso) {
      if (!t.isNumber(j) || t.digits(j) > 2 || !isPlain(j, t.digits(j))) {
        return null;
      }
      int hour = t.value(j);
      int minute = 0;
      int second = 0;
      int last = j;
      boolean colon = false;
      if (t.isPunct(j + 1, ':') && t.adjacent(j, j + 1) && isPlain(j + 2, 2) && t.adjacent(j + 1, j + 2)) {
        minute = t.value(j + 2);
        last = j + 2;
        colon = true;
        if (t.isPunct(last + 1, ':') && t.adjacent(last, last + 1) && isPlain(last + 2, 2)
            && t.adjacent(last + 1, last + 2)) {
          second = t.value(last + 2);
          last += 2;
        }
      }
      int meridiem = meridiemEnd(last + 1);
      if (!colon && meridiem < 0) {
        return null;
      }
      if (meridiem >= 0) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (t.isWord(last + 1, "p") || t.isWord(last + 1, "pm") ? 12 : 0);
        last = meridiem;
      }
      if (hour > 23 || minute > 59 || second > 59) {
        return null;
      }
      ZoneOffset offset = null;
      if (t.isPunct(last + 1, '.') && t.adjacent(last, last + 1) && t.isNumber(last + 2) && t.adjacent(last + 1,
          last + 2) && iso) {
        last += 2; // fraction of a second, not kept
      }
      if (t.isWord(last + 1) && (t.isLowerWord(last + 1, "gmt") || t.isLowerWord(last + 1, "utc"))
          && t.isCapitalised(last + 1) && sameLine(last, last + 1)) {
        offset = ZoneOffset.UTC;
        last++;
      } else if (iso && t.isWord(last + 1) && t.isLowerWord(last + 1, "z") && t.adjacent(last, last + 1)) {
        offset = ZoneOffset.UTC;
        last++;
      } else if (iso && (t.isPunct(last + 1, '+') || t.isPunct(last + 1, '-')) && t.adjacent(last, last + 1)) {
        int sign = t.isPunct(last + 1, '+') ? 1 : -1;
        int h = -1;
        int m = 0;
        int end = -1;
        if (isPlain(last + 2, 2) && t.isPunct(last + 3, ':') && isPlain(last + 4, 2)) {
          h = t.value(last + 2);
          m = t.value(last + 4);
          end = last + 4;
        } else if (isPlain(last + 2, 4)) {
          h = t.value(last + 2) / 100;
          m = t.value(last + 2) % 100;
          end = last + 2;
        }
        if (end > 0 && (h < 18 && m <= 59 || h == 18 && m == 0) && t.adjacent(last + 1, last + 2)) {
          offset = ZoneOffset.ofHoursMinutes(sign * h, sign * m);
          last = end;
        }
      }
      return new Clock(LocalTime.of(hour, minute, second), offset, last);
    }

    /** Matches "am", "PM", "a.m.", "p.m" at {@code j}; returns the last token, or -1. */
    private int meridiemEnd(int j) {
      if (t.isWord(j, "am") || t.isWord(j, "pm")) {
        return j;
      }
      if ((t.isWord(j, "a") || t.isWord(j, "p")) && t.isPunct(j + 1, '.') && t.adjacent(j, j + 1)
          && t.isWord(j + 2, "m") && t.adjacent(j + 1, j + 2)) {
        return t.isPunct(j + 3, '.') && t.adjacent(j + 2, j + 3) ? j + 3 : j + 2;
      }
      return -1;
    }

    private void emit(int first, int last, Optional<LocalDate> date, Clock clock, Granularity granularity,
        boolean relative, Tense tense, String rule) {
      Span span = Span.of(t.start(first), t.end(last));
      Optional<LocalTime> time = clock == null ? Optional.empty() : Optional.of(clock.time());
      Optional<ZoneOffset> offset = clock == null ? Optional.empty() : Optional.ofNullable(clock.offset());
      DateMention mention = new DateMention(span, text.substring(span.start(), span.end()), date, time, offset,
          granularity, relative, tense, rule);
      if (firstFound == null) {
        firstFound = mention;
      } else {
        if (found == null) {
          found = new ArrayList<>();
          found.add(firstFound);
        }
        found.add(mention);
      }
    }

    private Tense tenseFromDate(Optional<LocalDate> date) {
      if (date.isEmpty() || reference.isEmpty() || date.get().isEqual(reference.get())) {
        return Tense.UNKNOWN;
      }
      return date.get().isAfter(reference.get()) ? Tense.FUTURE : Tense.PAST;
    }

    private TemporalLexicon.Name month(int i) {
      TemporalLexicon.Name month = t.month(i);
      return month != null && t.isCapitalised(i) ? month : null;
    }

    private TemporalLexicon.Name weekday(int i) {
      TemporalLexicon.Name day = t.weekday(i);
      return day != null && t.isCapitalised(i) ? day : null;
    }

    /** A number of 1-2 digits between 1 and 31 that is not part of a larger number ("2.5"). */
    private boolean isDay(int i) {
      return t.isNumber(i) && t.digits(i) <= 2 && t.value(i) >= 1 && t.value(i) <= 31 && !continuesNumber(i);
    }

    private boolean isYear(int i) {
      return isPlain(i, 4) && t.value(i) >= 1000 && t.value(i) <= 2999;
    }

    /** A number token of exactly {@code digits} digits and no ordinal suffix. */
    private boolean isPlain(int i, int digits) {
      return t.isNumber(i) && t.digits(i) == digits && t.end(i) - t.start(i) == digits;
    }

    /** Tells whether a number token is glued to another by "." "," or ":" ("2.5", "1,000", "10:30"). */
    private boolean continuesNumber(int i) {
      boolean before = (t.isPunct(i - 1, '.') || t.isPunct(i - 1, ',') || t.isPunct(i - 1, ':'))
          && t.adjacent(i - 1, i) && t.isNumber(i - 2) && t.adjacent(i - 2, i - 1);
      boolean after = (t.isPunct(i + 1, '.') || t.isPunct(i + 1, ',') || t.isPunct(i + 1, ':'))
          && t.adjacent(i, i + 1) && t.isNumber(i + 2) && t.adjacent(i + 1, i + 2);
      return before || after;
    }

    private boolean sameLine(int from, int to) {
      for (int k = from + 1; k <= to && k < t.size(); k++) {
        if (t.lineBreakBefore(k)) {
          return false;
        }
      }
      return true;
    }

    /** Whether the date can exist: in that year, or (year unknown) in some year. */
    private boolean possible(Integer year, int month, int day) {
      int length = year != null ? YearMonth.of(year, month).lengthOfMonth() : YearMonth.of(2024, month).lengthOfMonth();
      return day >= 1 && day <= length;
    }
  }
}
