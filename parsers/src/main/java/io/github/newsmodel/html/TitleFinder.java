package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the headline of a page. Visible headings ({@code <h1>}, and {@code <h2>}/{@code <h3>}
 * whose class names say "title" or "headline") are scored: agreeing with the metadata title
 * (OpenGraph, JSON-LD {@code headline}, Twitter) or with the article part of the document
 * {@code <title>} counts for a heading; being the site name, sitting in the site header or a
 * navigation, or being a link counts against it. The best heading with a positive score wins,
 * since it can be located in the reader's text; otherwise the metadata title, then the document
 * title, each without site-name parts ({@link TitleCleaner}). Stateless.
 */
final class TitleFinder {
  private static final int MAX_LENGTH = 400;
  private static final int MAX_HEADINGS = 30;

  private TitleFinder() {}

  /**
   * Finds the headline.
   *
   * @param elements the elements of the page
   * @param meta its meta tags
   * @param jsonLd its JSON-LD
   * @param siteName the site name, if known
   * @return the headline, or empty
   */
  static Optional<Found> find(PageElements elements, MetaTags meta, JsonLd jsonLd,
      Optional<Found> siteName) {
    List<Found> metaTitles = metaTitles(meta, jsonLd);
    List<Found> headings = headings(elements);
    List<String> siteNames = new ArrayList<>();
    siteName.ifPresent(s -> siteNames.add(s.value()));
    java.util.Set<Element> siteHeadings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Found heading : headings) {
      if (isSiteHeading(heading.element())) {
        siteNames.add(heading.value());
        siteHeadings.add(heading.element());
      }
    }
    Found documentTitle = documentTitle(elements.title());
    String cleanTitle = documentTitle == null ? "" : TitleCleaner.clean(documentTitle.value(), siteNames, true);
    int articleH1 = 0;
    for (Found heading : headings) {
      if ("h1".equals(heading.element().normalName()) && !siteHeadings.contains(heading.element())) {
        articleH1++;
      }
    }
    Found best = null;
    int bestScore = 0;
    for (Found heading : headings) {
      Found candidate = trimToMetaTitle(heading, metaTitles);
      int score = score(candidate, metaTitles, cleanTitle, documentTitle, siteNames, articleH1 == 1,
          siteHeadings.contains(heading.element()));
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    for (Found title : metaTitles) {
      boolean likeDocument = documentTitle != null && Texts.fold(documentTitle.value()).equals(Texts.fold(title.value()));
      String cleaned = TitleCleaner.clean(title.value(), siteNames, likeDocument);
      if (!cleaned.isEmpty()) {
        return Optional.of(title.withValue(cleaned));
      }
    }
    if (documentTitle != null && !cleanTitle.isEmpty()) {
      return Optional.of(documentTitle.withValue(cleanTitle));
    }
    for (Found heading : headings) {
      if (heading.element().normalName().equals("h1") && !siteHeadings.contains(heading.element())) {
        return Optional.of(heading);
      }
    }
    return Optional.empty();
  }

  /**
   * Drops a leading kicker from a heading when the rest of it is exactly a metadata title
   * ("Corona-Pandemie Es kommt darauf an" with title "Es kommt darauf an").
   */
  private static Found trimToMetaTitle(Found heading, List<Found> metaTitles) {
    String text = heading.value();
    for (Found title : metaTitles) {
      String other = Texts.fold(title.value());
      if (Texts.words(title.value()) < 2 || other.equals(Texts.fold(text)) || !Texts.fold(text).endsWith(other)) {
        continue;
      }
      for (int i = 1; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i)) && !Character.isLetterOrDigit(text.charAt(i - 1))
            || Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
          String rest = text.substring(i);
          if (Texts.fold(rest).equals(other)) {
            return heading.withValue(rest);
          }
        }
      }
    }
    return heading;
  }

  private static int score(Found heading, List<Found> metaTitles, String cleanTitle, Found documentTitle,
      List<String> siteNames, boolean onlyH1, boolean siteHeading) {
    String folded = Texts.fold(heading.value());
    if (folded.isEmpty()) {
      return 0;
    }
    int score = onlyH1 && "h1".equals(heading.element().normalName()) ? 1 : 0;
    for (Found title : metaTitles) {
      String other = Texts.fold(title.value());
      if (other.equals(folded)) {
        score += 4;
        break;
      }
      if (Texts.words(heading.value()) >= 3 && (other.startsWith(folded) || folded.endsWith(other))) {
        score += 3;
        break;
      }
    }
    String clean = Texts.fold(cleanTitle);
    if (!clean.isEmpty() && (clean.equals(folded) || (Texts.words(heading.value()) >= 3 && clean.startsWith(folded)))) {
      score += 2;
    } else if (documentTitle != null && Texts.fold(documentTitle.value()).equals(folded)) {
      score += 2;
    }
    for (String site : siteNames) {
      if (Texts.fold(site).equals(folded)) {
        score -= 5;
        break;
      }
    }
    boolean h1 = "h1".equals(heading.element().normalName());
    if (siteHeading) {
      score -= 3;
    } else if (h1 && insideArticle(heading.element())) {
      score += 1;
    }
    return h1 || score >= 2 ? score : 0;
  }

  private static Found documentTitle(Element title) {
    if (title == null) {
      return null;
    }
    String text = Texts.normalize(title.text());
    return text.isEmpty() || text.length() > MAX_LENGTH ? null
        : new Found(text, "html.title.document", 0.7, title, false);
  }

  private static List<Found> metaTitles(MetaTags meta, JsonLd jsonLd) {
    List<Found> titles = new ArrayList<>();
    for (String key : new String[] {"og:title", "twitter:title"}) {
      for (Element element : meta.all(key)) {
        String value = Texts.normalize(MetaTags.value(element));
        if (usable(value)) {
          titles.add(new Found(value, "html.title.meta", 0.85, element, false));
          break;
        }
      }
    }
    for (JsonLd.Entity entity : jsonLd.entities()) {
      if (entity.rank() > 0) {
        break;
      }
      String headline = Texts.normalize(jsonLd.text(entity.node(), "headline"));
      if (usable(headline)) {
        titles.add(new Found(headline, "html.title.jsonld", 0.85, entity.script(), false));
        break;
      }
    }
    for (String key : new String[] {"headline", "dc.title", "dcterms.title", "parsely-title", "sailthru.title",
        "title"}) {
      for (Element element : meta.all(key)) {
        String value = Texts.normalize(MetaTags.value(element));
        if (usable(value)) {
          titles.add(new Found(value, "html.title.meta", 0.8, element, false));
          break;
        }
      }
    }
    return titles;
  }

  /** Visible h1 headings and title-like h2/h3 headings, in document order. */
  private static List<Found> headings(PageElements elements) {
    List<Found> headings = new ArrayList<>();
    for (int e = 0; e < elements.size(); e++) {
      if (headings.size() >= MAX_HEADINGS) {
        break;
      }
      Element element = elements.get(e);
      String tag = element.normalName();
      if (!"h1".equals(tag) && !"h2".equals(tag) && !"h3".equals(tag)
          && !(element.attributesSize() > 0 && element.hasAttr("itemprop"))) {
        continue;
      }
      boolean titled = "headline".equalsIgnoreCase(element.attr("itemprop")) || titleClass(element);
      if (!"h1".equals(tag) && !titled) {
        continue;
      }
      if (Visibility.isHidden(element)) {
        continue;
      }
      String text = Texts.visibleText(element, MAX_LENGTH + 1, Headings.kickers(element));
      if (usable(text)) {
        String rule = "h1".equals(tag) ? "html.title.h1" : "html.title.heading";
        headings.add(new Found(text, rule, 0.9, element, true));
      }
    }
    return headings;
  }

  private static boolean titleClass(Element element) {
    String attribute = Texts.lower(element.className() + " " + element.id());
    return (attribute.contains("title") || attribute.contains("headline") || attribute.contains("titel"))
        && !attribute.contains("subtitle") && !attribute.contains("widget") && !attribute.contains("section");
  }

  /** Tells whether a heading belongs to the site rather than the article: site header, navigation, logo link. */
  private static boolean isSiteHeading(Element heading) {
    String own = Texts.lower(heading.className() + " " + heading.id());
    if (own.contains("site-title") || own.contains("site-name") || own.contains("logo") || own.contains("brand")) {
      return true;
    }
    int depth = 0;
    for (Element e = heading.parent(); e != null && depth < 64; e = e.parent(), depth++) {
      String tag = e.normalName();
      if ("article".equals(tag) || "main".equals(tag)) {
        return false;
      }
      int hints = ClassHints.of(e);
      if (ClassHints.has(hints, ClassHints.Kind.BODY)) {
        return false;
      }
      if (HtmlTags.FURNITURE.contains(tag) || "header".equals(tag) && isPageHeader(e)) {
        return true;
      }
      String attribute = Texts.lower(e.className() + " " + e.id());
      if (attribute.contains("site-title") || attribute.contains("site-branding") || attribute.contains("logo")
          || attribute.contains("masthead") || attribute.contains("site-header")) {
        return true;
      }
    }
    for (Element child : heading.children()) {
      if ("a".equals(child.normalName()) && isHomeLink(child.attr("href"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPageHeader(Element header) {
    for (Element e = header.parent(); e != null; e = e.parent()) {
      if ("article".equals(e.normalName()) || "main".equals(e.normalName())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHomeLink(String href) {
    String h = href.strip();
    if (h.equals("/") || h.equals("./") || h.equals("#")) {
      return true;
    }
    int scheme = h.indexOf("://");
    if (scheme > 0) {
      int slash = h.indexOf('/', scheme + 3);
      return slash < 0 || slash == h.length() - 1;
    }
    return false;
  }

  private static boolean insideArticle(Element element) {
    int depth = 0;
    for (Element e = element.parent(); e != null && depth < 64; e = e.parent(), depth++) {
      String tag = e.normalName();
      if ("article".equals(tag) || "main".equals(tag) || ClassHints.has(ClassHints.of(e), ClassHints.Kind.BODY)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usable(String title) {
    return !title.isEmpty() && title.length() <= MAX_LENGTH && Texts.hasLetter(title);
  }
}
