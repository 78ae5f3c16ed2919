package io.github.newsmodel.structure;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads lines that consist of a date: "July 22, 2021", "5 August 2024", "Posted on Dec. 8, 2025
 * 12:48 p.m.", "Last updated on 3 May 2024", and, at the foot of an article, a date followed by a
 * view counter ("Dec. 8, 2025 12:48 p.m. 403"). The date must be a whole calendar day; an optional
 * cue ({@code date-line-cues.tsv}) may precede it, and only a few short tokens (time-zone
 * abbreviations, numbers and counter words) may follow. Stateless.
 */
final class DateLineReader {
  /** Lines longer than this are never date lines. */
  static final int MAX_LENGTH = 120;

  private final StructureLexicon lexicon;

  DateLineReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A date line.
   *
   * @param mention the date expression
   * @param updated whether a cue marks the date as a revision ("Last updated on")
   */
  record DateLine(DateMention mention, boolean updated) {}

  /**
   * Reads a line as a date line.
   *
   * @param text the document text
   * @param line the line
   * @param reference the reference date for a day and month without year, if known
   * @param counterAllowed whether trailing view counters are allowed (foot of the article)
   * @return the date line, or empty when the line is something else
   */
  Optional<DateLine> read(String text, TextLine line, Optional<LocalDate> reference, boolean counterAllowed) {
    if (line.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    // The line is read in place in the folded text: no copy of it.
    String folded = line.foldedText();
    Optional<Cues.Match> cue = line.cueAt(lexicon.dateLineCues(), 0);
    int from = line.start() + (cue.isPresent() ? cue.get().valueStart() : 0);
    if (reference.isEmpty() && !hasAsciiDigit(folded, from, line.end())) {
      // Without a reference date only a calendar date gives a whole day, and it has digits.
      return Optional.empty();
    }
    List<DateMention> mentions = DateNormalizer.instance().find(text, Span.of(from, line.end()), reference);
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    DateMention date = mentions.get(0);
    if (date.granularity() != Granularity.DAY || date.date().isEmpty()
        || !onlyPunctuation(folded, from, date.span().start())
        || !acceptableTail(folded, date.span().end(), line.end(), counterAllowed)) {
      return Optional.empty();
    }
    boolean updated = cue.isPresent() && cue.get().cue().kind().equals("updated");
    return Optional.of(new DateLine(date, updated));
  }

  private static boolean hasAsciiDigit(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyPunctuation(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tokens after the date in {@code [from, to)} of the folded text are acceptable: at
   * most three, each a time-zone abbreviation or (when allowed) a counter. Tokens are what {@code
   * [\s|,;()\-]+} separates once the tail is stripped, read in place.
   */
  boolean acceptableTail(String folded, int from, int to, boolean counterAllowed) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(folded.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(folded.charAt(end - 1))) {
      end--;
    }
    int count = 0;
    int i = start;
    while (i < end) {
      if (isTailSeparator(folded.charAt(i))) {
        i++;
        continue;
      }
      int tokenStart = i;
      while (i < end && !isTailSeparator(folded.charAt(i))) {
        i++;
      }
      count++;
      if (count > 3) {
        return false;
      }
      boolean zone = i - tokenStart <= 4 && LineShape.isAllCaps(folded, tokenStart, i);
      if (!zone && !(counterAllowed && (allDigits(folded, tokenStart, i)
          || lexicon.isCounterWord(folded, tokenStart, i)))) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@code [\s|,;()\-]}: ASCII white space and the listed marks. */
  private static boolean isTailSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '|' || c == ','
        || c == ';' || c == '(' || c == ')' || c == '-';
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
