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
    List<String> siteNames = new ArrayList<>();
    siteName.ifPresent(s -> siteNames.add(s.value()));
    Found documentTitle = documentTitle(elements.title());
    List<String> agreed = agreedTitles(metaTitles, documentTitle, siteNames);
    List<String> titleParts = titleParts(documentTitle, siteNames);
    List<Found> headings = headings(elements, agreed, titleParts);
    titleParts = firstRepeatedPart(titleParts, headings);
    java.util.Set<Element> siteHeadings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Found heading : headings) {
      if (isSiteHeading(heading.element(), agreed.contains(Texts.fold(heading.value())), elements)) {
        siteNames.add(heading.value());
        siteHeadings.add(heading.element());
      }
    }
    String cleanTitle = documentTitle == null ? "" : TitleCleaner.clean(documentTitle.value(), siteNames, true);
    int articleH1 = 0;
    for (Found heading : headings) {
      if ("h1".equals(heading.element().normalName()) && !siteHeadings.contains(heading.element())) {
        articleH1++;
      }
    }
    Found best = null;
    int bestScore = 0;
    Folded folded = new Folded(metaTitles, cleanTitle, documentTitle, siteNames);
    for (Found heading : headings) {
      Found candidate = trimToMetaTitle(heading, metaTitles);
      int score = score(candidate, folded, articleH1 == 1, siteHeadings.contains(heading.element()), titleParts);
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
   * ("Corona-Pandemie Es kommt darauf an" with title "Es kommt darauf an"). The metadata titles
   * are tried in order of preference, and one that repeats the whole heading keeps it whole.
   */
  private static Found trimToMetaTitle(Found heading, List<Found> metaTitles) {
    String text = heading.value();
    String whole = Texts.fold(text);
    for (Found title : metaTitles) {
      String other = Texts.fold(title.value());
      if (other.equals(whole)) {
        return heading;
      }
      if (Texts.words(title.value()) < 2 || !whole.endsWith(other)) {
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

  /**
   * The titles a heading is scored against, folded once for all the headings of a page.
   *
   * @param metaTitles the metadata titles, folded
   * @param cleanTitle the document title without the site's name, folded
   * @param documentTitle the document title, folded, or null when the page has none
   * @param siteNames the site's names, folded
   */
  private record Folded(List<String> metaTitles, String cleanTitle, String documentTitle, List<String> siteNames) {
    Folded(List<Found> metaTitles, String cleanTitle, Found documentTitle, List<String> siteNames) {
      this(metaTitles.stream().map(t -> Texts.fold(t.value())).toList(), Texts.fold(cleanTitle),
          documentTitle == null ? null : Texts.fold(documentTitle.value()),
          siteNames.stream().map(Texts::fold).toList());
    }
  }

  private static int score(Found heading, Folded titles, boolean onlyH1, boolean siteHeading,
      List<String> titleParts) {
    String folded = Texts.fold(heading.value());
    if (folded.isEmpty()) {
      return 0;
    }
    int score = onlyH1 && "h1".equals(heading.element().normalName()) ? 1 : 0;
    for (String other : titles.metaTitles()) {
      if (other.equals(folded)) {
        score += 4;
        break;
      }
      if (Texts.words(heading.value()) >= 3 && (other.startsWith(folded) || folded.endsWith(other))) {
        score += 3;
        break;
      }
    }
    String clean = titles.cleanTitle();
    if (!clean.isEmpty() && (clean.equals(folded) || (Texts.words(heading.value()) >= 3 && clean.startsWith(folded)))) {
      score += 2;
    } else if (titles.documentTitle() != null && titles.documentTitle().equals(folded)) {
      score += 2;
    } else if (titleParts.contains(folded)) {
      score += 2;
    }
    for (String site : titles.siteNames()) {
      if (site.equals(folded)) {
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

  /**
   * Visible h1 headings, title-like h2/h3 headings, and other h2/h3 headings that repeat a
   * metadata title or a part of the document title, in document order; at most
   * {@link #MAX_HEADINGS} h1 headings and as many others.
   */
  private static List<Found> headings(PageElements elements, List<String> agreed, List<String> titleParts) {
    List<Found> headings = new ArrayList<>();
    int h1 = 0;
    int others = 0;
    for (int e = 0; e < elements.size(); e++) {
      if (h1 >= MAX_HEADINGS && others >= MAX_HEADINGS) {
        break;
      }
      Element element = elements.get(e);
      String tag = element.normalName();
      boolean isH1 = "h1".equals(tag);
      if (!isH1 && !"h2".equals(tag) && !"h3".equals(tag)
          && !(element.attributesSize() > 0 && element.hasAttr("itemprop"))) {
        continue;
      }
      if (isH1 ? h1 >= MAX_HEADINGS : others >= MAX_HEADINGS) {
        continue;
      }
      boolean titled = isH1 || "headline".equalsIgnoreCase(element.attr("itemprop")) || titleClass(element);
      if (!titled && "h".equals(tag.substring(0, 1)) && (agreed.isEmpty() && titleParts.isEmpty()
          || !repeatsTitle(element, agreed, titleParts))) {
        continue;
      }
      if (!titled && !"h".equals(tag.substring(0, 1))) {
        continue;
      }
      if (Visibility.isHidden(element, elements)) {
        continue;
      }
      String text = Texts.visibleText(element, MAX_LENGTH + 1, Headings.kickers(element));
      if (usable(text)) {
        String rule = isH1 ? "html.title.h1" : "html.title.heading";
        headings.add(new Found(text, rule, 0.9, element, true));
        if (isH1) {
          h1++;
        } else {
          others++;
        }
      }
    }
    return headings;
  }

  /** Tells whether an h2/h3 heading's text repeats a metadata title or a part of the document title. */
  private static boolean repeatsTitle(Element element, List<String> agreed, List<String> titleParts) {
    String folded = Texts.fold(Texts.visibleText(element, MAX_LENGTH + 1));
    return !folded.isEmpty() && (agreed.contains(folded) || titleParts.contains(folded));
  }

  /**
   * Of the document title's parts, the first that a heading repeats: where two parts are both
   * headings ("Headline — Site" with the site name as a heading too), the site name usually
   * comes last.
   */
  private static List<String> firstRepeatedPart(List<String> titleParts, List<Found> headings) {
    if (titleParts.isEmpty()) {
      return titleParts;
    }
    List<String> folded = new ArrayList<>();
    for (Found heading : headings) {
      folded.add(Texts.fold(heading.value()));
    }
    for (String part : titleParts) {
      if (folded.contains(part)) {
        return List.of(part);
      }
    }
    return List.of();
  }

  /**
   * The folded parts of the document title between site-name separators ("Headline | Site") that
   * have two words or more and are neither the site name nor a domain name; empty when the title
   * has one part.
   */
  private static List<String> titleParts(Found documentTitle, List<String> siteNames) {
    if (documentTitle == null) {
      return List.of();
    }
    List<String> parts = TitleCleaner.parts(documentTitle.value());
    if (parts.size() < 2) {
      return List.of();
    }
    List<String> sites = new ArrayList<>();
    for (String site : siteNames) {
      sites.add(Texts.fold(site));
    }
    List<String> folded = new ArrayList<>();
    for (String part : parts) {
      String f = Texts.fold(part);
      if (Texts.words(part) >= 2 && !TitleCleaner.looksLikeDomain(part) && !sites.contains(f)) {
        folded.add(f);
      }
    }
    return folded;
  }

  private static boolean titleClass(Element element) {
    String attribute = Texts.lower(element.className() + " " + element.id());
    return (attribute.contains("title") || attribute.contains("headline") || attribute.contains("titel"))
        && !attribute.contains("subtitle") && !attribute.contains("widget") && !attribute.contains("section");
  }

  /**
   * The folded titles a heading may repeat and still be the article's own heading although it
   * sits in a page header: the metadata titles and the document title without its site-name
   * parts, none of them equal to the site name.
   */
  private static List<String> agreedTitles(List<Found> metaTitles, Found documentTitle, List<String> siteNames) {
    List<String> agreed = new ArrayList<>();
    for (Found title : metaTitles) {
      agreed.add(Texts.fold(title.value()));
    }
    if (documentTitle != null) {
      agreed.add(Texts.fold(TitleCleaner.clean(documentTitle.value(), siteNames, true)));
    }
    List<String> sites = new ArrayList<>();
    for (String site : siteNames) {
      sites.add(Texts.fold(site));
    }
    agreed.removeIf(t -> t.isEmpty() || sites.contains(t));
    return agreed;
  }

  /**
   * Tells whether a heading belongs to the site rather than the article: its own class names a
   * logo or site title; or it sits in a navigation, a page header or a masthead, or holds a link
   * to the home page, and does not repeat the page's title.
   */
  private static boolean isSiteHeading(Element heading, boolean repeatsTitle, PageElements elements) {
    String own = Texts.lower(heading.className() + " " + heading.id());
    if (own.contains("site-title") || own.contains("site-name") || own.contains("logo") || own.contains("brand")) {
      return true;
    }
    if (repeatsTitle) {
      return false;
    }
    int depth = 0;
    for (Element e = heading.parent(); e != null && depth < 64; e = e.parent(), depth++) {
      String tag = e.normalName();
      if ("article".equals(tag) || "main".equals(tag)) {
        return false;
      }
      int hints = elements.hints(e);
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
