package io.github.newsmodel.dossier;

import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.Span;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Finds the weekday names ("Thursday") in the sentences that hold a meeting's evidence, so that a
 * report which dates a meeting only by its weekday (a date the contract leaves {@code null}) can
 * still be checked against another report's calendar date. Weekday names are the JDK's English
 * ones, matched as whole, capitalised words. Stateless and thread-safe.
 */
final class WeekdayMentions {
  /** The rule named in the evidence of a weekday mention. */
  static final String RULE = "dossier.meeting.weekday";
  private static final double CONFIDENCE = 0.6;

  private WeekdayMentions() {}

  /**
   * A weekday named near a meeting's evidence.
   *
   * @param day the weekday
   * @param evidence the evidence of the word, with field {@code /date}
   */
  record Mention(DayOfWeek day, Evidence evidence) {}

  /**
   * Finds the weekday names in the sentences that overlap the meeting's evidence spans.
   *
   * @param text the document text
   * @param sentences the document's sentence spans, in order
   * @param meeting the meeting
   * @return the mentions, in text order, each position once
   */
  static List<Mention> find(String text, List<Span> sentences, Meeting meeting) {
    TreeSet<Integer> sentenceIndexes = new TreeSet<>();
    for (Evidence evidence : meeting.evidence()) {
      evidence.span().ifPresent(span -> {
        for (int i = 0; i < sentences.size(); i++) {
          Span sentence = sentences.get(i);
          if (sentence.overlaps(span) || (span.length() == 0 && sentence.contains(span))) {
            sentenceIndexes.add(i);
          }
        }
      });
    }
    List<Mention> mentions = new ArrayList<>();
    for (int index : sentenceIndexes) {
      Span sentence = sentences.get(index);
      for (int at = sentence.start(); at < sentence.end(); at++) {
        DayOfWeek day = weekdayAt(text, at, sentence.end());
        if (day != null) {
          int end = at + name(day).length();
          mentions.add(new Mention(day, Evidences.inText("/date", text, at, end, RULE, CONFIDENCE)));
          at = end - 1;
        }
      }
    }
    return mentions;
  }

  /**
   * Returns the English name of a weekday.
   *
   * @param day the weekday
   * @return its name, such as {@code Thursday}
   */
  static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static DayOfWeek weekdayAt(String text, int at, int limit) {
    if (!Character.isUpperCase(text.charAt(at)) || (at > 0 && Character.isLetter(text.charAt(at - 1)))) {
      return null;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = name(day);
      int end = at + name.length();
      if (end <= limit && text.startsWith(name, at) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return day;
      }
    }
    return null;
  }
}
