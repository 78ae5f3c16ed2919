package io.github.newsmodel.temporal;

import io.github.newsmodel.text.TextSpans;
import java.util.Arrays;
import java.util.Locale;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The date normaliser as it was before its lookups were restructured for speed, kept to pin
 * behaviour: every lexicon lookup here copies the word and lower-cases it. Tests only.
 *
 * <p>This is a differential oracle for the fast scanner, not a second implementation to keep in
 * step: when the date rules change on purpose, change {@link DateNormalizer} and delete this
 * class and {@code DateNormalizerReferenceTest} rather than editing both.
 */
final class ReferenceDateNormalizer {
  private static final ReferenceDateNormalizer INSTANCE = new ReferenceDateNormalizer(TemporalLexicon.instance());

  private final TemporalLexicon lexicon;
  private final ReferenceTenses tenses;

  private ReferenceDateNormalizer(TemporalLexicon lexicon) {
    this.lexicon = lexicon;
    this.tenses = new ReferenceTenses(lexicon);
  }

  /**
   * Returns the shared normaliser.
   *
   * @return the normaliser
   */
  static ReferenceDateNormalizer instance() {
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
    ReferenceTokens tokens = new ReferenceTokens(MatchText.fold(text.substring(start, end)), start);
    return new Scan(text, tokens, reference).run();
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
    ReferenceTokens tokens = new ReferenceTokens(MatchText.fold(text.substring(timeSpan.start(), timeSpan.end())),
        timeSpan.start());
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

  /** One search: the tokens, the reference date and the mentions found so far. */
  private final class Scan {
    private final String text;
    private final ReferenceTokens t;
    private final Optional<LocalDate> reference;
    private final List<DateMention> found = new ArrayList<>();

    Scan(String text, ReferenceTokens tokens, Optional<LocalDate> reference) {
      this.text = text;
      this.t = tokens;
      this.reference = reference;
    }

    List<DateMention> run() {
      int i = 0;
      while (i < t.size()) {
        int next = matchAt(i);
        i = next > i ? next : i + 1;
      }
      return List.copyOf(found);
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
      if ((t.isWord(i, "last") || t.isWord(i, "next") || t.isWord(i, "this")) && weekday(i + 1) != null
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
      for (TemporalLexicon.Relative relative : lexicon.relativesStartingWith(t.lower(i))) {
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
            "date.relative." + String.join("_", words));
        return last + 1;
      }
      return -1;
    }

    private int cuedMonthOrYearAt(int i) {
      boolean cued = t.isWord(i - 1) && lexicon.isDateCue(t.lower(i - 1)) && !t.lineBreakBefore(i);
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
      found.add(new DateMention(span, text.substring(span.start(), span.end()), date, time, offset, granularity,
          relative, tense, rule));
    }

    private Tense tenseFromDate(Optional<LocalDate> date) {
      if (date.isEmpty() || reference.isEmpty() || date.get().isEqual(reference.get())) {
        return Tense.UNKNOWN;
      }
      return date.get().isAfter(reference.get()) ? Tense.FUTURE : Tense.PAST;
    }

    private TemporalLexicon.Name month(int i) {
      return t.isCapitalised(i) ? lexicon.month(t.lower(i)).orElse(null) : null;
    }

    private TemporalLexicon.Name weekday(int i) {
      return t.isCapitalised(i) ? lexicon.weekday(t.lower(i)).orElse(null) : null;
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

  /**
   * The tokens of a folded text region, as parallel arrays: words (letter runs), numbers (digit
   * runs, with an ordinal suffix such as "18th" absorbed) and single punctuation characters.
   * Whitespace separates tokens; a line break is remembered on the token after it, so that no date
   * expression spans two lines. Built in one linear pass; not thread-safe (one per search).
   */
  static final class ReferenceTokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte PUNCT = 2;

    /** Words longer than this are never date words, and are not looked up. */
    static final int MAX_WORD = 24;

    private final String folded;
    private final int base;
    private int size;
    private byte[] kinds;
    private int[] starts;
    private int[] ends;
    private int[] digitCounts;
    private boolean[] breakBefore;

    /**
     * Tokenises a folded region.
     *
     * @param folded the folded region (see {@code MatchText.fold})
     * @param base the offset of the region in the whole text, added to every token position
     */
    ReferenceTokens(String folded, int base) {
      this.folded = folded;
      this.base = base;
      int n = folded.length();
      int capacity = Math.min(64, n / 2 + 4);
      kinds = new byte[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      digitCounts = new int[capacity];
      breakBefore = new boolean[capacity];
      boolean lineBreak = false;
      int i = 0;
      while (i < n) {
        char c = folded.charAt(i);
        if (c == '\n') {
          lineBreak = true;
          i++;
        } else if (TextSpans.isSpace(c)) {
          i++;
        } else if (isAsciiDigit(c)) {
          int s = i;
          while (i < n && isAsciiDigit(folded.charAt(i))) {
            i++;
          }
          int digits = i - s;
          if (i + 1 < n && isOrdinalSuffix(folded.charAt(i), folded.charAt(i + 1))
              && (i + 2 >= n || !Character.isLetter(folded.charAt(i + 2)))) {
            i += 2;
          }
          add(NUMBER, s, i, digits, lineBreak);
          lineBreak = false;
        } else if (Character.isLetter(c)) {
          int s = i;
          while (i < n && Character.isLetter(folded.charAt(i))) {
            i++;
          }
          add(WORD, s, i, 0, lineBreak);
          lineBreak = false;
        } else {
          add(PUNCT, i, i + 1, 0, lineBreak);
          lineBreak = false;
          i++;
        }
      }
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isOrdinalSuffix(char a, char b) {
      char x = asciiLower(a);
      char y = asciiLower(b);
      return x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h';
    }

    /** Lower-cases an ASCII letter; beyond ASCII no character lower-cases to one of "stndrh". */
    private static char asciiLower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private void add(byte kind, int start, int end, int digits, boolean lineBreak) {
      if (size == kinds.length) {
        int capacity = size * 2;
        kinds = Arrays.copyOf(kinds, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        digitCounts = Arrays.copyOf(digitCounts, capacity);
        breakBefore = Arrays.copyOf(breakBefore, capacity);
      }
      kinds[size] = kind;
      starts[size] = start;
      ends[size] = end;
      digitCounts[size] = digits;
      breakBefore[size] = lineBreak;
      size++;
    }

    int size() {
      return size;
    }

    boolean isWord(int i) {
      return i >= 0 && i < size && kinds[i] == WORD;
    }

    boolean isNumber(int i) {
      return i >= 0 && i < size && kinds[i] == NUMBER;
    }

    /** Tells whether token {@code i} is the punctuation character {@code c}. */
    boolean isPunct(int i, char c) {
      return i >= 0 && i < size && kinds[i] == PUNCT && folded.charAt(starts[i]) == c;
    }

    /** Tells whether token {@code i} is the word {@code lower}, in any case. */
    boolean isWord(int i, String lower) {
      return isWord(i) && ends[i] - starts[i] == lower.length() && folded.regionMatches(true, starts[i], lower, 0,
          lower.length());
    }

    /** The word in lower case (root locale), or "" for non-words and overlong words. */
    String lower(int i) {
      return isWord(i) && ends[i] - starts[i] <= MAX_WORD
          ? folded.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT) : "";
    }

    /** Tells whether a word token, in lower case, is the given word, without copying the token. */
    boolean isLowerWord(int i, String lowerWord) {
      return isWord(i) && lower(i).equals(lowerWord);
    }

    /** Tells whether token {@code i}, as written, ends with a suffix. */
    boolean endsWith(int i, String suffix) {
      int from = ends[i] - suffix.length();
      return from >= starts[i] && folded.startsWith(suffix, from);
    }

    /** Returns the length of token {@code i}. */
    int length(int i) {
      return ends[i] - starts[i];
    }

    /**
     * Tells whether a word is written as a proper name: capitalised ("May") or all capitals ("MAY"),
     * never all lower case.
     */
    boolean isCapitalised(int i) {
      if (!isWord(i) || !Character.isUpperCase(folded.charAt(starts[i]))) {
        return false;
      }
      boolean allUpper = true;
      boolean restLower = true;
      for (int k = starts[i] + 1; k < ends[i]; k++) {
        char c = folded.charAt(k);
        allUpper &= Character.isUpperCase(c);
        restLower &= Character.isLowerCase(c);
      }
      return allUpper || restLower;
    }

    /** Tells whether a word is all lower case. */
    boolean isLowerCase(int i) {
      if (!isWord(i)) {
        return false;
      }
      for (int k = starts[i]; k < ends[i]; k++) {
        if (!Character.isLowerCase(folded.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** Returns the number of digits of a number token (0 for other tokens). */
    int digits(int i) {
      return isNumber(i) ? digitCounts[i] : 0;
    }

    /** Returns the value of a number token of at most 9 digits, else -1. */
    int value(int i) {
      if (!isNumber(i) || digitCounts[i] > 9) {
        return -1;
      }
      return Integer.parseInt(folded, starts[i], starts[i] + digitCounts[i], 10);
    }

    /** Tells whether token {@code j} directly follows token {@code i}, with nothing between. */
    boolean adjacent(int i, int j) {
      return i >= 0 && j < size && j == i + 1 && ends[i] == starts[j];
    }

    /** Tells whether a line break precedes token {@code i}. */
    boolean lineBreakBefore(int i) {
      return i < size && breakBefore[i];
    }

    /** Returns the start of token {@code i} in the whole text. */
    int start(int i) {
      return base + starts[i];
    }

    /** Returns the end of token {@code i} in the whole text. */
    int end(int i) {
      return base + ends[i];
    }
  }

  /**
   * Reads the tense hint of a date expression from its clause: the nearest tense cue word before it
   * ({@code tense-cues.tsv}: "will", "was", "met", ...), else the nearest one after it, where a
   * lower-case word ending in "ed" that is not a listed cue counts as past. The clause ends at
   * sentence punctuation, a semicolon or a line break; at most a few words are read each way, so the
   * cost per expression is bounded. Stateless.
   */
  static final class ReferenceTenses {
    private static final int WORDS_BEFORE = 12;
    private static final int WORDS_AFTER = 8;
    /** Tokens looked at on each side at most, words or not, so that runs of numbers or punctuation stay cheap. */
    private static final int MAX_STEPS = 40;

    private final TemporalLexicon lexicon;

    ReferenceTenses(TemporalLexicon lexicon) {
      this.lexicon = lexicon;
    }

    /**
     * Returns the tense hint of the expression spanning tokens {@code [first, last]}.
     *
     * @param tokens the tokens
     * @param first the first token of the expression
     * @param last the last token of the expression
     * @return the tense, or {@link Tense#UNKNOWN}
     */
    Tense around(ReferenceTokens tokens, int first, int last) {
      int seen = 0;
      int steps = 0;
      for (int i = first - 1; i >= 0 && seen < WORDS_BEFORE && steps++ < MAX_STEPS; i--) {
        if (endsClause(tokens, i) || tokens.lineBreakBefore(i + 1)) {
          break;
        }
        if (tokens.isWord(i)) {
          seen++;
          Optional<Tense> tense = cue(tokens, i);
          if (tense.isPresent()) {
            return tense.get();
          }
        }
      }
      seen = 0;
      steps = 0;
      for (int i = last + 1; i < tokens.size() && seen < WORDS_AFTER && steps++ < MAX_STEPS; i++) {
        if (endsClause(tokens, i) || tokens.lineBreakBefore(i)) {
          break;
        }
        if (tokens.isWord(i)) {
          seen++;
          Optional<Tense> tense = cue(tokens, i);
          if (tense.isPresent()) {
            return tense.get();
          }
        }
      }
      return Tense.UNKNOWN;
    }

    private Optional<Tense> cue(ReferenceTokens tokens, int i) {
      Tense listed = lexicon.tenseCue(tokens.lower(i)).orElse(null);
      if (listed != null) {
        return Optional.of(listed);
      }
      // A word in lower case is its own lower-case form: "...ed" of five letters or more.
      int length = tokens.length(i);
      if (tokens.isLowerCase(i) && length >= 5 && length <= ReferenceTokens.MAX_WORD && tokens.endsWith(i, "ed")) {
        return Optional.of(Tense.PAST);
      }
      return Optional.empty();
    }

    private static boolean endsClause(ReferenceTokens tokens, int i) {
      return tokens.isPunct(i, '.') && !tokens.isWord(i - 1) || tokens.isPunct(i, '!') || tokens.isPunct(i, '?')
          || tokens.isPunct(i, ';') || tokens.isPunct(i, '.') && tokens.isWord(i - 1) && !tokens.isCapitalised(i - 1);
    }
  }
}
