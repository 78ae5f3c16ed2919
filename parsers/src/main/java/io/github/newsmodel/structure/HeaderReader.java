package io.github.newsmodel.structure;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.text.TextSpans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the head of a plain-text article:
 *
 * <ol>
 *   <li>release labels ({@code kicker-cues.txt}: "Media Note", "FOR IMMEDIATE RELEASE") are
 *       skipped wherever they stand in the head;
 *   <li>the headline: the first line if it is short, without final punctuation and followed by
 *       more text (a Markdown {@code #} marker is not part of it); or, when the text opens with
 *       date lines, such a line after them that a blank line follows;
 *   <li>up to {@value #MAX_HEADER_LINES} lines made of date lines, bylines and place lines, in any
 *       order, several on one line when separated by {@code |} or a bullet ("By Jane Doe | July 22,
 *       2021"); a line holding only a time completes the date line before it;
 *   <li>at most {@value #MAX_STANDFIRST} lines of standfirst between the headline and a later
 *       byline or date line, kept as body paragraphs;
 *   <li>a role line under a byline ("Staff Writer"), kept in the byline block;
 *   <li>the dateline that may open the first story line ("Doha, Qatar – ..."), or an agency alone
 *       in brackets ("(CNN) — ...").
 * </ol>
 *
 * Stateless.
 */
final class HeaderReader {
  private static final int MAX_HEADER_LINES = 8;
  /** The longest segment {@link #readSegment} may recognise. */
  private static final int MAX_SEGMENT = Math.max(DateLineReader.MAX_LENGTH,
      Math.max(BylineReader.MAX_LINE, DatelineReader.MAX_PLACE_LINE));
  private static final int MAX_STANDFIRST = 2;
  private static final int MAX_STANDFIRST_WORDS = 60;
  private static final int MAX_HEADLINE_WORDS = 40;
  private static final int MAX_HEADLINE_LENGTH = 300;
  /** A first line this long that opens with a dateline is a story line, not a headline. */
  private static final int MAX_LEAD_WORDS_IN_HEADLINE = 15;

  /**
   * The head of an article.
   *
   * @param blocks the blocks of the head (headline, date lines, bylines, datelines), in order (a
   *     list of this reader's, not to be changed)
   * @param standfirst lines between headline and byline or date that belong to the body (a list of
   *     this reader's, not to be changed)
   * @param headline the headline, if any
   * @param byline the byline, if any
   * @param published the publication date of a date line, if any
   * @param dateline the dateline, if any
   * @param agency the agency that opens the story line without a place ("(CNN) —"), if any
   * @param firstBody the index of the first line of the body
   * @param bodyStart where the body text starts in that line (after an opening dateline)
   */
  record Header(List<Block> blocks, List<Span> standfirst, Optional<Found> headline, Optional<Found> byline,
      Optional<Dated> published, Optional<DatelineReader.Dateline> dateline, Optional<Found> agency, int firstBody,
      int bodyStart) {}

  /** The metadata of one head line, segment by segment. */
  private static final class LineReading {
    /** The blocks of the segments recognised, made with the first (most lines are none). */
    List<Block> blocks;
    Found byline;
    Dated published;
    DatelineReader.Dateline place;

    void add(Block block) {
      if (blocks == null) {
        blocks = new ArrayList<>(2);
      }
      blocks.add(block);
    }

    boolean isEmpty() {
      return blocks == null;
    }
  }

  /**
   * The head lines whose readings are kept: beyond the kickers, the headline and the head lines
   * that {@link #read} may reach, a line is read again rather than kept.
   */
  private static final int KEPT_READINGS = 2 * MAX_HEADER_LINES + MAX_STANDFIRST + 2;

  private final StructureLexicon lexicon;
  private final DateLineReader dateLines;
  private final BylineReader bylines;
  private final DatelineReader datelines;

  HeaderReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
    this.dateLines = new DateLineReader(lexicon);
    this.bylines = new BylineReader(lexicon);
    this.datelines = new DatelineReader(lexicon);
  }

  /**
   * Reads the head.
   *
   * @param text the document text
   * @param lines the non-blank lines
   * @param reference the reference date for dates without year
   * @return the head
   */
  Header read(String text, List<TextLine> lines, Optional<LocalDate> reference) {
    Readings readings = new Readings(text, lines.size(), reference);
    List<Block> blocks = new ArrayList<>();
    List<Span> standfirst = new ArrayList<>();
    Optional<Found> headline = Optional.empty();
    Optional<Found> byline = Optional.empty();
    Optional<Dated> published = Optional.empty();
    Optional<DatelineReader.Dateline> dateline = Optional.empty();
    int n = lines.size();
    int i = 0;
    while (i < n && i < MAX_HEADER_LINES && lexicon.isKicker(lines.get(i))) {
      i++;
    }
    TextLine headlineLine = null;
    if (n - i >= 2 && isHeadline(text, lines.get(i), readings)) {
      headlineLine = lines.get(i);
      Span span = headlineSpan(text, headlineLine);
      headline = Optional.of(new Found(LineShape.normalizeSpaces(text.substring(span.start(), span.end())), span,
          "headline.first_line", 0.85));
      blocks.add(Block.of(BlockKind.HEADLINE, span));
      i++;
    }
    int headEnd = Math.min(n, i + MAX_HEADER_LINES);
    while (i < headEnd) {
      TextLine line = lines.get(i);
      if (lexicon.isKicker(line)) {
        i++;
        continue;
      }
      if (headlineLine == null && allDateLines(blocks)
          && i + 1 < n && lines.get(i + 1).blankBefore() && isHeadline(text, line, readings)) {
        headlineLine = line;
        Span span = headlineSpan(text, line);
        headline = Optional.of(new Found(LineShape.normalizeSpaces(text.substring(span.start(), span.end())), span,
            "headline.after_date_line", 0.75));
        blocks.add(Block.of(BlockKind.HEADLINE, span));
        i++;
        continue;
      }
      LineReading reading = readings.of(line);
      if (reading != null) {
        blocks.addAll(reading.blocks);
        if (byline.isEmpty() && reading.byline != null) {
          byline = Optional.of(reading.byline);
        }
        if (published.isEmpty() && reading.published != null) {
          published = Optional.of(reading.published);
        }
        if (dateline.isEmpty() && reading.place != null) {
          dateline = Optional.of(reading.place);
        }
        i++;
        continue;
      }
      if (isBylineRole(text, lines, i, blocks)) {
        blocks.add(Block.of(BlockKind.BYLINE, line.span()));
        i++;
        continue;
      }
      Optional<Dated> timed = published.flatMap(p -> withTime(text, p, line));
      if (timed.isPresent()) {
        published = timed;
        blocks.add(Block.of(BlockKind.DATELINE, line.span()));
        i++;
        continue;
      }
      if (headlineLine != null && standfirst.size() < MAX_STANDFIRST && blocks.size() == 1
          && line.words(MAX_STANDFIRST_WORDS) <= MAX_STANDFIRST_WORDS
          && headLineFollows(lines, i + 1, MAX_STANDFIRST - standfirst.size(), readings)) {
        standfirst.add(line.span());
        i++;
        continue;
      }
      break;
    }
    int bodyStart = i < n ? lines.get(i).start() : text.length();
    Optional<Found> agency = Optional.empty();
    if (i < n && dateline.isEmpty()) {
      Optional<DatelineReader.Dateline> lead = datelines.atLeadStart(text, lines.get(i));
      Optional<DatelineReader.AgencyLead> agencyLead = lead.isEmpty()
          ? datelines.agencyLead(text, lines.get(i)) : Optional.empty();
      if (lead.isPresent()) {
        blocks.add(Block.of(BlockKind.DATELINE, lead.get().block()));
        dateline = lead;
        bodyStart = lead.get().bodyStart();
      } else if (agencyLead.isPresent()) {
        blocks.add(Block.of(BlockKind.CREDIT, agencyLead.get().block()));
        agency = Optional.of(agencyLead.get().agency());
        bodyStart = agencyLead.get().bodyStart();
      }
    }
    if (byline.isEmpty() && headlineLine != null) {
      byline = bylines.fromHeadline(text, headlineLine);
    }
    return new Header(blocks, standfirst, headline, byline, published, dateline, agency, i, bodyStart);
  }

  /** Whether every block so far is a date line (true when there is none). */
  private static boolean allDateLines(List<Block> blocks) {
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b).kind() != BlockKind.DATELINE) {
        return false;
      }
    }
    return true;
  }

  /**
   * A role under a byline ("By Jane Doe" / "Staff Writer"): a line of at most four capitalised
   * words without final punctuation, right after a byline line, with more text after it.
   */
  private boolean isBylineRole(String text, List<TextLine> lines, int i, List<Block> blocks) {
    TextLine line = lines.get(i);
    return !blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == BlockKind.BYLINE && i + 1 < lines.size()
        && line.length() <= 60 && line.words(4) <= 4
        && !line.endsWithPunctuation() && LineShape.isTitleCase(line.folded(), lexicon)
        && datelines.atLeadStart(text, line).isEmpty();
  }

  /** Whether one of the next {@code count} lines is a head line (date, byline or place). */
  private static boolean headLineFollows(List<TextLine> lines, int from, int count, Readings readings) {
    for (int k = from; k < lines.size() && k < from + count; k++) {
      if (readings.of(lines.get(k)) != null) {
        return true;
      }
    }
    return false;
  }

  /** The readings of the lines of one article's head, each line read at most once. */
  private final class Readings {
    private final String text;
    private final Optional<LocalDate> reference;
    private final LineReading[] readings;
    private final boolean[] read;

    Readings(String text, int lines, Optional<LocalDate> reference) {
      this.text = text;
      this.reference = reference;
      this.readings = new LineReading[Math.min(lines, KEPT_READINGS)];
      this.read = new boolean[readings.length];
    }

    /** Returns the reading of a line (see {@link #readLine}), or null when it is no head line. */
    LineReading of(TextLine line) {
      int k = line.index();
      if (k >= readings.length) {
        return readLine(text, line, reference);
      }
      if (!read[k]) {
        readings[k] = readLine(text, line, reference);
        read[k] = true;
      }
      return readings[k];
    }
  }

  /**
   * Reads a line of the head: its segments (split at {@code |} and bullets) as date lines,
   * bylines or place lines. The first segment must be one of these; later ones ("3 min read") may
   * be anything.
   */
  private LineReading readLine(String text, TextLine line, Optional<LocalDate> reference) {
    LineReading reading = new LineReading();
    int segmentStart = 0;
    int visible = 0;
    int length = line.length();
    for (int k = 0; k <= length; k++) {
      if (k < length && !isSegmentSeparator(line.foldedCharAt(k))) {
        visible += TextSpans.isSpace(line.foldedCharAt(k)) ? 0 : 1;
        if (visible > MAX_SEGMENT && reading.isEmpty()) {
          return null; // a first segment longer than any head line: the line is none
        }
        continue;
      }
      visible = 0;
      int start = line.start() + segmentStart;
      int end = line.start() + k;
      while (start < end && TextSpans.isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && TextSpans.isSpace(text.charAt(end - 1))) {
        end--;
      }
      segmentStart = k + 1;
      if (start == end) {
        continue;
      }
      // A segment longer than any date, byline or place line is none of them: no copy to find out.
      // A segment that is the whole line is read as the line itself.
      boolean recognised = end - start <= MAX_SEGMENT && readSegment(text, start == line.start() && end == line.end()
          ? line : line.part(Span.of(start, end), line.blankBefore()), reference, reading);
      if (!recognised && reading.isEmpty()) {
        return null;
      }
    }
    return reading.isEmpty() ? null : reading;
  }

  private static boolean isSegmentSeparator(char c) {
    return c == '|' || c == '\u2022' || c == '\u00B7';
  }

  private boolean readSegment(String text, TextLine segment, Optional<LocalDate> reference, LineReading reading) {
    Optional<DateLineReader.DateLine> date = dateLines.read(text, segment, reference, false);
    if (date.isPresent()) {
      reading.add(Block.of(BlockKind.DATELINE, segment.span()));
      if (!date.get().updated() && reading.published == null) {
        reading.published = new Dated(date.get().mention(), "published.date_line", 0.9);
      }
      return true;
    }
    Optional<Found> author = bylines.fromLine(text, segment);
    if (author.isPresent()) {
      reading.add(Block.of(BlockKind.BYLINE, segment.span()));
      reading.byline = reading.byline != null ? reading.byline : author.get();
      Span rest = TextSpans.trim(text, author.get().span().end(), segment.end());
      if (reading.published == null && rest.length() > 0) {
        dateAfterByline(text, segment, rest, reference).ifPresent(d -> reading.published = d);
      }
      return true;
    }
    Optional<DatelineReader.Dateline> place = datelines.placeLine(text, segment);
    if (place.isPresent()) {
      reading.add(Block.of(BlockKind.DATELINE, segment.span()));
      reading.place = reading.place != null ? reading.place : place.get();
      return true;
    }
    return false;
  }

  /** The date after a byline on the same line ("By Jane Doe, December 8, 2025"). */
  private Optional<Dated> dateAfterByline(String text, TextLine segment, Span rest, Optional<LocalDate> reference) {
    int s = rest.start();
    while (s < rest.end() && ",;-\u2013\u2014".indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    Span span = TextSpans.trim(text, s, rest.end());
    if (span.length() == 0) {
      return Optional.empty();
    }
    TextLine tail = segment.part(span, false);
    return dateLines.read(text, tail, reference, false).filter(d -> !d.updated())
        .map(d -> new Dated(d.mention(), "published.byline_line", 0.85));
  }

  /** The date line completed by a line holding only its time ("17:00"). */
  private static Optional<Dated> withTime(String text, Dated date, TextLine line) {
    if (line.length() > 20) {
      return Optional.empty();
    }
    Optional<DateMention> timed = DateNormalizer.instance().withTimeOfDay(date.mention(), text, line.span());
    return timed.map(m -> new Dated(m, date.rule() + "+time_line", date.confidence()));
  }

  /** The headline without a leading Markdown heading marker ("# Title"). */
  private static Span headlineSpan(String text, TextLine line) {
    int length = line.length();
    int k = 0;
    while (k < length && k < 6 && line.foldedCharAt(k) == '#') {
      k++;
    }
    if (k == 0 || k >= length || line.foldedCharAt(k) != ' ') {
      return line.span();
    }
    return TextSpans.trim(text, line.start() + k, line.end());
  }

  private boolean isHeadline(String text, TextLine line, Readings readings) {
    char last = line.lastMark();
    int words = line.words(MAX_HEADLINE_WORDS);
    return line.length() <= MAX_HEADLINE_LENGTH && words >= 2 && words <= MAX_HEADLINE_WORDS
        && last != '.' && last != ',' && last != ';' && last != ':'
        && !line.isListItem() && !line.hasAddress()
        && readings.of(line) == null
        && (words <= MAX_LEAD_WORDS_IN_HEADLINE || datelines.atLeadStart(text, line).isEmpty());
  }
}
