package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the selected container(s) into lines of reader's text: a new line at every block element
 * and {@code <br>}, white space collapsed (kept inside {@code <pre>}), parts that belong to the
 * page rather than the article (share bars, related links, comments, advertising) skipped, and
 * every character mapped back to its source position. Stateless and thread-safe.
 */
final class TextAssembler {
  private TextAssembler() {}

  /**
   * Assembles the lines of the selected containers.
   *
   * @param index the page index
   * @param selection the selected containers and the elements left out
   * @param source the decoded page source and where its nodes are in it
   * @return the non-empty lines in document order
   */
  static List<Line> assemble(PageIndex index, ContentSelector.Selection selection, SourcePositions source) {
    List<Line> lines = new ArrayList<>();
    double total = 0;
    for (int root : selection.roots()) {
      total += selection.good()[root];
    }
    boolean[] skipped = selection.excluded().clone();
    List<Integer> dropped = new ArrayList<>();
    double droppedGood = 0;
    for (int root : selection.roots()) {
      for (int i = root + 1; i < index.end(root); i++) {
        if (!skipped[i] && isDropped(index, i) && !holdsArticle(index, i, selection.good()[i], total)) {
          dropped.add(i);
          droppedGood += selection.good()[i];
          i = index.end(i) - 1;
        }
      }
    }
    boolean hintsOnArticle = total > 0 && droppedGood >= total * 0.5;
    for (int i : dropped) {
      if (!hintsOnArticle || selection.good()[i] <= 0 || isComments(index, i)) {
        for (int j = i; j < index.end(i); j++) {
          skipped[j] = true;
        }
      }
    }
    for (int root : selection.roots()) {
      assemble(index, skipped, index.element(root), source, lines);
    }
    return lines;
  }

  /**
   * Tells whether a part marked to be left out holds most of the article text: a class name like
   * "read-more" on the body wrapper must not drop the body. Likewise, when the parts marked to be
   * left out together hold half the article text, the mark describes the article's own sections
   * ("Section--Ads") and only their parts without paragraphs go. Comment sections are left out
   * whatever their size.
   */
  private static boolean holdsArticle(PageIndex index, int i, double good, double total) {
    if (total <= 0 || good < total * 0.5) {
      return false;
    }
    return !isComments(index, i);
  }

  private static boolean isComments(PageIndex index, int i) {
    return Texts.lower(index.element(i).className() + " " + index.element(i).id()).contains("comment");
  }

  /**
   * Assembles the lines of one element, without skipping anything but invisible parts; used for
   * headline, byline and date lines found outside the article container.
   *
   * @param index the page index
   * @param element the element
   * @param source the decoded page source and where its nodes are in it
   * @return the non-empty lines
   */
  static List<Line> assembleElement(PageIndex index, Element element, SourcePositions source) {
    return assembleElement(index, element, source, e -> false);
  }

  /**
   * Assembles the lines of one element, leaving out some descendants (a headline's kicker).
   *
   * @param index the page index
   * @param element the element
   * @param source the decoded page source and where its nodes are in it
   * @param skip descendants to leave out
   * @return the non-empty lines
   */
  static List<Line> assembleElement(PageIndex index, Element element, SourcePositions source, Predicate<Element> skip) {
    List<Line> lines = new ArrayList<>();
    boolean[] dropped = new boolean[index.size()];
    int root = index.indexOf(element);
    if (root >= 0) {
      for (int i = root + 1; i < index.end(root); i++) {
        dropped[i] = isDropped(index, i);
      }
    }
    assemble(index, dropped, element, source, lines, skip);
    return lines;
  }

  private static void assemble(PageIndex index, boolean[] excluded, Element root, SourcePositions source, List<Line> out) {
    assemble(index, excluded, root, source, out, e -> false);
  }

  private static void assemble(PageIndex index, boolean[] excluded, Element root, SourcePositions source, List<Line> out,
      Predicate<Element> skip) {
    int rootIndex = index.indexOf(root);
    if (rootIndex < 0) {
      return;
    }
    Walker walker = new Walker(index, excluded, source, out, rootIndex, skip);
    NodeTraversor.filter(walker, root);
    walker.flush();
  }

  /**
   * Tells whether an element inside the article container is left out of the text.
   *
   * @param index the page index
   * @param i the element index
   * @return true for share bars, related links, comments, advertising and similar parts
   */
  static boolean isDropped(PageIndex index, int i) {
    int hints = index.hints(i);
    if (index.is(i, PageIndex.ARTICLE) || ClassHints.has(hints, ClassHints.Kind.BODY)) {
      return false;
    }
    return ClassHints.has(hints, ClassHints.Kind.DROP) || index.is(i, PageIndex.FURNITURE_TAG);
  }

  /** Walks one container, keeping the open block elements on a stack. */
  private static final class Walker implements NodeFilter {
    private final PageIndex index;
    private final boolean[] excluded;
    private final SourcePositions source;
    private final List<Line> out;
    private final int rootIndex;
    private final Predicate<Element> skip;
    private int[] blocks = new int[32];
    private int depth;
    private int[] open = new int[64];
    private int openDepth = -1;
    private int next;
    private Line line;

    Walker(PageIndex index, boolean[] excluded, SourcePositions source, List<Line> out, int rootIndex,
        Predicate<Element> skip) {
      this.skip = skip;
      this.index = index;
      this.excluded = excluded;
      this.source = source;
      this.out = out;
      this.rootIndex = rootIndex;
      this.next = rootIndex;
      blocks[0] = rootIndex;
    }

    /**
     * Returns the index of an element met in document order: the walk and the index share the
     * order, so the next indexed element is the one expected; any other element is one the index
     * left out (invisible).
     */
    private int indexOf(Element element) {
      if (next < index.size() && index.element(next) == element) {
        return next;
      }
      return -1;
    }

    @Override
    public FilterResult head(Node node, int nodeDepth) {
      if (node instanceof TextNode text) {
        int owner = blocks[depth];
        if (line == null) {
          line = new Line(owner);
        }
        int parent = openDepth >= 0 ? open[openDepth] : -1;
        boolean inLink = parent >= 0 && index.is(parent, PageIndex.IN_LINK);
        boolean pre = parent >= 0 && index.is(parent, PageIndex.PREFORMATTED);
        line.append(text, SourceAlignment.of(text, source), inLink, pre);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      int i = indexOf(element);
      if (i < 0) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (i != rootIndex && (excluded[i] || skip.test(element))) {
        next = index.end(i);
        return FilterResult.SKIP_ENTIRELY;
      }
      next = i + 1;
      openDepth++;
      if (openDepth == open.length) {
        open = java.util.Arrays.copyOf(open, openDepth * 2);
      }
      open[openDepth] = i;
      if ("br".equals(element.normalName()) || "hr".equals(element.normalName())) {
        flush();
        return FilterResult.CONTINUE;
      }
      if (i != rootIndex && index.is(i, PageIndex.BLOCK)) {
        flush();
        depth++;
        if (depth == blocks.length) {
          blocks = java.util.Arrays.copyOf(blocks, depth * 2);
        }
        blocks[depth] = i;
      } else if (line != null && isSeparatingInline(element)) {
        line.space();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int nodeDepth) {
      if (node instanceof Element && openDepth >= 0) {
        int i = open[openDepth--];
        if (i != rootIndex && index.is(i, PageIndex.BLOCK) && depth > 0 && blocks[depth] == i) {
          flush();
          depth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    /** Inline elements that browsers render apart from their neighbours (cells, images). */
    private static boolean isSeparatingInline(Element element) {
      String tag = element.normalName();
      return "td".equals(tag) || "th".equals(tag) || "label".equals(tag);
    }

    void flush() {
      if (line != null) {
        line.trimEnd();
        if (line.length() > 0) {
          out.add(line);
        }
        line = null;
      }
    }
  }
}
