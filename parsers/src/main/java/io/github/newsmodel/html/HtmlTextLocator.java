package io.github.newsmodel.html;

import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.pipeline.EvidenceLocator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Maps spans of the reader's text back to the page: the CSS selector of the element the line came
 * from (the common ancestor when a span covers several lines) and the source range of the quoted
 * characters in the decoded HTML. When a character's source position is not known exactly
 * (character references that could not be aligned, values read from attributes), the range of the
 * whole element is given instead, never a wrong one. One per document; not shared between threads
 * (it caches selectors).
 */
final class HtmlTextLocator implements EvidenceLocator {
  private final List<ReaderText.Placed> placed;
  private final int[] starts;
  private final int[] ends;
  private final Map<Element, String> selectors = new IdentityHashMap<>();

  /**
   * Creates the locator of a built text.
   *
   * @param text the reader's text with its source map
   */
  HtmlTextLocator(ReaderText text) {
    this.placed = List.copyOf(text.placed());
    this.starts = text.sourceStarts();
    this.ends = text.sourceEnds();
  }

  @Override
  public Optional<HtmlLocator> locate(int start, int end) {
    if (start < 0 || end > starts.length || start > end) {
      return Optional.empty();
    }
    Element element = null;
    for (ReaderText.Placed line : placed) {
      boolean overlaps = line.span().start() < end && start < line.span().end();
      boolean inside = start == end && line.span().start() <= start && start <= line.span().end();
      if ((overlaps || inside) && line.element() != null) {
        element = element == null ? line.element() : commonAncestor(element, line.element());
      }
    }
    if (element == null) {
      return Optional.empty();
    }
    HtmlLocator.Builder locator = HtmlLocator.builder().selector(selector(element));
    int from = Integer.MAX_VALUE;
    int to = -1;
    boolean exact = true;
    for (int i = start; i < end; i++) {
      if (starts[i] == Line.INEXACT) {
        exact = false;
        break;
      }
      if (starts[i] >= 0) {
        from = Math.min(from, starts[i]);
        to = Math.max(to, ends[i]);
      }
    }
    if (exact && to >= 0) {
      return Optional.of(locator.sourceStart(from).sourceEnd(to).build());
    }
    return Optional.of(withElementRange(locator, element).build());
  }

  /**
   * Returns the locator of an element as a whole: its selector and the source range from its start
   * tag to its end tag, when tracked.
   *
   * @param element the element
   * @return the locator
   */
  HtmlLocator locate(Element element) {
    return withElementRange(HtmlLocator.builder().selector(selector(element)), element).build();
  }

  private static HtmlLocator.Builder withElementRange(HtmlLocator.Builder locator, Element element) {
    Range range = element.sourceRange();
    if (!range.isTracked()) {
      return locator;
    }
    int end = elementEnd(element);
    if (end < range.startPos()) {
      return locator;
    }
    return locator.sourceStart(range.startPos()).sourceEnd(end);
  }

  /** The end of an element in the source: its end tag, else the end of its last tracked node. */
  private static int elementEnd(Element element) {
    Range endTag = element.endSourceRange();
    if (endTag.isTracked()) {
      return endTag.endPos();
    }
    int end = element.sourceRange().endPos();
    Node last = element;
    int depth = 0;
    while (last.childNodeSize() > 0 && depth++ < 512) {
      last = last.childNode(last.childNodeSize() - 1);
      Range range = last.sourceRange();
      if (range.isTracked()) {
        end = Math.max(end, range.endPos());
      }
      if (last instanceof Element e && e.endSourceRange().isTracked()) {
        end = Math.max(end, e.endSourceRange().endPos());
        break;
      }
    }
    return end;
  }

  private String selector(Element element) {
    return selectors.computeIfAbsent(element, HtmlTextLocator::cssSelector);
  }

  /**
   * jsoup's unique selector of the element ({@code #main > p:nth-child(2)}), or, when jsoup cannot
   * build one (it re-parses the selector it writes, which fails for tag names that are not CSS
   * identifiers, such as names with NUL characters), the {@link #structuralSelector structural} one.
   */
  static String cssSelector(Element element) {
    try {
      return element.cssSelector();
    } catch (org.jsoup.select.Selector.SelectorParseException e) {
      return structuralSelector(element);
    }
  }

  /**
   * A selector that finds exactly this element by its path from the root:
   * {@code html > body:nth-child(2) > article:nth-child(1) > p:nth-child(3)}. It never fails: a
   * tag name that is not a plain CSS identifier is written as {@code *}.
   */
  static String structuralSelector(Element element) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    int depth = 0;
    for (Element e = element; e != null && !(e instanceof org.jsoup.nodes.Document) && depth < 1024;
        e = e.parent(), depth++) {
      String tag = isIdentifier(e.normalName()) ? e.normalName() : "*";
      Element parent = e.parent();
      if (parent == null || parent instanceof org.jsoup.nodes.Document) {
        parts.push(tag);
      } else {
        parts.push(tag + ":nth-child(" + (e.elementSiblingIndex() + 1) + ")");
      }
    }
    return String.join(" > ", parts);
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
        return false;
      }
    }
    return true;
  }

  private static Element commonAncestor(Element a, Element b) {
    if (a == b) {
      return a;
    }
    IdentityHashMap<Element, Boolean> ancestors = new IdentityHashMap<>();
    int depth = 0;
    for (Element e = a; e != null && depth < 1024; e = e.parent(), depth++) {
      ancestors.put(e, Boolean.TRUE);
    }
    depth = 0;
    for (Element e = b; e != null && depth < 1024; e = e.parent(), depth++) {
      if (ancestors.containsKey(e)) {
        return e;
      }
    }
    return a;
  }
}
