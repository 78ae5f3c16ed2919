package io.github.newsmodel.structure;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the head of a plain-text article: the headline (a first short line without final
 * punctuation, followed by more text), then up to {@value #MAX_HEADER_LINES} lines that are date
 * lines, bylines or place lines, in any order, and finally the dateline that may open the first
 * story line ("Doha, Qatar – ..."). Stateless.
 */
final class HeaderReader {
  private static final int MAX_HEADER_LINES = 6;
  private static final int MAX_HEADLINE_WORDS = 40;
  private static final int MAX_HEADLINE_LENGTH = 300;
  /** A first line this long that opens with a dateline is a story line, not a headline. */
  private static final int MAX_LEAD_WORDS_IN_HEADLINE = 15;

  /**
   * The head of an article.
   *
   * @param blocks the blocks of the head (headline, date lines, bylines, datelines), in order
   * @param headline the headline, if any
   * @param byline the byline, if any
   * @param published the publication date of a date line, if any
   * @param dateline the dateline, if any
   * @param firstBody the index of the first line of the body
   * @param bodyStart where the body text starts in that line (after an opening dateline)
   */
  record Header(List<Block> blocks, Optional<Found> headline, Optional<Found> byline, Optional<Dated> published,
      Optional<DatelineReader.Dateline> dateline, int firstBody, int bodyStart) {}

  private final DateLineReader dateLines;
  private final BylineReader bylines;
  private final DatelineReader datelines;

  HeaderReader(StructureLexicon lexicon) {
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
    List<Block> blocks = new ArrayList<>();
    Optional<Found> headline = Optional.empty();
    Optional<Found> byline = Optional.empty();
    Optional<Dated> published = Optional.empty();
    Optional<DatelineReader.Dateline> dateline = Optional.empty();
    int i = 0;
    if (lines.size() >= 2 && isHeadline(text, lines.get(0), reference)) {
      TextLine line = lines.get(0);
      headline = Optional.of(new Found(LineShape.normalizeSpaces(text.substring(line.start(), line.end())),
          line.span(), "headline.first_line", 0.85));
      blocks.add(Block.of(BlockKind.HEADLINE, line.span()));
      i = 1;
    }
    for (int steps = 0; i < lines.size() && steps < MAX_HEADER_LINES; steps++) {
      TextLine line = lines.get(i);
      Optional<DateLineReader.DateLine> date = dateLines.read(text, line, reference, false);
      if (date.isPresent()) {
        blocks.add(Block.of(BlockKind.DATELINE, line.span()));
        if (!date.get().updated() && published.isEmpty()) {
          published = Optional.of(new Dated(date.get().mention(), "published.date_line", 0.9));
        }
        i++;
        continue;
      }
      Optional<Found> author = bylines.fromLine(text, line);
      if (author.isPresent()) {
        blocks.add(Block.of(BlockKind.BYLINE, line.span()));
        byline = byline.or(() -> author);
        i++;
        continue;
      }
      Optional<DatelineReader.Dateline> place = dateline.isEmpty() ? datelines.placeLine(text, line) : Optional.empty();
      if (place.isPresent()) {
        blocks.add(Block.of(BlockKind.DATELINE, line.span()));
        dateline = place;
        i++;
        continue;
      }
      break;
    }
    int bodyStart = i < lines.size() ? lines.get(i).start() : text.length();
    if (i < lines.size() && dateline.isEmpty()) {
      Optional<DatelineReader.Dateline> lead = datelines.atLeadStart(text, lines.get(i));
      if (lead.isPresent()) {
        blocks.add(Block.of(BlockKind.DATELINE, lead.get().block()));
        dateline = lead;
        bodyStart = lead.get().bodyStart();
      }
    }
    if (byline.isEmpty() && headline.isPresent()) {
      byline = bylines.fromHeadline(text, lines.get(0));
    }
    return new Header(List.copyOf(blocks), headline, byline, published, dateline, i, bodyStart);
  }

  private boolean isHeadline(String text, TextLine line, Optional<LocalDate> reference) {
    String folded = line.folded();
    char last = LineShape.lastMark(folded);
    int words = LineShape.words(folded, MAX_HEADLINE_WORDS);
    return line.length() <= MAX_HEADLINE_LENGTH && words >= 2 && words <= MAX_HEADLINE_WORDS
        && last != '.' && last != ',' && last != ';' && last != ':'
        && !LineShape.isListItem(folded) && !LineShape.hasAddress(folded)
        && dateLines.read(text, line, reference, false).isEmpty()
        && bylines.fromLine(text, line).isEmpty()
        && datelines.placeLine(text, line).isEmpty()
        && (words <= MAX_LEAD_WORDS_IN_HEADLINE || datelines.atLeadStart(text, line).isEmpty());
  }
}
