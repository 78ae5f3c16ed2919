package io.github.newsmodel.html;

import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.pipeline.EvidenceLocator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

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
  private final Selectors selectors = new Selectors();
  private final SourcePositions source;

  /**
   * Creates the locator of a built text.
   *
   * @param text the reader's text with its source map
   * @param source the page source and where its nodes are in it
   */
  HtmlTextLocator(ReaderText text, SourcePositions source) {
    this.source = source;
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
   * tag to its end tag, when its position is known.
   *
   * @param element the element
   * @return the locator
   */
  HtmlLocator locate(Element element) {
    return withElementRange(HtmlLocator.builder().selector(selector(element)), element).build();
  }

  private HtmlLocator.Builder withElementRange(HtmlLocator.Builder locator, Element element) {
    int start = source.start(element);
    if (start == SourcePositions.UNKNOWN) {
      return locator;
    }
    int end = elementEnd(element);
    if (end < start) {
      return locator;
    }
    return locator.sourceStart(start).sourceEnd(end);
  }

  /** The end of an element in the source: its end tag, else the end of its last placed node. */
  private int elementEnd(Element element) {
    int endTag = source.closeEnd(element);
    if (endTag != SourcePositions.UNKNOWN) {
      return endTag;
    }
    int end = source.end(element);
    Node last = element;
    int depth = 0;
    while (last.childNodeSize() > 0 && depth++ < 512) {
      last = last.childNode(last.childNodeSize() - 1);
      int lastEnd = source.end(last);
      if (lastEnd != SourcePositions.UNKNOWN) {
        end = Math.max(end, lastEnd);
      }
      if (last instanceof Element e && source.closeEnd(e) != SourcePositions.UNKNOWN) {
        end = Math.max(end, source.closeEnd(e));
        break;
      }
    }
    return end;
  }

  private String selector(Element element) {
    String cached = selectors.get(element);
    if (cached == null) {
      cached = selectors.fast(element);
      if (cached == null) {
        cached = cssSelector(element);
      }
      selectors.put(element, cached);
    }
    return cached;
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

  /**
   * Builds the same selectors as jsoup's {@code Element.cssSelector()} without its checks against the
   * whole document: which ids are unique is counted once per document, and which siblings a
   * {@code tag.class} component would also match is counted once per parent. Only plain names
   * (ASCII letters, digits, {@code -} and {@code _}, written the same escaped or not) are handled;
   * {@link #fast} gives up on anything else, and the caller asks jsoup. Caches the selectors and
   * the components of the elements asked for. One per document; not shared between threads.
   */
  static final class Selectors {
    private final Map<Element, String> selectors = new IdentityHashMap<>();
    private final Map<Element, String> components = new IdentityHashMap<>();
    private final Map<Element, Siblings> siblings = new IdentityHashMap<>();
    private Document idDocument;
    private Map<String, Integer> idCounts;

    /** The element children of a parent: each child's position and how many children have each tag. */
    private record Siblings(Map<Element, Integer> positions, Map<String, Integer> tagCounts, List<Element> children) {}

    /**
     * Returns the cached selector of an element.
     *
     * @param element the element
     * @return the selector, or null when not yet built
     */
    String get(Element element) {
      return selectors.get(element);
    }

    /**
     * Caches the selector of an element.
     *
     * @param element the element
     * @param selector its selector
     */
    void put(Element element, String selector) {
      selectors.put(element, selector);
    }

    /**
     * Returns jsoup's selector of an element, or null when a name on its path is not plain or the
     * element is not in a document.
     *
     * @param element the element
     * @return the selector, or null
     */
    String fast(Element element) {
      Document document = element.ownerDocument();
      if (document == null) {
        return null;
      }
      List<String> parts = new java.util.ArrayList<>();
      for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
        String id = e.id();
        if (!id.isEmpty()) {
          if (!isPlain(id)) {
            return null;
          }
          if (idCount(document, id) == 1) {
            parts.add("#" + id);
            break;
          }
        }
        String component = components.get(e);
        if (component == null) {
          component = component(e);
          if (component == null) {
            return null;
          }
          components.put(e, component);
        }
        parts.add(component);
      }
      if (parts.size() == 1) {
        return parts.get(0);
      }
      StringBuilder selector = new StringBuilder();
      for (int i = parts.size() - 1; i >= 0; i--) {
        selector.append(parts.get(i));
      }
      return selector.toString();
    }

    /** The component of one element: {@code " > tag.class"}, with {@code :nth-child(n)} when needed. */
    private String component(Element element) {
      String tag = element.tagName();
      if (!isPlain(tag)) {
        return null;
      }
      String className = element.className();
      // A plain class attribute holds no white space: it is the one class name (classNames() splits by regex).
      java.util.Set<String> classes = className.isEmpty() ? java.util.Set.of()
          : isPlain(className) ? java.util.Set.of(className) : element.classNames();
      StringBuilder out = new StringBuilder();
      Element parent = element.parent();
      boolean top = parent == null || parent instanceof Document;
      if (!top) {
        out.append(" > ");
      }
      out.append(tag);
      for (String name : classes) {
        if (!isPlain(name)) {
          return null;
        }
      }
      if (!classes.isEmpty()) {
        out.append('.').append(String.join(".", classes));
      }
      if (top) {
        return out.toString();
      }
      Siblings family = siblings.computeIfAbsent(parent, Selectors::siblings);
      String normal = tag.toLowerCase(java.util.Locale.ROOT);
      int matching;
      if (classes.isEmpty()) {
        matching = family.tagCounts().getOrDefault(normal, 0);
      } else {
        matching = 0;
        for (Element sibling : family.children()) {
          if (sibling.normalName().equals(normal) && hasAll(sibling, classes) && ++matching > 1) {
            break;
          }
        }
      }
      if (matching > 1) {
        out.append(":nth-child(").append(family.positions().get(element) + 1).append(')');
      }
      return out.toString();
    }

    private static boolean hasAll(Element element, java.util.Set<String> classes) {
      for (String name : classes) {
        if (!element.hasClass(name)) {
          return false;
        }
      }
      return true;
    }

    private static Siblings siblings(Element parent) {
      List<Element> children = new java.util.ArrayList<>();
      Map<Element, Integer> positions = new IdentityHashMap<>();
      Map<String, Integer> tagCounts = new java.util.HashMap<>();
      for (int n = 0; n < parent.childNodeSize(); n++) {
        if (parent.childNode(n) instanceof Element child) {
          positions.put(child, children.size());
          children.add(child);
          tagCounts.merge(child.normalName(), 1, Integer::sum);
        }
      }
      return new Siblings(positions, tagCounts, children);
    }

    private int idCount(Document document, String id) {
      if (idDocument != document) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        PageElements.forEachElement(document, e -> {
          // As the selector reads it (one pass over the attributes, none for an element without).
          String value = e.id();
          if (!value.isEmpty()) {
            counts.merge(value, 1, Integer::sum);
          }
        });
        idDocument = document;
        idCounts = counts;
      }
      return idCounts.getOrDefault(id, 0);
    }

    /**
     * Tells whether a name is written the same in a selector, escaped or not, and means the same
     * when jsoup reads it back: ASCII letters, digits, {@code -} and {@code _}, starting with a
     * letter or {@code _}.
     */
    static boolean isPlain(String name) {
      if (name.isEmpty()) {
        return false;
      }
      char first = name.charAt(0);
      if (!(first == '_' || first < 0x80 && Character.isLetter(first))) {
        return false;
      }
      for (int i = 1; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
          return false;
        }
      }
      return true;
    }
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
