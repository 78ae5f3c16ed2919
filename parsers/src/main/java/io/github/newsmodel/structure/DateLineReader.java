package io.github.newsmodel.structure;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.temporal.Granularity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads lines that consist of a date: "July 22, 2021", "5 August 2024", "Posted on Dec. 8, 2025
 * 12:48 p.m.", "Last updated on 3 May 2024", and, at the foot of an article, a date followed by a
 * view counter ("Dec. 8, 2025 12:48 p.m. 403"). The date must be a whole calendar day; an optional
 * cue ({@code date-line-cues.tsv}) may precede it, and only a few short tokens (time-zone
 * abbreviations, numbers and counter words) may follow. Stateless.
 */
final class DateLineReader {
  /** What separates the tokens after a date. */
  private static final Pattern TAIL_SEPARATORS = Pattern.compile("[\\s|,;()\\-]+");
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
    String folded = line.folded();
    Optional<Cues.Match> cue = lexicon.dateLineCues().at(folded, 0);
    int from = cue.map(Cues.Match::valueStart).orElse(0);
    if (reference.isEmpty() && !hasAsciiDigit(folded, from)) {
      // Without a reference date only a calendar date gives a whole day, and it has digits.
      return Optional.empty();
    }
    List<DateMention> mentions = DateNormalizer.instance().find(text, Span.of(line.start() + from, line.end()),
        reference);
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    DateMention date = mentions.get(0);
    if (date.granularity() != Granularity.DAY || date.date().isEmpty()
        || !onlyPunctuation(folded, from, date.span().start() - line.start())
        || !acceptableTail(folded.substring(date.span().end() - line.start()), counterAllowed)) {
      return Optional.empty();
    }
    boolean updated = cue.isPresent() && cue.get().cue().kind().equals("updated");
    return Optional.of(new DateLine(date, updated));
  }

  private static boolean hasAsciiDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
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

  private boolean acceptableTail(String tail, boolean counterAllowed) {
    String[] tokens = TAIL_SEPARATORS.split(tail.strip());
    int count = 0;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      count++;
      boolean zone = token.length() <= 4 && LineShape.isAllCaps(token);
      boolean counter = counterAllowed && (token.chars().allMatch(Character::isDigit) || lexicon.isCounterWord(token));
      if (count > 3 || !zone && !counter) {
        return false;
      }
    }
    return true;
  }
}
