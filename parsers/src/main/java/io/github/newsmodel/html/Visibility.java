package io.github.newsmodel.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Decides which elements a reader never sees: scripts, styles, embedded objects, form controls,
 * and elements hidden by the {@code hidden} attribute, {@code aria-hidden}, inline
 * {@code display:none}/{@code visibility:hidden} styles or screen-reader-only class names. The
 * page itself is never modified (so that CSS selectors computed later still match the original
 * page); the {@link PageIndex} skips these subtrees instead. Stateless and thread-safe.
 */
final class Visibility {
  private Visibility() {}

  /**
   * Tells whether an element holds nothing a reader sees.
   *
   * @param element the element
   * @return true for non-content tags and hidden elements
   */
  static boolean isInvisible(Element element) {
    if (HtmlTags.NON_CONTENT.contains(element.normalName())) {
      return true;
    }
    return element.attributesSize() > 0 && isInvisible(element, ClassHints.of(element));
  }

  /**
   * Tells whether an element holds nothing a reader sees, as {@link #isInvisible(Element)} does,
   * with the class hints the page remembers.
   *
   * @param element the element
   * @param page the elements of its page
   * @return true for non-content tags and hidden elements
   */
  static boolean isInvisible(Element element, PageElements page) {
    if (HtmlTags.NON_CONTENT.contains(element.normalName())) {
      return true;
    }
    return element.attributesSize() > 0 && isInvisible(element, page.hints(element));
  }

  /**
   * Tells whether an element or one of its ancestors is invisible, as {@link #isHidden(Element)}
   * does, with the class hints the page remembers.
   *
   * @param element the element
   * @param page the elements of its page
   * @return true when the element cannot be seen
   */
  static boolean isHidden(Element element, PageElements page) {
    int depth = 0;
    for (Element e = element; e != null && depth < 512; e = e.parent(), depth++) {
      if (isInvisible(e, page)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an element holds nothing a reader sees, its class hints already known.
   *
   * @param element the element
   * @param hints its class hints
   * @return true for non-content tags and hidden elements
   */
  static boolean isInvisible(Element element, int hints) {
    if (HtmlTags.NON_CONTENT.contains(element.normalName()) || ClassHints.has(hints, ClassHints.Kind.HIDDEN)) {
      return true;
    }
    if (element.attributesSize() == 0) {
      return false;
    }
    if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style");
    return !style.isEmpty() && isHiddenStyle(style);
  }

  /**
   * Tells whether an element or one of its ancestors is invisible.
   *
   * @param element the element
   * @return true when the element cannot be seen
   */
  static boolean isHidden(Element element) {
    int depth = 0;
    for (Element e = element; e != null && depth < 512; e = e.parent(), depth++) {
      if (isInvisible(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiddenStyle(String style) {
    if (style.indexOf('n') < 0 && style.indexOf('N') < 0) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
