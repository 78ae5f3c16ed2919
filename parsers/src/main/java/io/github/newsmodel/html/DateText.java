package io.github.newsmodel.html;

import io.github.newsmodel.model.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates written in markup values and in visible text: ISO 8601 with optional time and
 * offset ({@code 2020-01-28T10:15:00+01:00}), numeric day-month-year ({@code 28.01.2020},
 * {@code 28/01/2020}, {@code 28.01.20}; month-day-year for English slash dates), and dates with month names in the
 * languages of {@link MonthNames} ({@code 28. Januar 2020}, {@code January 28, 2020},
 * {@code 28 de enero de 2020}), CJK dates ({@code 2020年1月28日}). Every pattern has bounded
 * repetition, so matching is linear in the input. Stateless and thread-safe.
 */
final class DateText {
  /** The earliest year accepted as a publication date. */
  static final int MIN_YEAR = 1990;
  /** The latest year accepted as a publication date. */
  static final int MAX_YEAR = 2100;

  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"
          + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{4}|\\d{2})(?![\\d.]\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?[\\s\\-]{0,3}(?:de\\s{1,3})?(\\p{L}{3,12})\\.?,?"
          + "[\\s\\-]{0,3}(?:de\\s{1,3}|del\\s{1,3})?(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,12})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{0,3}(\\d{4})(?!\\d)");
  private static final Pattern CJK = Pattern.compile("(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日");
  private static final Pattern TIME = Pattern.compile(
      "\\G(?:,|\\s|um|at|à|a las|-|–|\\||/){0,4}?(\\d{1,2})[:h](\\d{2})(?!\\d)");

  /** A date found in a string, with where it was found. */
  record Match(PublicationDate date, int start, int end) {}

  private DateText() {}

  /**
   * Reads a markup value that should hold one date (an attribute, a JSON-LD property).
   *
   * @param value the value
   * @param monthFirst whether ambiguous numeric dates are month-first
   * @return the date, or empty when the value holds none
   */
  static Optional<PublicationDate> parseValue(String value, boolean monthFirst) {
    return find(value, monthFirst).map(Match::date);
  }

  /**
   * Finds the first date in a text.
   *
   * @param text the text
   * @param monthFirst whether ambiguous numeric dates are month-first (US English)
   * @return the earliest date in the text, or empty
   */
  static Optional<Match> find(String text, boolean monthFirst) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String input = text.length() > 4000 ? text.substring(0, 4000) : text;
    if (!hasDigit(input)) {
      return Optional.empty();
    }
    Match best = null;
    best = earlier(best, iso(input));
    best = earlier(best, numeric(input, monthFirst));
    best = earlier(best, dayMonth(input));
    best = earlier(best, monthDay(input));
    best = earlier(best, cjk(input));
    return Optional.ofNullable(best);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static Match earlier(Match best, Match candidate) {
    if (candidate == null) {
      return best;
    }
    if (best == null || candidate.start() < best.start()
        || (candidate.start() == best.start() && candidate.end() > best.end())) {
      return candidate;
    }
    return best;
  }

  private static Match iso(String text) {
    Matcher m = ISO.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
      LocalDate date = date(num(m.group(1)), num(m.group(3)), num(m.group(4)));
      if (date == null) {
        continue;
      }
      if (m.group(5) == null) {
        return new Match(PublicationDate.of(date), m.start(), m.end());
      }
      LocalTime time = time(num(m.group(5)), num(m.group(6)), m.group(7) == null ? 0 : num(m.group(7)));
      if (time == null) {
        return new Match(PublicationDate.of(date), m.start(), m.end(4));
      }
      ZoneOffset offset = offset(m.group(8));
      LocalDateTime local = LocalDateTime.of(date, time);
      PublicationDate found = offset == null ? PublicationDate.of(local)
          : PublicationDate.of(OffsetDateTime.of(local, offset));
      return new Match(found, m.start(), m.end());
    }
    return null;
  }

  private static Match numeric(String text, boolean monthFirst) {
    Matcher m = NUMERIC.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
      String separator = m.group(2);
      String yearText = m.group(4);
      if (yearText.length() == 2 && (!".".equals(separator) || m.group(1).length() < 2 || m.group(3).length() < 2)) {
        continue;
      }
      int year = num(yearText);
      if (yearText.length() == 2) {
        year += year < 80 ? 2000 : 1900;
      }
      int first = num(m.group(1));
      int second = num(m.group(3));
      boolean usOrder = first <= 12 && (second > 12 || (monthFirst && "/".equals(separator)));
      LocalDate date = usOrder ? date(year, first, second) : date(year, second, first);
      if (date != null) {
        return withTime(text, date, m.start(), m.end());
      }
    }
    return null;
  }

  private static Match dayMonth(String text) {
    Matcher m = DAY_MONTH.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
      OptionalInt month = MonthNames.month(m.group(2));
      if (month.isEmpty()) {
        continue;
      }
      LocalDate date = date(num(m.group(3)), month.getAsInt(), num(m.group(1)));
      if (date != null) {
        return withTime(text, date, m.start(), m.end());
      }
    }
    return null;
  }

  private static Match monthDay(String text) {
    Matcher m = MONTH_DAY.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
      OptionalInt month = MonthNames.month(m.group(1));
      if (month.isEmpty()) {
        continue;
      }
      LocalDate date = date(num(m.group(3)), month.getAsInt(), num(m.group(2)));
      if (date != null) {
        return withTime(text, date, m.start(), m.end());
      }
    }
    return null;
  }

  private static Match cjk(String text) {
    Matcher m = CJK.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
      LocalDate date = date(num(m.group(1)), num(m.group(2)), num(m.group(3)));
      if (date != null) {
        return new Match(PublicationDate.of(date), m.start(), m.end());
      }
    }
    return null;
  }

  /** Adds a clock time written right after a date ("28.01.2020, 10:15", "Jan 28, 2020 at 10:15"). */
  private static Match withTime(String text, LocalDate date, int start, int end) {
    Matcher t = TIME.matcher(text);
    t.region(end, Math.min(text.length(), end + 24));
    if (t.find()) {
      LocalTime time = time(num(t.group(1)), num(t.group(2)), 0);
      if (time != null) {
        return new Match(PublicationDate.of(LocalDateTime.of(date, time)), start, t.end());
      }
    }
    return new Match(PublicationDate.of(date), start, end);
  }

  private static int num(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length() && i < 9; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalTime time(int hour, int minute, int second) {
    try {
      return LocalTime.of(hour, minute, second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if ("Z".equals(text)) {
      return ZoneOffset.UTC;
    }
    String digits = text.replace(":", "");
    try {
      int hours = num(digits.substring(1, 3));
      int minutes = digits.length() >= 5 ? num(digits.substring(3, 5)) : 0;
      int sign = digits.charAt(0) == '-' ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return null;
    }
  }
}
