package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements of a page, listed in one traversal: the body's elements in document order, each
 * with its {@code class} and {@code id} attributes joined and lower-cased once, and the page's
 * meta, script, link and title elements, for the metadata readers.
 * One per parse; not shared between threads.
 */
final class PageElements {
  private final List<Element> elements;
  private final String[] classIds;
  private final List<Element> metas;
  private final List<Element> scripts;
  private final List<Element> links;
  private final Element title;
  /** Class hints by {@code class} or {@code id} value, for {@link #hints(Element)}. */
  private final Map<String, Integer> hintCache = new HashMap<>();

  private PageElements(List<Element> elements, List<Element> metas, List<Element> scripts, List<Element> links,
      Element title) {
    this.elements = elements;
    this.classIds = new String[elements.size()];
    this.metas = metas;
    this.scripts = scripts;
    this.links = links;
    this.title = title;
  }

  /**
   * Lists the elements of a page in one traversal: the body's elements, and the page's
   * {@code <meta>}, {@code <script>} and {@code <link>} elements and first {@code <title>}.
   *
   * @param page the page
   * @return the elements
   */
  static PageElements of(Document page) {
    List<Element> metas = new ArrayList<>();
    List<Element> scripts = new ArrayList<>();
    List<Element> links = new ArrayList<>();
    Element[] title = {null};
    List<Element> head = page.head() == null ? List.of() : allElements(page.head());
    List<Element> body = page.body() == null ? List.of() : allElements(page.body());
    for (List<Element> part : List.of(head, body)) {
      for (Element element : part) {
        switch (element.normalName()) {
          case "meta" -> metas.add(element);
          case "script" -> scripts.add(element);
          case "link" -> links.add(element);
          case "title" -> title[0] = title[0] == null ? element : title[0];
          default -> { }
        }
      }
    }
    return new PageElements(body, metas, scripts, links, title[0]);
  }

  /**
   * Returns the class hints of an element ({@link ClassHints#of(Element)}), each attribute value
   * read once per page.
   *
   * @param element an element of the page
   * @return a mask of {@link ClassHints.Kind#bit()} values
   */
  int hints(Element element) {
    return ClassHints.ofRemembered(element, hintCache);
  }

  /**
   * Lists an element and all its descendant elements in document order, as
   * {@code Element.getAllElements()} does, in one walk over the child lists.
   *
   * @param root the element
   * @return the root and its descendants
   */
  static List<Element> allElements(Element root) {
    List<Element> out = new ArrayList<>();
    forEachElement(root, out::add);
    return out;
  }

  /**
   * Visits an element and all its descendant elements in document order, in one walk over the
   * child lists (no recursion, no list of the elements).
   *
   * @param root the element
   * @param action what to do with each element
   */
  static void forEachElement(Element root, java.util.function.Consumer<Element> action) {
    action.accept(root);
    Element[] stack = new Element[32];
    int[] next = new int[32];
    int top = 0;
    stack[0] = root;
    while (top >= 0) {
      Element element = stack[top];
      int i = next[top];
      if (i >= element.childNodeSize()) {
        top--;
        continue;
      }
      next[top] = i + 1;
      if (element.childNode(i) instanceof Element child) {
        action.accept(child);
        top++;
        if (top == stack.length) {
          stack = java.util.Arrays.copyOf(stack, top * 2);
          next = java.util.Arrays.copyOf(next, top * 2);
        }
        stack[top] = child;
        next[top] = 0;
      }
    }
  }

  /**
   * Returns the {@code <meta>} elements of the page, in document order.
   *
   * @return the meta elements
   */
  List<Element> metas() {
    return metas;
  }

  /**
   * Returns the {@code <script>} elements of the page, in document order.
   *
   * @return the script elements
   */
  List<Element> scripts() {
    return scripts;
  }

  /**
   * Returns the {@code <link>} elements of the page, in document order.
   *
   * @return the link elements
   */
  List<Element> links() {
    return links;
  }

  /**
   * Returns the first {@code <title>} element of the page.
   *
   * @return the title element, or null
   */
  Element title() {
    return title;
  }

  /**
   * Returns the number of elements.
   *
   * @return the count
   */
  int size() {
    return elements.size();
  }

  /**
   * Returns an element.
   *
   * @param i its position in document order
   * @return the element
   */
  Element get(int i) {
    return elements.get(i);
  }

  /**
   * Returns the lower-case class and id attributes of an element, space separated.
   *
   * @param i the element's position
   * @return the attributes, empty when the element has neither
   */
  String classId(int i) {
    String cached = classIds[i];
    if (cached == null) {
      Element element = elements.get(i);
      if (element.attributesSize() == 0) {
        cached = "";
      } else {
        String cls = element.attributes().getIgnoreCase("class");
        String id = element.attributes().getIgnoreCase("id");
        cached = (cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id).toLowerCase(Locale.ROOT);
      }
      classIds[i] = cached;
    }
    return cached;
  }
}
