package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * A flat, array-based view of a page body, built in one traversal: the visible elements in
 * document order (invisible subtrees, see {@link Visibility}, are left out), their parents, class hints, and how much text (and link text) each block element
 * owns directly, that is, through text nodes and inline elements without crossing another block.
 * Content selection and text assembly read these arrays instead of calling {@code Element.text()}
 * on subtrees, which would be quadratic. One index per parse; not shared between threads.
 */
final class PageIndex {
  /** Flag: the element starts a line of text. */
  static final int BLOCK = 1;
  /** Flag: a section heading. */
  static final int HEADING = 1 << 1;
  /** Flag: a link or inside one. */
  static final int IN_LINK = 1 << 2;
  /** Flag: page furniture by tag or ARIA role. */
  static final int FURNITURE_TAG = 1 << 3;
  /** Flag: whitespace is kept. */
  static final int PREFORMATTED = 1 << 4;
  /** Flag: schema.org {@code articleBody} or an {@code article} element. */
  static final int ARTICLE = 1 << 5;
  /** Flag: a {@code main} element or ARIA role {@code main}. */
  static final int MAIN = 1 << 6;
  /** Flag: a picture caption or credit ({@code figcaption}, caption class names). */
  static final int CAPTION = 1 << 7;

  private final List<Element> elements = new ArrayList<>();
  private final Map<Element, Integer> indexes = new IdentityHashMap<>();
  private int[] parent = new int[256];
  private int[] end = new int[256];
  private int[] hints = new int[256];
  private int[] flags = new int[256];
  private int[] ownText = new int[256];
  private int[] ownLink = new int[256];
  private int[] ownPunctuation = new int[256];
  private int[] subtreeText = new int[256];
  private boolean flattened;

  private PageIndex() {}

  /**
   * Indexes the subtree of {@code root}.
   *
   * @param root the body
   * @param maxDepth elements nested deeper than this below {@code root} are treated as inline
   *     (their text joins the block above them)
   * @return the index
   */
  static PageIndex build(Element root, int maxDepth) {
    PageIndex index = new PageIndex();
    index.traverse(root, maxDepth);
    return index;
  }

  private void traverse(Element root, int maxDepth) {
    NodeTraversor.filter(new Visitor(maxDepth), root);
  }

  /** Builds the arrays while walking the tree; keeps the open elements on an explicit stack. */
  private final class Visitor implements NodeFilter {
    private final int maxDepth;
    private int[] stack = new int[64];
    private int[] owners = new int[64];
    private int top = -1;
    private int linkDepth;
    private final Map<String, Integer> hintCache = new java.util.HashMap<>();

    Visitor(int maxDepth) {
      this.maxDepth = maxDepth;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element element) {
        int elementHints = ClassHints.of(element, hintCache);
        if (top >= 0 && Visibility.isInvisible(element, elementHints)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        openElement(element, depth, elementHints);
      } else if (node instanceof TextNode text && top >= 0) {
        countText(text.getWholeText(), owners[top]);
      }
      return FilterResult.CONTINUE;
    }

    private void openElement(Element element, int depth, int elementHints) {
      int i = add(element, top < 0 ? -1 : stack[top], elementHints);
      if ("a".equals(element.normalName())) {
        linkDepth++;
      }
      if (linkDepth > 0) {
        flags[i] |= IN_LINK;
      }
      if (depth > maxDepth) {
        flags[i] &= ~(BLOCK | HEADING);
        flattened = true;
      }
      if (top >= 0) {
        flags[i] |= flags[stack[top]] & PREFORMATTED;
      }
      if ("figcaption".equals(element.normalName()) || ClassHints.has(hints[i], ClassHints.Kind.CAPTION)) {
        flags[i] |= CAPTION;
      }
      top++;
      if (top == stack.length) {
        stack = Arrays.copyOf(stack, top * 2);
        owners = Arrays.copyOf(owners, top * 2);
      }
      stack[top] = i;
      owners[top] = (flags[i] & BLOCK) != 0 || top == 0 ? i : owners[top - 1];
    }

    private void countText(String whole, int owner) {
      int chars = 0;
      int punctuation = 0;
      for (int k = 0; k < whole.length(); k++) {
        char c = whole.charAt(k);
        if (!isSpace(c)) {
          chars++;
          if (isPunctuation(c)) {
            punctuation++;
          }
        }
      }
      ownText[owner] += chars;
      ownPunctuation[owner] += punctuation;
      if (linkDepth > 0) {
        ownLink[owner] += chars;
      }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        int i = stack[top];
        end[i] = elements.size();
        subtreeText[i] += ownText[i];
        if (top > 0) {
          subtreeText[stack[top - 1]] += subtreeText[i];
        }
        top--;
        if ("a".equals(element.normalName())) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  /**
   * Tells whether a character is sentence punctuation (stops, commas, ellipses, quotation marks).
   *
   * @param c the character
   * @return true for punctuation that occurs in running text
   */
  static boolean isPunctuation(char c) {
    return switch (c) {
      case '.', ',', '!', '?', ';', ':', '\u2026', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u3002',
          '\uFF0C', '\u060C', '\u061F' -> true;
      default -> false;
    };
  }

  /**
   * Tells whether a character is white space for text counting and assembly (including no-break
   * space).
   *
   * @param c the character
   * @return true for white space
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private int add(Element element, int parentIndex, int elementHints) {
    int i = elements.size();
    if (i == parent.length) {
      int n = i * 2;
      parent = Arrays.copyOf(parent, n);
      end = Arrays.copyOf(end, n);
      hints = Arrays.copyOf(hints, n);
      flags = Arrays.copyOf(flags, n);
      ownText = Arrays.copyOf(ownText, n);
      ownLink = Arrays.copyOf(ownLink, n);
      ownPunctuation = Arrays.copyOf(ownPunctuation, n);
      subtreeText = Arrays.copyOf(subtreeText, n);
    }
    elements.add(element);
    indexes.put(element, i);
    parent[i] = parentIndex;
    hints[i] = elementHints;
    flags[i] = tagFlags(element);
    return i;
  }

  private static final Map<String, Integer> TAG_FLAGS = tagFlagTable();

  private static Map<String, Integer> tagFlagTable() {
    Map<String, Integer> table = new java.util.HashMap<>();
    HtmlTags.BLOCK.forEach(t -> table.merge(t, BLOCK, (a, b) -> a | b));
    HtmlTags.HEADING.forEach(t -> table.merge(t, HEADING, (a, b) -> a | b));
    HtmlTags.FURNITURE.forEach(t -> table.merge(t, FURNITURE_TAG, (a, b) -> a | b));
    HtmlTags.PREFORMATTED.forEach(t -> table.merge(t, PREFORMATTED, (a, b) -> a | b));
    table.merge("article", ARTICLE, (a, b) -> a | b);
    table.merge("main", MAIN, (a, b) -> a | b);
    return Map.copyOf(table);
  }

  private static int tagFlags(Element element) {
    int f = TAG_FLAGS.getOrDefault(element.normalName(), 0);
    if (element.attributesSize() == 0) {
      return f;
    }
    String role = element.attr("role");
    if (!role.isEmpty()) {
      String lower = role.toLowerCase(Locale.ROOT);
      if (HtmlTags.FURNITURE_ROLES.contains(lower)) {
        f |= FURNITURE_TAG;
      }
      if ("main".equals(lower)) {
        f |= MAIN;
      }
    }
    if ("articlebody".equalsIgnoreCase(element.attr("itemprop"))) {
      f |= ARTICLE;
    }
    return f;
  }


  /**
   * Returns the number of elements indexed.
   *
   * @return the count
   */
  int size() {
    return elements.size();
  }

  /**
   * Returns an element by index.
   *
   * @param i the index, in document order
   * @return the element
   */
  Element element(int i) {
    return elements.get(i);
  }

  /**
   * Returns the index of an element.
   *
   * @param element an element of the indexed subtree
   * @return its index, or -1 when it is not indexed
   */
  int indexOf(Element element) {
    Integer i = indexes.get(element);
    return i == null ? -1 : i;
  }

  /**
   * Returns the parent index.
   *
   * @param i an element index
   * @return the parent's index, -1 for the root
   */
  int parent(int i) {
    return parent[i];
  }

  /**
   * Returns the end of an element's subtree: its descendants are the indexes {@code (i, end(i))}.
   *
   * @param i an element index
   * @return the exclusive end of its subtree
   */
  int end(int i) {
    return end[i];
  }

  /**
   * Returns the class hints of an element.
   *
   * @param i an element index
   * @return a mask of {@link ClassHints.Kind#bit()} values
   */
  int hints(int i) {
    return hints[i];
  }

  /**
   * Tells whether an element has a flag.
   *
   * @param i an element index
   * @param flag one of the flag constants
   * @return true when set
   */
  boolean is(int i, int flag) {
    return (flags[i] & flag) != 0;
  }

  /**
   * Returns how many visible characters (not white space) a block owns directly.
   *
   * @param i an element index
   * @return the count, 0 for inline elements
   */
  int ownText(int i) {
    return ownText[i];
  }

  /**
   * Returns how many visible characters the whole subtree of an element holds.
   *
   * @param i an element index
   * @return the count
   */
  int subtreeText(int i) {
    return subtreeText[i];
  }

  /**
   * Returns how many of {@link #ownText(int)} are inside links.
   *
   * @param i an element index
   * @return the count
   */
  int ownLink(int i) {
    return ownLink[i];
  }

  /**
   * Returns how many sentence punctuation marks a block owns directly.
   *
   * @param i an element index
   * @return the count
   */
  int ownPunctuation(int i) {
    return ownPunctuation[i];
  }

  /**
   * Tells whether some elements were nested deeper than the depth limit and were flattened.
   *
   * @return true when the limit was reached
   */
  boolean flattened() {
    return flattened;
  }
}
