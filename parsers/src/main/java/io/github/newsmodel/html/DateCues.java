package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words that say which date a visible date line gives, from the lexicon {@code html-date-cues.tsv}:
 * publication ("Veröffentlicht am") or a later change ("Aktualisiert"). Read once per JVM.
 */
final class DateCues {
  private static final List<String> PUBLISHED = new ArrayList<>();
  private static final List<String> MODIFIED = new ArrayList<>();
  private static final List<String> WEEKDAYS = new ArrayList<>();

  static {
    for (String[] row : LexiconResource.rows("html-date-cues.tsv", 2)) {
      String phrase = MonthNames.fold(row[1]);
      switch (row[0]) {
        case "published" -> PUBLISHED.add(phrase);
        case "modified" -> MODIFIED.add(phrase);
        case "weekday" -> WEEKDAYS.add(phrase);
        default -> throw new IllegalStateException("html-date-cues.tsv: unknown kind " + row[0]);
      }
    }
  }

  private DateCues() {}

  /**
   * Tells whether the words just before a date mark it as a change date.
   *
   * @param before the text before the date (a line or attribute), any case
   * @return true when the nearest cue before the date is a modification cue
   */
  static boolean isModified(String before) {
    String folded = MonthNames.fold(before.toLowerCase(Locale.ROOT));
    int modified = lastWord(folded, MODIFIED);
    int published = lastWord(folded, PUBLISHED);
    return modified >= 0 && modified > published;
  }

  /**
   * Tells whether a text has a publication cue.
   *
   * @param text any text
   * @return true when a publication cue occurs as a word
   */
  static boolean hasPublished(String text) {
    return lastWord(MonthNames.fold(text.toLowerCase(Locale.ROOT)), PUBLISHED) >= 0;
  }

  /**
   * Tells whether a text starts with a date cue or a day name ("Posted", "Veröffentlicht",
   * "Donnerstag").
   *
   * @param text any text
   * @return true when the first word is a cue or day name
   */
  static boolean startsWithCue(String text) {
    String folded = MonthNames.fold(text.strip().toLowerCase(Locale.ROOT));
    for (List<String> phrases : List.of(PUBLISHED, MODIFIED, WEEKDAYS)) {
      for (String phrase : phrases) {
        if (folded.startsWith(phrase)
            && (folded.length() == phrase.length() || !Character.isLetter(folded.charAt(phrase.length())))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether a text is nothing but a date cue or a day name.
   *
   * @param text any text
   * @return true for "Posted", "Veröffentlicht", "Montag"
   */
  static boolean isCueOnly(String text) {
    String folded = Texts.fold(text);
    for (List<String> phrases : List.of(PUBLISHED, MODIFIED, WEEKDAYS)) {
      for (String phrase : phrases) {
        if (folded.equals(Texts.fold(phrase))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether a word is a day name ("Monday", "Donnerstag"), case and diacritics aside.
   *
   * @param word the word, without punctuation
   * @return true for a day name
   */
  static boolean isWeekday(String word) {
    return WEEKDAYS.contains(MonthNames.fold(word.toLowerCase(Locale.ROOT)));
  }

  private static int lastWord(String text, List<String> phrases) {
    int best = -1;
    for (String phrase : phrases) {
      int at = text.lastIndexOf(phrase);
      while (at >= 0) {
        boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int end = at + phrase.length();
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end));
        if (before && after) {
          best = Math.max(best, at);
          break;
        }
        at = at == 0 ? -1 : text.lastIndexOf(phrase, at - 1);
      }
    }
    return best;
  }
}
