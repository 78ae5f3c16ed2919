package io.github.newsmodel.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The parts of a headline element that are not the headline: a kicker or roofline above it, a
 * subtitle after it, a section label ({@code <span class="kicker">}, {@code <small>}), recognised
 * by the {@code kicker} class hints. Left out only when the heading has other text. Stateless.
 */
final class Headings {
  private static final int MAX_DEPTH = 3;

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
    for (Element child : element.children()) {
      if ("small".equals(child.normalName()) || ClassHints.has(ClassHints.of(child), ClassHints.Kind.KICKER)) {
        found.add(child);
      } else {
        collect(child, depth + 1, found);
      }
    }
  }
}
