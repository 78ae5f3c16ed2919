package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the byline of a page from markup: the JSON-LD {@code author} of the article, author
 * {@code <meta>} tags (including Dublin Core {@code creator}), and visible byline elements
 * ({@code rel=author}, {@code itemprop=author}, class names with "author" or "byline"). A visible
 * element that agrees with the metadata is preferred, since it can be located in the text.
 * Bylines are cleaned by {@link BylineCleaner}. Stateless.
 */
final class BylineFinder {
  private static final String[] META_KEYS = {"author", "article:author", "dc.creator", "dcterms.creator",
      "byl", "parsely-author", "sailthru.author", "citation_author", "twitter:data1"};
  private static final String[] CLASS_WORDS = {"byline", "author", "autor", "verfasser", "writer", "auteur",
      "autore", "creator", "submitted"};
  private static final String[] NOT_BYLINE = {"bio", "box", "description", "avatar", "image", "img", "photo",
      "about", "info-text", "desc", "social", "follow", "more", "list", "comment", "wrapper"};
  private static final int MAX_VISIBLE = 300;
  private static final String[] AUTHOR_PATHS = {"/author/", "/authors/", "/autor/", "/autoren/", "/auteur/",
      "/autore/", "/redakteur/", "/journalist/"};
  private static final int MAX_ELEMENTS = 40;
  /** The shortest author name, spaces removed, that is compared with a site name written together. */
  private static final int MIN_JOINED_SITE = 6;
  private static final String SITE_AUTHOR_RULE = "html.byline.site";
  /** How far up a related-links or comments container hides a byline element. */
  private static final int DROP_DEPTH = 2;

  private BylineFinder() {}

  /**
   * Finds the byline.
   *
   * @param elements the elements of the page body, in document order
   * @param meta its meta tags
   * @param jsonLd its JSON-LD
   * @param siteName the site name, if known (a metadata author equal to it is no byline)
   * @return the byline, or empty
   */
  static Optional<Found> find(PageElements elements, MetaTags meta, JsonLd jsonLd, Optional<Found> siteName) {
    List<Found> fromMetadata = new ArrayList<>();
    Found siteAuthor = null;
    for (JsonLd.Entity entity : jsonLd.entities()) {
      if (entity.rank() > 1) {
        break;
      }
      List<String> names = jsonLd.names(entity.node(), "author");
      if (names.isEmpty()) {
        names = jsonLd.names(entity.node(), "creator");
      }
      Optional<String> joined = joinNames(names);
      if (joined.isPresent() && isSiteName(joined.get(), siteName)) {
        siteAuthor = siteAuthor == null ? siteAuthor(joined.get(), entity.script()) : siteAuthor;
        continue;
      }
      if (joined.isPresent()) {
        fromMetadata.add(new Found(joined.get(), "html.byline.jsonld", 0.85, entity.script(), false));
        break;
      }
    }
    for (String key : META_KEYS) {
      for (Element element : meta.all(key)) {
        if ("twitter:data1".equals(key) && !isTwitterAuthorLabel(meta)) {
          continue;
        }
        Optional<String> cleaned = BylineCleaner.clean(MetaTags.value(element));
        if (cleaned.isPresent() && isSiteName(cleaned.get(), siteName)) {
          siteAuthor = siteAuthor == null ? siteAuthor(cleaned.get(), element) : siteAuthor;
          continue;
        }
        if (cleaned.isPresent()) {
          fromMetadata.add(new Found(cleaned.get(), "html.byline.meta", 0.8, element, false));
          break;
        }
      }
    }
    preferFullerList(fromMetadata);
    List<Found> visible = visible(elements);
    for (Found element : visible) {
      for (Found metadata : fromMetadata) {
        if (agree(element.value(), metadata.value())) {
          return Optional.of(names(metadata.value()) > names(element.value()) ? metadata : element);
        }
      }
    }
    Found best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Found candidate : visible) {
      int score = score(candidate);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    if (!fromMetadata.isEmpty()) {
      Found metadata = fromMetadata.get(0);
      boolean personShown = best != null && !BylineCues.isOrganisation(best.value()) && score(best) >= 2;
      return Optional.of(BylineCues.isOrganisation(metadata.value()) && personShown ? best : metadata);
    }
    return Optional.ofNullable(best != null ? best : siteAuthor);
  }

  /**
   * A metadata author that is the site itself ("Eurosport" on the Eurosport site): the byline
   * only when the page names no one else, and it gives way to any byline found in the text.
   */
  private static Found siteAuthor(String name, Element element) {
    return TitleCleaner.looksLikeDomain(name) || Texts.lower(name).startsWith("www.") ? null
        : new Found(name, SITE_AUTHOR_RULE, 0.4, element, false);
  }

  /**
   * Tells whether a byline is a site's name read as its author, which a byline found in the text
   * replaces.
   *
   * @param byline the byline
   * @return true for a site-name author
   */
  static boolean isSiteAuthor(Found byline) {
    return SITE_AUTHOR_RULE.equals(byline.rule());
  }

  /**
   * Moves to the front the metadata byline that names more people than the first and includes
   * it ("Jane Doe, John Roe" in a meta tag where JSON-LD names only "Jane Doe").
   */
  private static void preferFullerList(List<Found> fromMetadata) {
    if (fromMetadata.size() < 2) {
      return;
    }
    Found first = fromMetadata.get(0);
    for (int i = 1; i < fromMetadata.size(); i++) {
      Found other = fromMetadata.get(i);
      if (names(other.value()) > names(first.value()) && Texts.fold(other.value()).contains(Texts.fold(first.value()))) {
        fromMetadata.remove(i);
        fromMetadata.add(0, other);
        return;
      }
    }
  }

  /** Counts the names of a byline list: its parts between commas and "and"/"und"/"&". */
  private static int names(String byline) {
    return BylineCleaner.NAME_SEPARATORS.split(byline).length;
  }

  /**
   * Tells whether a metadata author is really the site: its name, a domain, the name with a
   * suffix, or the name written together ("El Colombiano" on "www.elcolombiano.com").
   */
  private static boolean isSiteName(String author, Optional<Found> siteName) {
    if (TitleCleaner.looksLikeDomain(author) || Texts.lower(author).startsWith("www.")) {
      return true;
    }
    if (siteName.isEmpty()) {
      return false;
    }
    String site = Texts.fold(siteName.get().value());
    String folded = Texts.fold(author);
    if (site.isEmpty()) {
      return false;
    }
    if (folded.equals(site) || folded.contains(site) || site.contains(folded)) {
      return true;
    }
    String joined = folded.replace(" ", "");
    return joined.length() >= MIN_JOINED_SITE && site.replace(" ", "").contains(joined);
  }

  private static boolean isTwitterAuthorLabel(MetaTags meta) {
    return meta.first("twitter:label1").map(e -> Texts.lower(MetaTags.value(e)))
        .filter(label -> label.contains("written by") || label.contains("autor") || label.contains("author"))
        .isPresent();
  }

  private static Optional<String> joinNames(List<String> names) {
    List<String> cleaned = new ArrayList<>();
    for (String name : names) {
      BylineCleaner.clean(name).filter(n -> !cleaned.contains(n)).ifPresent(cleaned::add);
      if (cleaned.size() >= 5) {
        break;
      }
    }
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    String joined = String.join(", ", cleaned);
    return BylineCleaner.acceptable(joined) ? Optional.of(joined) : Optional.of(cleaned.get(0));
  }

  /**
   * Scores a visible byline candidate: marked by {@code rel}/{@code itemprop}, introduced by a lead
   * word ("By"), or shaped like a name (two to four capitalised words) counts for it.
   */
  private static int score(Found candidate) {
    int score = 0;
    if (!"html.byline.element".equals(candidate.rule())) {
      score += 2;
    }
    if (candidate.confidence() > 0.75) {
      score += 2;
    }
    String value = candidate.value();
    int words = Texts.words(value);
    if (words >= 2 && words <= 4 && Character.isUpperCase(value.charAt(0))) {
      score += 1;
    }
    if (words == 1 && !Character.isUpperCase(value.charAt(0))) {
      score -= 1;
    }
    return score;
  }

  /** Visible byline elements, in document order. */
  private static List<Found> visible(PageElements elements) {
    List<Found> found = new ArrayList<>();
    int seen = 0;
    for (int e = 0; e < elements.size(); e++) {
      if (seen >= MAX_ELEMENTS) {
        break;
      }
      Element element = elements.get(e);
      String rule = bylineRule(element, elements.classId(e));
      if (rule == null || hiddenOrFurniture(element, elements)) {
        continue;
      }
      seen++;
      Element source = element;
      if ("author".equalsIgnoreCase(element.attr("itemprop"))) {
        Element name = element.getElementsByAttributeValue("itemprop", "name").first();
        if (name != null) {
          source = name;
        }
      }
      String text = Texts.firstLine(source, MAX_VISIBLE + 1);
      if (text.isEmpty() || text.length() > MAX_VISIBLE) {
        continue;
      }
      Optional<String> cleaned = BylineCleaner.clean(text);
      if (cleaned.isPresent() && !isLabelOnly(cleaned.get())) {
        double confidence = BylineCues.leadLength(text) > 0 ? 0.8 : 0.75;
        found.add(new Found(cleaned.get(), rule, confidence, source, true));
      }
    }
    return found;
  }

  private static String bylineRule(Element element, String attribute) {
    if (element.attributesSize() == 0) {
      return null;
    }
    if ("author".equalsIgnoreCase(element.attr("rel"))) {
      return "html.byline.rel";
    }
    if ("a".equals(element.normalName()) && isAuthorLink(element.attr("href"))) {
      return "html.byline.link";
    }
    if ("author".equalsIgnoreCase(element.attr("itemprop"))) {
      return "html.byline.itemprop";
    }
    boolean named = false;
    String hints = attribute;
    String testId = element.attr("data-testid");
    if (!testId.isEmpty()) {
      hints = hints + " " + Texts.lower(testId);
    }
    for (String word : CLASS_WORDS) {
      if (hints.contains(word)) {
        named = true;
        break;
      }
    }
    if (!named) {
      return null;
    }
    for (String word : NOT_BYLINE) {
      if (hints.contains(word)) {
        return null;
      }
    }
    return "html.byline.element";
  }

  /**
   * Tells whether a byline element cannot be seen, or sits in a part that is not the article
   * (comments, related links, sidebars); the search stops at the article element and at body.
   */
  /** Tells whether a link leads to an author page ("/author/jane-doe/", "/autoren/max-muster"). */
  private static boolean isAuthorLink(String href) {
    if (href.length() < 8 || (href.indexOf("uthor") < 0 && href.indexOf("utor") < 0 && href.indexOf("uteur") < 0
        && href.indexOf("edakteur") < 0 && href.indexOf("ournalist") < 0)) {
      return false;
    }
    for (String path : AUTHOR_PATHS) {
      for (int at = href.indexOf('/'); at >= 0 && at + path.length() < href.length(); at = href.indexOf('/', at + 1)) {
        if (href.regionMatches(true, at, path, 0, path.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hiddenOrFurniture(Element element, PageElements elements) {
    boolean dropped = false;
    boolean furniture = false;
    int depth = 0;
    for (Element e = element; e != null && depth < 64; e = e.parent(), depth++) {
      String tag = e.normalName();
      if ("body".equals(tag) || "html".equals(tag)) {
        return dropped || furniture;
      }
      if (Visibility.isInvisible(e, elements)) {
        return true;
      }
      int hints = elements.hints(e);
      if ("article".equals(tag) || "main".equals(tag) || ClassHints.has(hints, ClassHints.Kind.BODY)) {
        return dropped || Visibility.isHidden(e, elements);
      }
      if (e != element && depth <= DROP_DEPTH && !Texts.lower(e.className() + " " + e.id()).contains("author")
          && (ClassHints.has(hints, ClassHints.Kind.NEVER) || ClassHints.has(hints, ClassHints.Kind.DROP))) {
        dropped = true;
      }
      furniture |= HtmlTags.FURNITURE.contains(tag);
    }
    return dropped || furniture;
  }

  private static boolean isLabelOnly(String text) {
    String lower = Texts.lower(text);
    return lower.equals("author") || lower.equals("autor") || lower.equals("authors") || lower.equals("by");
  }

  /**
   * Tells whether two bylines name the same author(s): at least half of the words of the shorter
   * occur in the other.
   */
  private static boolean agree(String a, String b) {
    List<String> wa = List.of(Texts.fold(a).split(" "));
    List<String> wb = List.of(Texts.fold(b).split(" "));
    List<String> shorter = wa.size() <= wb.size() ? wa : wb;
    List<String> longer = shorter == wa ? wb : wa;
    int common = 0;
    for (String w : shorter) {
      if (!w.isEmpty() && longer.contains(w)) {
        common++;
      }
    }
    return common > 0 && common * 2 >= shorter.size();
  }
}
