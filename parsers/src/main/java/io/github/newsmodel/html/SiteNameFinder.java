package io.github.newsmodel.html;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the site name (outlet) of a page: OpenGraph {@code og:site_name}, the JSON-LD publisher
 * of the article or the {@code WebSite} object, then {@code application-name}. Stateless.
 */
final class SiteNameFinder {
  private static final Set<String> SITE_TYPES = Set.of("website");
  private static final int MAX_LENGTH = 100;

  private SiteNameFinder() {}

  /**
   * Finds the site name.
   *
   * @param meta the page's meta tags
   * @param jsonLd the page's JSON-LD
   * @return the site name, or empty
   */
  static Optional<Found> find(MetaTags meta, JsonLd jsonLd) {
    Optional<Element> og = meta.first("og:site_name");
    if (og.isPresent() && usable(MetaTags.value(og.get()))) {
      return Optional.of(new Found(Texts.normalize(MetaTags.value(og.get())), "html.outlet.opengraph", 0.9,
          og.get(), false));
    }
    for (JsonLd.Entity entity : jsonLd.entities()) {
      String name = entity.rank() == 0 ? jsonLd.text(entity.node(), "publisher") : "";
      if (name.isEmpty() && JsonLd.hasType(entity.node(), SITE_TYPES)) {
        name = jsonLd.text(entity.node(), "name");
      }
      if (usable(name)) {
        return Optional.of(new Found(Texts.normalize(name), "html.outlet.jsonld", 0.85, entity.script(), false));
      }
    }
    Optional<Element> app = meta.first("application-name", "apple-mobile-web-app-title");
    if (app.isPresent() && usable(MetaTags.value(app.get()))) {
      return Optional.of(new Found(Texts.normalize(MetaTags.value(app.get())), "html.outlet.meta", 0.6,
          app.get(), false));
    }
    return Optional.empty();
  }

  private static boolean usable(String name) {
    String normalized = Texts.normalize(name);
    return !normalized.isEmpty() && normalized.length() <= MAX_LENGTH && Texts.hasLetter(normalized)
        && !normalized.startsWith("http");
  }
}
