package io.github.newsmodel.html;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a byline as found ("By Jane Doe | Updated 12 May 2020", "Von Max Muster, 12.05.2020")
 * into the author part ("Jane Doe", "Max Muster"), and rejects what is not an author: dates,
 * addresses, links, a lone "By", long text. Stateless.
 */
final class BylineCleaner {
  /** What separates the names of a byline list, compiled once. */
  static final Pattern NAME_SEPARATORS = Pattern.compile(",|&| und | and ");
  /** The longest byline accepted, in characters. */
  static final int MAX_LENGTH = 120;
  /** The most words accepted in a byline. */
  static final int MAX_WORDS = 14;
  /** The longest line read as a possible byline line. */
  static final int MAX_LINE = 120;

  private BylineCleaner() {}

  /**
   * Cleans a byline.
   *
   * @param raw the byline as found, white space normalised
   * @return the author part, or empty when nothing usable is left
   */
  static Optional<String> clean(String raw) {
    String s = Texts.normalize(raw);
    int lead = BylineCues.leadLength(s);
    if (lead == 0 && (DateCues.startsWithCue(s) || DateText.find(s, false).map(m -> m.start() == 0).orElse(false))) {
      int inner = BylineCues.innerStart(s);
      if (inner < 0) {
        return Optional.empty();
      }
      lead = inner;
    }
    s = s.substring(lead);
    int date = DateText.find(s, false).map(DateText.Match::start).orElse(s.length());
    int cut = s.length();
    s = s.substring(0, Math.min(date, BylineCues.authorEnd(s)));
    int colon = s.lastIndexOf(':');
    if (colon >= 0 && colon < s.length() - 1 && !s.contains("://")) {
      s = s.substring(colon + 1);
    }
    s = stripEdges(BylineCues.stripTails(stripEdges(s)));
    if (date < cut) {
      s = stripEdges(BylineCues.stripTails(withoutWeekday(s)));
    }
    if (!acceptable(s)) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** Drops a day name left at the end once a date is cut off ("SPÖ on Monday, February 7"). */
  private static String withoutWeekday(String s) {
    int space = s.lastIndexOf(' ');
    String last = s.substring(space + 1);
    return space > 0 && DateCues.isWeekday(last) ? s.substring(0, space) : s;
  }

  private static String stripEdges(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start)) && s.charAt(start) != '@') {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.'
        && s.charAt(end - 1) != ')') {
      end--;
    }
    String stripped = s.substring(start, end).strip();
    if (BylineCues.leadLength(stripped + " x") == stripped.length() + 1) {
      return "";
    }
    return stripped;
  }

  /**
   * Tells whether a cleaned string can be a byline.
   *
   * @param s the cleaned string
   * @return true when it has letters, is short, and is not a link, an e-mail address or a date
   */
  static boolean acceptable(String s) {
    if (s.isEmpty() || s.length() > MAX_LENGTH || Texts.words(s) > MAX_WORDS || !Texts.hasLetter(s)
        || Character.isDigit(s.charAt(0))) {
      return false;
    }
    String lower = Texts.lower(s);
    if (lower.startsWith("http") || lower.startsWith("www.") || lower.contains("://")) {
      return false;
    }
    if (s.indexOf('@') >= 0 && s.indexOf(' ') < 0) {
      return false;
    }
    if (DateCues.isCueOnly(s) || BylineCues.GENERIC.contains(lower)) {
      return false;
    }
    return DateText.find(s, false).isEmpty();
  }

  /**
   * Reads a byline from a plain text line that may hold one: "By Jane Doe", "Ein Artikel von Jane
   * Doe", "12.05.2020 13:30 von Jane Doe", "12.05.2020 | Jane Doe". The author part must look like
   * a name (up to five words, capitalised, no digits) unless the line starts with a lead word.
   *
   * @param line the line, white space normalised
   * @return the author, or empty when the line is not a byline
   */
  static Optional<String> fromLine(String line) {
    if (line.isEmpty() || line.length() > MAX_LINE) {
      return Optional.empty();
    }
    if (BylineCues.leadLength(line) > 0) {
      return clean(line).filter(BylineCleaner::nameLike);
    }
    int inner = BylineCues.innerStart(line);
    if (inner > 0) {
      String before = line.substring(0, inner - 1).strip();
      int lead = before.lastIndexOf(' ');
      String rest = lead < 0 ? "" : before.substring(0, lead).strip();
      boolean separated = !rest.isEmpty() && "|·•–—-/,".indexOf(rest.charAt(rest.length() - 1)) >= 0;
      if (separated || DateText.find(before, false).isPresent() || DateCues.startsWithCue(before)) {
        return clean(line.substring(inner)).filter(BylineCleaner::nameLike);
      }
    }
    Optional<DateText.Match> date = DateText.find(line, false);
    if (date.isPresent() && date.get().start() <= 2) {
      String rest = line.substring(date.get().end());
      int i = 0;
      boolean separated = false;
      while (i < rest.length()) {
        char c = rest.charAt(i);
        int word = wordEnd(rest, i);
        if (Character.isLetter(c) && !isTimeWord(rest.substring(i, word))) {
          break;
        }
        separated |= c == '|' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2022' || c == '\u00B7'
            || c == '/' || c == ',';
        i = Character.isLetter(c) ? word : i + 1;
      }
      if (!separated) {
        return Optional.empty();
      }
      String after = rest.substring(i);
      if (BylineCues.leadLength(after) == 0 && labelled(after)) {
        return Optional.empty();
      }
      return clean(after).filter(n -> nameLike(n) && Texts.words(n) >= 2 && fullNames(n));
    }
    return Optional.empty();
  }

  /** Tells whether a text opens with a label ("categories: News"): a colon before its first stop. */
  private static boolean labelled(String s) {
    int colon = s.indexOf(':');
    return colon > 0 && colon < BylineCues.authorEnd(s);
  }

  /**
   * Tells whether every name of a list ("Jane Doe, John Roe", "Jane Doe & John Roe") has two words
   * or more; lists of single words after a date are section names ("Python, Mercurial").
   */
  private static boolean fullNames(String names) {
    for (String name : NAME_SEPARATORS.split(names)) {
      if (Texts.words(name.strip()) < 2) {
        return false;
      }
    }
    return true;
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    return i;
  }

  /** Clock words after a date: "Uhr", "AM", "PM", zone abbreviations. */
  private static boolean isTimeWord(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.equalsIgnoreCase("uhr") || w.equalsIgnoreCase("h")) {
      return true;
    }
    if (w.length() > 4) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isUpperCase(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a string looks like a person's name: up to five words, the first and most others
   * capitalised (name particles such as "von" aside), no digits, colons or e-mail signs.
   *
   * @param s the string
   * @return true for a name-like string
   */
  static boolean nameLike(String s) {
    int words = Texts.words(s);
    if (words == 0 || words > 5 || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == ':' || c == '@' || c == '|') {
        return false;
      }
    }
    int lower = 0;
    for (String word : s.split(" ")) {
      if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !BylineCues.PARTICLES.contains(word)) {
        lower++;
      }
      int dot = word.indexOf('.');
      if (dot >= 0 && dot < word.length() - 1 && Character.isLetter(word.charAt(dot + 1))) {
        return false;
      }
    }
    return lower * 2 <= words + 1;
  }
}
