package io.github.newsmodel.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The parts of a headline element that are not the headline: a kicker or roofline above it, a
 * subtitle after it, a section label ({@code <span class="kicker">}, {@code <small>}), recognised
 * by the {@code kicker} class hints, or set apart from the headline by a separator that only
 * screen readers read ({@code <span>Kicker</span><span class="sr-only">: </span>Headline}).
 * Left out only when the heading has other text. Stateless.
 */
final class Headings {
  private static final int MAX_DEPTH = 3;
  private static final int MAX_SEPARATOR = 5;

  private Headings() {}

  /**
   * Returns the kicker elements inside a heading.
   *
   * @param heading the heading element
   * @return a membership test for the elements to leave out (identity based)
   */
  static Predicate<Element> kickers(Element heading) {
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(heading, 0, found);
    if (found.isEmpty()) {
      return e -> false;
    }
    String rest = Texts.visibleText(heading, 500, found::contains);
    if (!Texts.hasLetter(rest)) {
      return e -> false;
    }
    return found::contains;
  }

  private static void collect(Element element, int depth, Set<Element> found) {
    if (depth >= MAX_DEPTH) {
      return;
    }
    int separator = hiddenSeparator(element);
    for (int i = 0; i < element.childrenSize(); i++) {
      Element child = element.child(i);
      if (i < separator || "small".equals(child.normalName())
          || ClassHints.has(ClassHints.of(child), ClassHints.Kind.KICKER) || endsWithHiddenSeparator(child)) {
        found.add(child);
      } else {
        collect(child, depth + 1, found);
      }
    }
  }

  /**
   * Returns the position of the first child that is a hidden separator (": ", " – " written for
   * screen readers only) after some visible text, or -1: the children before it are a kicker
   * shown on a line of its own.
   */
  private static int hiddenSeparator(Element element) {
    for (int i = 1; i < element.childrenSize(); i++) {
      if (isHiddenSeparator(element.child(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Tells whether an element's last child is a hidden separator ("Kicker<span class=sr-only>:</span>"). */
  private static boolean endsWithHiddenSeparator(Element element) {
    int n = element.childrenSize();
    return n > 0 && element.childNode(element.childNodeSize() - 1) == element.child(n - 1)
        && isHiddenSeparator(element.child(n - 1));
  }

  private static boolean isHiddenSeparator(Element element) {
    if (!Visibility.isInvisible(element) || HtmlTags.NON_CONTENT.contains(element.normalName())) {
      return false;
    }
    String text = element.text();
    if (text.isEmpty() || text.length() > MAX_SEPARATOR) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return !text.isBlank();
  }
}
