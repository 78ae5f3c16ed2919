package io.github.newsmodel.html;

import io.github.newsmodel.model.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a page address: {@code /2020/01/28/}, {@code /2020-01-28-},
 * {@code /20200128/}, {@code /28-01-2020}. Only complete dates count (a year and month alone say too little).
 * Stateless.
 */
final class UrlDates {
  private static final Pattern PATH_DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)\\d{2})([/_.-])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?![0-9])");
  private static final Pattern COMPACT_DATE = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
  private static final Pattern DAY_FIRST_DATE = Pattern.compile(
      "[/_-](0?[1-9]|[12]\\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\\d{2})(?:[/_.-]|$)");
  private static final int MAX_URL = 2048;

  private UrlDates() {}

  /**
   * Reads the date of an address.
   *
   * @param url the address
   * @return the date, or empty
   */
  static Optional<PublicationDate> date(String url) {
    if (url == null || url.isEmpty()) {
      return Optional.empty();
    }
    String path = url.length() > MAX_URL ? url.substring(0, MAX_URL) : url;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash);
    }
    Matcher m = PATH_DATE.matcher(path);
    while (m.find()) {
      if (!endsSegment(path, m.end(), m.group(2))) {
        continue;
      }
      Optional<PublicationDate> date = date(m.group(1), m.group(3), m.group(4));
      if (date.isPresent()) {
        return date;
      }
    }
    Matcher c = COMPACT_DATE.matcher(path);
    if (c.find()) {
      Optional<PublicationDate> date = date(c.group(1), c.group(2), c.group(3));
      if (date.isPresent()) {
        return date;
      }
    }
    Matcher d = DAY_FIRST_DATE.matcher(path);
    if (d.find()) {
      return date(d.group(3), d.group(2), d.group(1));
    }
    return Optional.empty();
  }

  /**
   * Tells whether a date in a path ends where a path segment may end: "/2020/01/28/" or
   * "/2020-01-28-slug", but not "/2020/10/3-fragen" (a slug that starts with a number).
   */
  private static boolean endsSegment(String path, int end, String separator) {
    if (end >= path.length()) {
      return true;
    }
    char next = path.charAt(end);
    if ("/".equals(separator)) {
      return next == '/' || next == '.' || next == '?' || next == '#';
    }
    return !Character.isLetterOrDigit(next);
  }

  private static Optional<PublicationDate> date(String year, String month, String day) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return date.getYear() >= DateText.MIN_YEAR ? Optional.of(PublicationDate.of(date)) : Optional.empty();
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
