package io.github.newsmodel.events;

import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.Granularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether two date expressions can describe the same event: "today" and "December 18, 2023" can
 * (when they resolve to the same day), "today" and "last month" cannot, nor "May 2023" and
 * "today". A week, a weekday or a vague word ("recently") is compatible with a day; so is a range.
 * Stateless.
 */
public final class DateAnchors {
  private DateAnchors() {}

  /**
   * Tells whether two optional date expressions can describe the same event.
   *
   * @param a one expression, or empty
   * @param b the other, or empty
   * @return true when either is empty or they agree
   */
  public static boolean compatible(Optional<DateMention> a, Optional<DateMention> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    DateMention x = a.get();
    DateMention y = b.get();
    if (x.date().isPresent() && y.date().isPresent()) {
      return x.date().get().equals(y.date().get());
    }
    if (x.date().isPresent() != y.date().isPresent()) {
      Granularity vague = x.date().isPresent() ? y.granularity() : x.granularity();
      return !coarse(vague);
    }
    if (coarse(x.granularity()) || coarse(y.granularity())
        || x.granularity() == Granularity.WEEKDAY && y.granularity() == Granularity.WEEKDAY) {
      return words(x).equals(words(y));
    }
    return true;
  }

  /**
   * Returns the year a date expression names: the year of its date, or a four-digit year among
   * its words ("May 2023", "in 1840").
   *
   * @param mention the expression
   * @return the year, or empty when it names none
   */
  public static OptionalInt year(DateMention mention) {
    if (mention.date().isPresent()) {
      return OptionalInt.of(mention.date().get().getYear());
    }
    String words = mention.words();
    for (int i = 0; i + 4 <= words.length(); i++) {
      boolean four = (i == 0 || !Character.isDigit(words.charAt(i - 1)))
          && (i + 4 == words.length() || !Character.isDigit(words.charAt(i + 4)));
      for (int k = i; k < i + 4 && four; k++) {
        four = words.charAt(k) >= '0' && words.charAt(k) <= '9';
      }
      if (four) {
        return OptionalInt.of(Integer.parseInt(words.substring(i, i + 4)));
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the date expressions that lie inside a range, found by binary search.
   *
   * @param sorted date expressions in text order, not overlapping
   * @param from inclusive start offset
   * @param to exclusive end offset
   * @return those with {@code from <= start} and {@code end <= to}, in order
   */
  public static List<DateMention> within(List<DateMention> sorted, int from, int to) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).span().start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<DateMention> found = null;
    for (int i = lo; i < sorted.size() && sorted.get(i).span().start() < to; i++) {
      if (sorted.get(i).span().end() <= to) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(sorted.get(i));
      }
    }
    return found == null ? List.of() : found;
  }

  private static boolean coarse(Granularity granularity) {
    return granularity == Granularity.MONTH || granularity == Granularity.YEAR;
  }

  private static String words(DateMention mention) {
    return mention.words().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
