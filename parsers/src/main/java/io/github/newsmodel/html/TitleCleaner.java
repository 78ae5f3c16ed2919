package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Removes site names from page titles: "Headline | Site", "Site - Headline",
 * "Headline – Section – site.example". A part goes when it equals a known site name or looks like
 * a domain; for document titles, which nearly always name the site, a short part before or after a
 * much longer one goes too, and of three or more parts the longest is kept.
 * Stateless.
 */
final class TitleCleaner {
  private static final String[] SEPARATORS = {" | ", " || ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ",
      " • ", " / ", " ~ ", " ‹ ", " › ", " -- "};

  private TitleCleaner() {}

  /**
   * Cleans a title.
   *
   * @param title the raw title, white space normalised
   * @param siteNames site names known for the page (folded or not)
   * @param guess whether a short trailing part may be removed as a site name even when no known
   *     name matches it (for the document title, which usually ends with the site name)
   * @return the title without site-name parts; the title itself when nothing is removed
   */
  static String clean(String title, Collection<String> siteNames, boolean guess) {
    List<String> parts = new ArrayList<>();
    for (String part : split(title)) {
      parts.addAll(splitWeak(part, siteNames));
    }
    if (parts.size() < 2) {
      return title;
    }
    List<String> folded = new ArrayList<>();
    for (String name : siteNames) {
      if (!name.isBlank()) {
        folded.add(Texts.fold(name));
      }
    }
    List<String> kept = new ArrayList<>();
    boolean removed = false;
    for (String part : parts) {
      if (isSiteName(part, folded)) {
        removed = true;
      } else {
        kept.add(part);
      }
    }
    if (kept.isEmpty()) {
      return title;
    }
    if (guess && kept.size() >= 3) {
      String longest = kept.get(0);
      for (String part : kept) {
        if (part.length() > longest.length()) {
          longest = part;
        }
      }
      return longest;
    }
    if (guess && kept.size() == 2) {
      String first = kept.get(0);
      String last = kept.get(1);
      if (!removed && Texts.words(last) <= 4 && last.length() < first.length()) {
        kept.remove(1);
      } else if (Texts.words(first) <= 3 && first.length() * 2 < last.length()) {
        kept.remove(0);
      }
    }
    return join(title, kept);
  }

  /**
   * Splits at a colon with spaces around it (" : "), which some sites put before or after their
   * name; only when one side is a known site name, since French titles use the same spacing.
   */
  private static List<String> splitWeak(String title, Collection<String> siteNames) {
    int at = title.lastIndexOf(" : ");
    if (at < 0) {
      return List.of(title);
    }
    String before = title.substring(0, at).strip();
    String after = title.substring(at + 3).strip();
    for (String name : siteNames) {
      String folded = Texts.fold(name);
      if (!folded.isEmpty() && (Texts.fold(after).equals(folded) || Texts.fold(before).equals(folded))) {
        return List.of(before, after);
      }
    }
    return List.of(title);
  }

  /**
   * Splits a title at its site-name separators (" | ", " - ", " – ", " » " and the like).
   *
   * @param title the title, white space normalised
   * @return its parts, stripped, without empty ones; the title alone when it has no separator
   */
  static List<String> parts(String title) {
    return split(title);
  }

  /** Splits at the separators that occur in the title, keeping the separator of each join. */
  private static List<String> split(String title) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < title.length()) {
      String separator = separatorAt(title, i);
      if (separator != null) {
        parts.add(title.substring(start, i).strip());
        i += separator.length();
        start = i;
      } else {
        i++;
      }
    }
    parts.add(title.substring(start).strip());
    parts.removeIf(String::isEmpty);
    return parts;
  }

  private static String separatorAt(String title, int i) {
    if (title.charAt(i) != ' ') {
      return null;
    }
    for (String separator : SEPARATORS) {
      if (title.startsWith(separator, i)) {
        return separator;
      }
    }
    return null;
  }

  /** Joins kept parts with the separators they had in the title. */
  private static String join(String title, List<String> kept) {
    if (kept.size() == 1) {
      return kept.get(0);
    }
    int from = title.indexOf(kept.get(0));
    String last = kept.get(kept.size() - 1);
    int to = title.lastIndexOf(last);
    if (from >= 0 && to >= from) {
      return title.substring(from, to + last.length());
    }
    return String.join(" - ", kept);
  }

  private static boolean isSiteName(String part, List<String> siteNames) {
    String folded = Texts.fold(part);
    for (String name : siteNames) {
      if (folded.equals(name) || (!name.isEmpty() && Texts.fold(name.replace(" ", "")).equals(folded.replace(" ", "")))) {
        return true;
      }
    }
    return looksLikeDomain(part);
  }

  /**
   * Tells whether a string is a host name ("example.com", "www.example.co.uk").
   *
   * @param s the string
   * @return true for a domain-like string
   */
  static boolean looksLikeDomain(String s) {
    if (s.indexOf(' ') >= 0 || s.length() < 4) {
      return false;
    }
    int dot = s.lastIndexOf('.');
    if (dot <= 0 || dot > s.length() - 3) {
      return false;
    }
    for (int i = dot + 1; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
