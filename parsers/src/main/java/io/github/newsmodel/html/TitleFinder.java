package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline of a page. A visible {@code <h1>} confirmed by the metadata (the JSON-LD
 * {@code headline}, OpenGraph or Twitter title, or the document {@code <title>}) wins, since it
 * can be located in the reader's text; then the metadata title; then the only (or first article)
 * {@code <h1>}; then the document title. Titles from metadata lose site-name parts
 * ({@link TitleCleaner}). Stateless.
 */
final class TitleFinder {
  private static final int MAX_LENGTH = 400;

  private TitleFinder() {}

  /**
   * Finds the headline.
   *
   * @param page the page (before cleaning)
   * @param meta its meta tags
   * @param jsonLd its JSON-LD
   * @param siteName the site name, if known
   * @return the headline, or empty
   */
  static Optional<Found> find(Document page, MetaTags meta, JsonLd jsonLd, Optional<Found> siteName) {
    List<String> siteNames = new ArrayList<>();
    siteName.ifPresent(s -> siteNames.add(s.value()));
    List<Found> metaTitles = metaTitles(meta, jsonLd);
    Element titleElement = page.head() == null ? null : page.head().getElementsByTag("title").first();
    if (titleElement == null) {
      titleElement = page.getElementsByTag("title").first();
    }
    Found documentTitle = null;
    if (titleElement != null) {
      String text = Texts.normalize(titleElement.text());
      if (!text.isEmpty() && text.length() <= MAX_LENGTH) {
        documentTitle = new Found(text, "html.title.document", 0.7, titleElement, false);
      }
    }
    List<Found> headings = headings(page);
    for (Found heading : headings) {
      if (confirmed(heading.value(), metaTitles, documentTitle)) {
        return Optional.of(heading);
      }
    }
    for (Found title : metaTitles) {
      String cleaned = TitleCleaner.clean(title.value(), siteNames);
      if (!cleaned.isEmpty()) {
        return Optional.of(title.withValue(cleaned));
      }
    }
    if (!headings.isEmpty()) {
      return Optional.of(headings.get(0));
    }
    if (documentTitle != null) {
      return Optional.of(documentTitle.withValue(TitleCleaner.clean(documentTitle.value(), siteNames)));
    }
    return Optional.empty();
  }

  private static List<Found> metaTitles(MetaTags meta, JsonLd jsonLd) {
    List<Found> titles = new ArrayList<>();
    for (JsonLd.Entity entity : jsonLd.entities()) {
      if (entity.rank() > 0) {
        break;
      }
      String headline = Texts.normalize(jsonLd.text(entity.node(), "headline"));
      if (usable(headline)) {
        titles.add(new Found(headline, "html.title.jsonld", 0.9, entity.script(), false));
        break;
      }
    }
    for (String key : new String[] {"og:title", "twitter:title", "headline", "dc.title", "dcterms.title",
        "parsely-title", "sailthru.title", "title"}) {
      for (Element element : meta.all(key)) {
        String value = Texts.normalize(MetaTags.value(element));
        if (usable(value)) {
          titles.add(new Found(value, "html.title.meta", 0.85, element, false));
          break;
        }
      }
    }
    return titles;
  }

  /** Visible h1 headings, those inside an article first; falls back to itemprop=headline. */
  private static List<Found> headings(Document page) {
    List<Found> inArticle = new ArrayList<>();
    List<Found> others = new ArrayList<>();
    for (Element h1 : page.body() == null ? List.<Element>of() : page.body().getElementsByTag("h1")) {
      if (hidden(h1)) {
        continue;
      }
      String text = Texts.visibleText(h1, MAX_LENGTH + 1);
      if (!usable(text)) {
        continue;
      }
      Found found = new Found(text, "html.title.h1", 0.9, h1, true);
      (insideArticle(h1) ? inArticle : others).add(found);
    }
    inArticle.addAll(others);
    if (inArticle.isEmpty() && page.body() != null) {
      for (Element e : page.body().getElementsByAttributeValue("itemprop", "headline")) {
        String text = Texts.visibleText(e, MAX_LENGTH + 1);
        if (usable(text) && !hidden(e)) {
          inArticle.add(new Found(text, "html.title.itemprop", 0.85, e, true));
          break;
        }
      }
    }
    return inArticle;
  }

  private static boolean confirmed(String heading, List<Found> metaTitles, Found documentTitle) {
    String folded = Texts.fold(heading);
    if (folded.isEmpty()) {
      return false;
    }
    for (Found title : metaTitles) {
      String other = Texts.fold(title.value());
      if (other.equals(folded) || (Texts.words(heading) >= 3 && other.startsWith(folded))) {
        return true;
      }
    }
    if (documentTitle != null) {
      String title = Texts.fold(documentTitle.value());
      return title.equals(folded) || (Texts.words(heading) >= 2 && title.contains(folded));
    }
    return false;
  }

  private static boolean insideArticle(Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      String tag = e.normalName();
      if ("article".equals(tag) || "main".equals(tag) || ClassHints.has(ClassHints.of(e), ClassHints.Kind.BODY)) {
        return true;
      }
      if ("header".equals(tag) && e.parent() != null && "body".equals(e.parent().normalName())) {
        return false;
      }
    }
    return false;
  }

  private static boolean hidden(Element element) {
    return Visibility.isHidden(element);
  }

  private static boolean usable(String title) {
    return !title.isEmpty() && title.length() <= MAX_LENGTH && Texts.hasLetter(title);
  }
}
