package io.github.newsmodel.html;

import java.util.Set;

/** Tag-name sets the HTML stage decides by. All names are jsoup's normal (lower-case) names. */
final class HtmlTags {
  /**
   * Elements that never hold reader's text: scripts, styles, embedded objects, form controls,
   * ruby annotations (the reading aids printed above East Asian characters).
   */
  static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "svg", "math",
      "canvas", "iframe", "object", "embed", "input", "select", "textarea", "button", "option", "optgroup",
      "datalist", "link", "meta", "head", "title", "base", "audio", "video", "source", "track", "map", "area",
      "dialog", "frame", "frameset", "applet", "param", "picture", "img", "rt", "rp");

  /** Elements that start a new line of text. */
  static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
      "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend", "html",
      "listing", "plaintext", "xmp", "noframes");

  /** Section headings. */
  static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Page furniture by tag: navigation, complementary content, page footers. */
  static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "menu");

  /** ARIA roles of page furniture. */
  static final Set<String> FURNITURE_ROLES = Set.of("navigation", "menu", "menubar", "complementary",
      "contentinfo", "search", "dialog", "alertdialog", "alert", "banner", "toolbar", "tablist");

  /** Elements whose whitespace is kept. */
  static final Set<String> PREFORMATTED = Set.of("pre", "listing", "plaintext", "xmp", "textarea");

  /** The query {@code html}, parsed once (jsoup parses a query string on every call). */
  static final org.jsoup.select.Evaluator HTML = org.jsoup.select.QueryParser.parse("html");

  private HtmlTags() {}
}
