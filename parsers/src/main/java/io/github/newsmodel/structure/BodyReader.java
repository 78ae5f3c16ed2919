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
   * A run of body text: one line, or several hard-wrapped lines ({@code wrapped}; also set for
   * standfirst lines, which are always paragraphs).
   */
  private record Run(Span span, TextLine firstLine, boolean wrapped) {}

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
    List<Object> items = new ArrayList<>(standfirst.size() + Math.max(0, lines.size() - firstBody));
    for (Span span : standfirst) {
      items.add(new Run(span, null, true));
    }
    Run open = null;
    for (int j = firstBody; j < lines.size(); j++) {
      TextLine line = lines.get(j);
      if (kinds[j] != null) {
        open = close(items, open);
        items.add(Block.of(kinds[j], line.span()));
        continue;
      }
      Span span = j == firstBody ? TextSpans.trim(text, Math.max(bodyStart, line.start()), line.end()) : line.span();
      if (span.length() == 0) {
        continue;
      }
      if (open != null && continues(text, open, line)) {
        open = new Run(Span.of(open.span().start(), span.end()), open.firstLine(), true);
      } else {
        open = close(items, open);
        open = new Run(span, line, false);
      }
    }
    close(items, open);
    return classify(text, items);
  }

  private static Run close(List<Object> items, Run open) {
    if (open != null) {
      items.add(open);
    }
    return null;
  }

  /** A hard-wrapped continuation: no blank line, no final punctuation before, lower case after. */
  private static boolean continues(String text, Run open, TextLine line) {
    if (line.blankBefore()) {
      return false;
    }
    char last = text.charAt(open.span().end() - 1);
    char first = line.foldedCharAt(0);
    return Character.isLowerCase(first) && Character.isLetterOrDigit(last);
  }

  private Body classify(String text, List<Object> items) {
    List<Block> blocks = new ArrayList<>(items.size()); // one block per item
    List<Section> sections = new ArrayList<>();
    // The open section is built as it goes: its paragraphs are not gathered in a list of their own.
    Section.Builder section = Section.builder();
    boolean open = false;
    for (int k = 0; k < items.size(); k++) {
      if (items.get(k) instanceof Block block) {
        blocks.add(block);
        continue;
      }
      Run run = (Run) items.get(k);
      Run next = k + 1 < items.size() && items.get(k + 1) instanceof Run r ? r : null;
      Run afterNext = next != null && k + 2 < items.size() && items.get(k + 2) instanceof Run r ? r : null;
      BlockKind kind = kindOf(text, run, next, afterNext);
      blocks.add(Block.of(kind, run.span()));
      if (kind == BlockKind.HEADING) {
        if (open) {
          sections.add(section.build());
        }
        section = Section.builder().heading(run.span());
      } else {
        section.addParagraph(run.span());
      }
      open = true;
    }
    if (open) {
      sections.add(section.build());
    }
    return new Body(blocks, sections);
  }

  private BlockKind kindOf(String text, Run run, Run next, Run afterNext) {
    if (run.wrapped() || next == null) {
      return BlockKind.PARAGRAPH;
    }
    if (run.firstLine().lastMark() == ':') {
      boolean listFollows = isListItem(next) || isShortItem(text, next) && afterNext != null
          && (isListItem(afterNext) || isShortItem(text, afterNext));
      return listFollows ? BlockKind.LIST_INTRO : BlockKind.PARAGRAPH;
    }
    if (run.span().length() > MAX_HEADING_LENGTH) {
      return BlockKind.PARAGRAPH;
    }
    // The line and the run are read in place: no copies.
    TextLine line = run.firstLine();
    int start = run.span().start();
    int end = run.span().end();
    boolean heading = LineShape.words(text, start, end, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
        && !line.endsWithPunctuation() && !line.isListItem() && !line.hasAddress()
        && LineShape.isTitleCase(text, start, end, lexicon);
    return heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
  }

  private static boolean isListItem(Run run) {
    return run.firstLine() != null && run.firstLine().isListItem();
  }

  private static boolean isShortItem(String text, Run run) {
    return LineShape.words(text, run.span().start(), Math.min(run.span().end(), run.span().start() + 400),
        SHORT_ITEM_WORDS) <= SHORT_ITEM_WORDS;
  }
}
