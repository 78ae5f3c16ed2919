package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by key: the lower-case {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv} attribute (OpenGraph, Twitter cards, Dublin Core,
 * schema.org microdata, publisher-specific names), with the first element of each key in
 * document order. Immutable once read.
 */
final class MetaTags {
  /** Whitespace between the keys of one attribute, compiled once. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Map<String, List<Element>> byKey;

  private MetaTags(Map<String, List<Element>> byKey) {
    this.byKey = byKey;
  }

  /**
   * Reads the meta tags of a page.
   *
   * @param metas the page's meta elements, in document order
   * @return the tags
   */
  static MetaTags read(List<Element> metas) {
    Map<String, List<Element>> byKey = new LinkedHashMap<>();
    for (Element meta : metas) {
      String content = meta.attr("content");
      if (content.isBlank() && !meta.hasAttr("datetime")) {
        continue;
      }
      for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          for (String part : SPACES.split(key)) {
            byKey.computeIfAbsent(part, k -> new ArrayList<>()).add(meta);
          }
        }
      }
    }
    return new MetaTags(byKey);
  }

  /**
   * Returns the first tag with one of the keys, trying the keys in order.
   *
   * @param keys lower-case keys, most trusted first
   * @return the key's content and element, or empty
   */
  Optional<Element> first(String... keys) {
    for (String key : keys) {
      List<Element> elements = byKey.get(key);
      if (elements != null) {
        return Optional.of(elements.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns all tags with a key, in document order.
   *
   * @param key a lower-case key
   * @return the elements, possibly none
   */
  List<Element> all(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /**
   * Returns the value of a meta element: its {@code content}, else its {@code datetime}.
   *
   * @param meta the element
   * @return the value, stripped
   */
  static String value(Element meta) {
    String content = meta.attr("content");
    return Texts.unescapeResidual((content.isBlank() ? meta.attr("datetime") : content).strip());
  }
}
