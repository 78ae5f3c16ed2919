package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises short lines inside an article container that are not article text, from the lexicon
 * {@code boilerplate-lines.tsv}: related-content and sharing labels ("Mehr zum Thema", "Share"),
 * tag and category lines, promotions and notices ("Subscribe to our newsletter"), and picture
 * credits ("Foto: ...", "Augusta National/Getty Images"). Read once per JVM; stateless.
 */
final class BoilerplateLines {
  /** What a line is. */
  enum Kind {
    /** Article text. */
    TEXT,
    /** Not article text: left out. */
    BOILERPLATE,
    /** A picture credit or source line: kept as a credit, not as body. */
    CREDIT
  }

  private static final int MAX_LABEL = 60;
  private static final int MAX_CONTAINS = 160;
  private static final int MAX_CREDIT = 150;
  private static final int MAX_PREFIX = 250;
  private static final int MAX_AGENCY = 80;

  private static final Set<String> LABELS = new HashSet<>();
  private static final List<String> PREFIXES = new ArrayList<>();
  private static final List<String> CONTAINS = new ArrayList<>();
  private static final List<String> CREDITS = new ArrayList<>();
  private static final List<String> AGENCIES = new ArrayList<>();

  static {
    for (String[] row : LexiconResource.rows("boilerplate-lines.tsv", 2)) {
      String phrase = MonthNames.fold(row[1]);
      switch (row[0]) {
        case "label" -> LABELS.add(Texts.fold(phrase));
        case "prefix" -> PREFIXES.add(phrase);
        case "contains" -> CONTAINS.add(phrase);
        case "credit" -> CREDITS.add(phrase);
        case "agency" -> AGENCIES.add(phrase);
        default -> throw new IllegalStateException("boilerplate-lines.tsv: unknown kind " + row[0]);
      }
    }
  }

  private BoilerplateLines() {}

  /**
   * Classifies a line.
   *
   * @param line the line
   * @return what it is
   */
  static Kind classify(String line) {
    if (line.length() > MAX_PREFIX) {
      return Kind.TEXT;
    }
    String folded = MonthNames.fold(line.strip());
    if (line.length() <= MAX_LABEL && LABELS.contains(Texts.fold(folded))) {
      return Kind.BOILERPLATE;
    }
    for (String prefix : PREFIXES) {
      if (startsWithWord(folded, prefix)) {
        return Kind.BOILERPLATE;
      }
    }
    if (line.length() <= MAX_CREDIT) {
      for (String credit : CREDITS) {
        if (startsWithWord(folded, credit)) {
          return Kind.CREDIT;
        }
      }
    }
    if (line.length() <= MAX_AGENCY) {
      for (String agency : AGENCIES) {
        if (containsWord(folded, agency) && endsWord(folded, agency)) {
          return Kind.CREDIT;
        }
      }
    }
    if (line.length() <= MAX_CONTAINS) {
      for (String phrase : CONTAINS) {
        if (containsWord(folded, phrase)) {
          return Kind.BOILERPLATE;
        }
      }
    }
    return Kind.TEXT;
  }

  private static boolean startsWithWord(String text, String phrase) {
    if (!text.startsWith(phrase)) {
      return false;
    }
    int end = phrase.length();
    return end >= text.length() || !Character.isLetterOrDigit(phrase.charAt(end - 1))
        || !Character.isLetterOrDigit(text.charAt(end));
  }

  /** Whether some occurrence of the phrase ends at a word boundary ("dpa" but not "dpad"). */
  private static boolean endsWord(String text, String phrase) {
    int at = text.indexOf(phrase);
    while (at >= 0) {
      int end = at + phrase.length();
      if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
        return true;
      }
      at = text.indexOf(phrase, at + 1);
    }
    return false;
  }

  /** Whether the phrase occurs at the start of a word (so "subscribe" finds "subscribed"). */
  private static boolean containsWord(String text, String phrase) {
    int at = text.indexOf(phrase);
    while (at >= 0) {
      int end = at + phrase.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
          || !Character.isLetterOrDigit(phrase.charAt(0));
      if (before && end <= text.length()) {
        return true;
      }
      at = text.indexOf(phrase, at + 1);
    }
    return false;
  }
}
