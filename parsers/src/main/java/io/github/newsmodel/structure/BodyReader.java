package io.github.newsmodel.structure;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body into headings, paragraphs and list introductions, and groups them into
 * sections. A paragraph is a line, or several lines when the text is hard-wrapped (a line without
 * final punctuation followed, without a blank line, by one starting in lower case). A heading is
 * a short title-case line without final punctuation, followed by body text. A list introduction
 * ends with a colon and is followed by a list item or by two short lines. Lines the {@link TailReader}
 * classified keep their kind. Stateless.
 */
final class BodyReader {
  private static final int MAX_HEADING_WORDS = 16;
  private static final int MAX_HEADING_LENGTH = 150;
  private static final int SHORT_ITEM_WORDS = 15;

  /**
   * The body.
   *
   * @param blocks every block from the first body line on, in text order (a list of this reader's,
   *     not to be changed)
   * @param sections the body sections (a list of this reader's, not to be changed)
   */
  record Body(List<Block> blocks, List<Section> sections) {}

  private final StructureLexicon lexicon;

  BodyReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A run of body text: several hard-wrapped lines ({@code wrapped}), a standfirst line (always a
   * paragraph, so also {@code wrapped}), or the first body line cut after an opening dateline. A
   * body line that stands alone is an item by itself, as its {@link TextLine}: no run is made.
   */
  private record Run(Span span, TextLine firstLine, boolean wrapped) {}

  /** The run being read (one per body): its first line, its bounds, whether lines were joined. */
  private static final class OpenRun {
    TextLine firstLine;
    Span span;
    int end;
    boolean wrapped;

    void open(TextLine line, Span lineSpan) {
      firstLine = line;
      span = lineSpan;
      end = lineSpan.end();
      wrapped = false;
    }

    void extend(int newEnd) {
      end = newEnd;
      wrapped = true;
    }

    /** Adds the open run, if any, to the items: as its line when it is that line alone. */
    void closeInto(List<Object> items) {
      if (firstLine == null) {
        return;
      }
      if (wrapped) {
        items.add(new Run(Span.of(span.start(), end), firstLine, true));
      } else {
        items.add(span == firstLine.span() ? firstLine : new Run(span, firstLine, false));
      }
      firstLine = null;
    }
  }

  /**
   * Reads the body.
   *
   * @param text the document text
   * @param lines the non-blank lines
   * @param standfirst lines of the head that belong to the body (before {@code firstBody})
   * @param firstBody the index of the first body line
   * @param bodyStart where the body starts within that line
   * @param kinds the kinds the tail reader gave to non-body lines (null for body text)
   * @return the blocks and sections
   */
  Body read(String text, List<TextLine> lines, List<Span> standfirst, int firstBody, int bodyStart,
      BlockKind[] kinds) {
    // Items: blocks the tail reader classified, runs, and lines standing alone.
    List<Object> items = new ArrayList<>(standfirst.size() + Math.max(0, lines.size() - firstBody));
    for (Span span : standfirst) {
      items.add(new Run(span, null, true));
    }
    OpenRun open = new OpenRun();
    for (int j = firstBody; j < lines.size(); j++) {
      TextLine line = lines.get(j);
      if (kinds[j] != null) {
        open.closeInto(items);
        items.add(Block.of(kinds[j], line.span()));
        continue;
      }
      Span span = j == firstBody ? TextSpans.trim(text, Math.max(bodyStart, line.start()), line.end()) : line.span();
      if (span.length() == 0) {
        continue;
      }
      if (open.firstLine != null && continues(text, open.end, line)) {
        open.extend(span.end());
      } else {
        open.closeInto(items);
        open.open(line, span);
      }
    }
    open.closeInto(items);
    return classify(text, items);
  }

  /**
   * A hard-wrapped continuation of a run ending at {@code runEnd}: no blank line, no final
   * punctuation before, lower case after.
   */
  private static boolean continues(String text, int runEnd, TextLine line) {
    if (line.blankBefore()) {
      return false;
    }
    char last = text.charAt(runEnd - 1);
    char first = line.foldedCharAt(0);
    return Character.isLowerCase(first) && Character.isLetterOrDigit(last);
  }

  /** The span of a body item that is no block: a run or a line standing alone. */
  private static Span spanOf(Object item) {
    return item instanceof TextLine line ? line.span() : ((Run) item).span();
  }

  /** The first line of a body item that is no block (null for a standfirst run). */
  private static TextLine firstLineOf(Object item) {
    return item instanceof TextLine line ? line : ((Run) item).firstLine();
  }

  private Body classify(String text, List<Object> items) {
    List<Block> blocks = new ArrayList<>(items.size()); // one block per item
    List<Section> sections = new ArrayList<>();
    // The open section is built as it goes: its paragraphs are not gathered in a list of their own.
    Section.Builder section = Section.builder();
    boolean open = false;
    for (int k = 0; k < items.size(); k++) {
      Object run = items.get(k);
      if (run instanceof Block block) {
        blocks.add(block);
        continue;
      }
      Object next = k + 1 < items.size() && !(items.get(k + 1) instanceof Block) ? items.get(k + 1) : null;
      Object afterNext = next != null && k + 2 < items.size() && !(items.get(k + 2) instanceof Block)
          ? items.get(k + 2) : null;
      BlockKind kind = kindOf(text, run, next, afterNext);
      Span span = spanOf(run);
      blocks.add(Block.of(kind, span));
      if (kind == BlockKind.HEADING) {
        if (open) {
          sections.add(section.build());
        }
        section = Section.builder().heading(span);
      } else {
        section.addParagraph(span);
      }
      open = true;
    }
    if (open) {
      sections.add(section.build());
    }
    return new Body(blocks, sections);
  }

  /** The kind of a body item that is no block, from its shape and the two items after it. */
  private BlockKind kindOf(String text, Object run, Object next, Object afterNext) {
    if (run instanceof Run joined && joined.wrapped() || next == null) {
      return BlockKind.PARAGRAPH;
    }
    TextLine line = firstLineOf(run);
    Span runSpan = spanOf(run);
    if (line.lastMark() == ':') {
      boolean listFollows = isListItem(next) || isShortItem(text, next) && afterNext != null
          && (isListItem(afterNext) || isShortItem(text, afterNext));
      return listFollows ? BlockKind.LIST_INTRO : BlockKind.PARAGRAPH;
    }
    if (runSpan.length() > MAX_HEADING_LENGTH) {
      return BlockKind.PARAGRAPH;
    }
    // The line and the run are read in place: no copies.
    int start = runSpan.start();
    int end = runSpan.end();
    boolean heading = LineShape.words(text, start, end, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
        && !line.endsWithPunctuation() && !line.isListItem() && !line.hasAddress()
        && LineShape.isTitleCase(text, start, end, lexicon);
    return heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
  }

  private static boolean isListItem(Object item) {
    TextLine line = firstLineOf(item);
    return line != null && line.isListItem();
  }

  private static boolean isShortItem(String text, Object item) {
    Span span = spanOf(item);
    return LineShape.words(text, span.start(), Math.min(span.end(), span.start() + 400),
        SHORT_ITEM_WORDS) <= SHORT_ITEM_WORDS;
  }
}
