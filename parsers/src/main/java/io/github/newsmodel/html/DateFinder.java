package io.github.newsmodel.html;

import io.github.newsmodel.model.PublicationDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date of a page from markup, most trusted first: a complete date in the
 * page address (canonical link, {@code og:url}, the caller's address), JSON-LD
 * {@code datePublished}, publication {@code <meta>} tags (OpenGraph article, Dublin Core,
 * publisher-specific names), {@code <time>} elements marked as publication, microdata, data
 * scripts, visible elements whose class names say "date", {@code <time>} elements in general.
 * Modification dates are used only when nothing gives the publication date. Stateless.
 */
final class DateFinder {
  private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
      "article:published", "article.published", "datepublished", "og:published_time", "published_time",
      "published-date", "published_date", "publication_date", "publication-date", "publish-date", "publish_date",
      "publishdate", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
      "citation_publication_date", "citation_date", "citation_online_date", "rnews:datepublished",
      "cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate", "date.release", "release_date",
      "bt:pubdate", "dc.date.available", "og:pubdate", "article_date_original"};
  /** Generic date names: often the date of the page rather than of the article. */
  private static final String[] GENERIC_DATE_META = {"date", "dc.date", "dcterms.date", "dc.date.created",
      "dcterms.created", "datecreated", "created", "creation_date", "datetime", "pdate", "dat"};
  private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time",
      "article:modified", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
      "lastmodified", "modified_time", "revised"};
  private static final String[] DATE_CLASS_WORDS = {"date", "datum", "time", "publish", "posted", "postdate",
      "pubdate", "dateline", "timestamp", "zeit", "fecha", "data"};
  private static final int MAX_DATE_ELEMENTS = 60;
  private static final int MAX_DATE_TEXT = 120;
  private static final int MAX_SCRIPT = 500_000;
  private static final double LIST_DATE = 0.5;
  private static final java.util.regex.Pattern SCRIPT_DATE = java.util.regex.Pattern.compile(
      "\"(?:datePublished|publishedDate|published_at|publishDate|publish_date|date_published|publicationDate"
          + "|pubDate|firstPublishedAt|publishedAt|first_published_at|publication_date)\"\\s{0,3}:\\s{0,3}"
          + "\"([^\"\\\\]{8,40})\"");

  /** A date found, with its provenance and whether it is a modification date. */
  record Dated(PublicationDate date, Found found, boolean modified) {}

  private DateFinder() {}

  /**
   * Finds the publication date.
   *
   * @param elements the elements of the page
   * @param meta its meta tags
   * @param jsonLd its JSON-LD
   * @param pageUrl the caller's address for the page, if known
   * @param monthFirst whether ambiguous numeric dates are month-first
   * @return the date found with its provenance, or empty
   */
  static Optional<Dated> find(PageElements elements, MetaTags meta, JsonLd jsonLd,
      Optional<String> pageUrl, boolean monthFirst) {
    List<Dated> candidates = candidates(elements, meta, jsonLd, pageUrl, monthFirst);
    Optional<Dated> published = candidates.stream().filter(d -> !d.modified())
        .max(Comparator.comparingDouble((Dated d) -> d.found().confidence()));
    if (published.isPresent()) {
      return Optional.of(localForm(published.get(), candidates));
    }
    return candidates.stream().max(Comparator.comparingDouble((Dated d) -> d.found().confidence()));
  }

  /**
   * Collects every date the page states in markup, with provenance.
   *
   * @param elements the elements of the page
   * @param meta its meta tags
   * @param jsonLd its JSON-LD
   * @param pageUrl the caller's address for the page, if known
   * @param monthFirst whether ambiguous numeric dates are month-first
   * @return the dates found, publication and modification, in source order
   */
  static List<Dated> candidates(PageElements elements, MetaTags meta, JsonLd jsonLd,
      Optional<String> pageUrl, boolean monthFirst) {
    List<Dated> candidates = new ArrayList<>();
    jsonLd(jsonLd, monthFirst, candidates);
    metaDates(meta, monthFirst, candidates);
    List<Dated> fromElements = new ArrayList<>();
    elements(elements, monthFirst, fromElements);
    candidates.addAll(weakenLists(fromElements));
    scriptData(elements.scripts(), candidates);
    urls(elements.links(), meta, pageUrl, candidates);
    return candidates;
  }

  /**
   * Lowers the confidence of dates read from elements with date class names when they name
   * several different days: a page listing many dates (archives, teasers, events) does not say
   * which one is the article's.
   */
  private static List<Dated> weakenLists(List<Dated> elements) {
    long days = elements.stream().filter(d -> "html.published.element".equals(d.found().rule()))
        .map(d -> d.date().date()).distinct().count();
    if (days <= 1) {
      return elements;
    }
    List<Dated> weakened = new ArrayList<>(elements.size());
    for (Dated d : elements) {
      Found f = d.found();
      weakened.add("html.published.element".equals(f.rule())
          ? new Dated(d.date(), new Found(f.value(), f.rule(), Math.min(f.confidence(), LIST_DATE), f.element(),
              f.visible()), d.modified())
          : d);
    }
    return weakened;
  }

  /**
   * Prefers the page's local form of a UTC time stamp: when another source gives the same instant
   * with the local offset ("2023-11-08T21:11:03-05:00" for "2023-11-09T02:11:03Z"), its calendar
   * date is the one readers saw.
   */
  private static Dated localForm(Dated chosen, List<Dated> candidates) {
    PublicationDate date = chosen.date();
    if (date.offset().isEmpty() || date.offset().get().getTotalSeconds() != 0 || date.time().isEmpty()) {
      return chosen;
    }
    java.time.OffsetDateTime instant = java.time.OffsetDateTime.of(date.date(), date.time().get(), date.offset().get());
    for (Dated other : candidates) {
      PublicationDate o = other.date();
      if (o.offset().isPresent() && o.time().isPresent() && o.offset().get().getTotalSeconds() != 0
          && java.time.OffsetDateTime.of(o.date(), o.time().get(), o.offset().get()).isEqual(instant)) {
        return new Dated(o, other.found(), false);
      }
    }
    return chosen;
  }

  private static void jsonLd(JsonLd jsonLd, boolean monthFirst, List<Dated> out) {
    boolean published = false;
    boolean modified = false;
    for (JsonLd.Entity entity : jsonLd.entities()) {
      if (entity.rank() > 1) {
        break;
      }
      double bonus = entity.rank() == 0 ? 0.05 : 0;
      if (!published) {
        for (String key : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
          String value = jsonLd.text(entity.node(), key);
          Optional<PublicationDate> date = DateText.parseValue(value, true);
          if (date.isPresent()) {
            out.add(new Dated(date.get(), new Found(value, "html.published.jsonld", 0.9 + bonus,
                entity.script(), false), false));
            published = true;
            break;
          }
        }
      }
      if (!modified) {
        String value = jsonLd.text(entity.node(), "dateModified");
        Optional<PublicationDate> date = DateText.parseValue(value, true);
        if (date.isPresent()) {
          out.add(new Dated(date.get(), new Found(value, "html.modified.jsonld", 0.5 + bonus, entity.script(),
              false), true));
          modified = true;
        }
      }
    }
  }

  private static void metaDates(MetaTags meta, boolean monthFirst, List<Dated> out) {
    for (int k = 0; k < PUBLISHED_META.length; k++) {
      Optional<Dated> found = metaDate(meta, PUBLISHED_META[k], monthFirst, 0.88 - k * 0.002, false);
      if (found.isPresent()) {
        out.add(found.get());
        break;
      }
    }
    for (String key : GENERIC_DATE_META) {
      Optional<Dated> found = metaDate(meta, key, monthFirst, 0.58, false);
      if (found.isPresent()) {
        out.add(found.get());
        break;
      }
    }
    for (String key : MODIFIED_META) {
      Optional<Dated> found = metaDate(meta, key, monthFirst, 0.45, true);
      if (found.isPresent()) {
        out.add(found.get());
        break;
      }
    }
  }

  private static Optional<Dated> metaDate(MetaTags meta, String key, boolean monthFirst, double confidence,
      boolean modified) {
    for (Element element : meta.all(key)) {
      String value = MetaTags.value(element);
      Optional<PublicationDate> date = DateText.parseValue(value, true);
      if (date.isPresent()) {
        String rule = modified ? "html.modified.meta" : "html.published.meta";
        return Optional.of(new Dated(date.get(), new Found(value, rule, confidence, element, false), modified));
      }
    }
    return Optional.empty();
  }

  private static void elements(PageElements elements, boolean monthFirst, List<Dated> out) {
    int seen = 0;
    boolean firstTime = true;
    for (int e = 0; e < elements.size(); e++) {
      if (seen >= MAX_DATE_ELEMENTS) {
        break;
      }
      Element element = elements.get(e);
      String classId = elements.classId(e);
      String tag = element.normalName();
      String itemprop = element.attributesSize() == 0 ? "" : Texts.lower(element.attr("itemprop"));
      if ("time".equals(tag)) {
        seen++;
        boolean marked = element.hasAttr("pubdate") || "datepublished".equals(itemprop)
            || classId.contains("publish") || classId.contains("entry-date") || classId.contains("post-date");
        boolean modified = "datemodified".equals(itemprop) || classId.contains("updated")
            || classId.contains("modified");
        double confidence = marked ? 0.8 : modified ? 0.4 : firstTime ? 0.62 : 0.5;
        firstTime = false;
        timeElement(element, monthFirst, confidence, modified, out);
      } else if ("datepublished".equals(itemprop) || "datecreated".equals(itemprop)) {
        seen++;
        timeElement(element, monthFirst, 0.8, false, out);
      } else if ("abbr".equals(tag) && classId.contains("published")) {
        seen++;
        timeElement(element, monthFirst, 0.75, false, out);
      } else if (hasDateClass(classId)) {
        seen++;
        String text = Texts.visibleText(element, MAX_DATE_TEXT + 1);
        if (text.length() <= MAX_DATE_TEXT) {
          Optional<DateText.Match> match = DateText.find(text, monthFirst);
          if (match.isPresent()) {
            boolean modified = DateCues.isModified(text.substring(0, match.get().start()))
                || classId.contains("updated") || classId.contains("modified");
            double confidence = modified ? 0.4 : (classId.contains("publish") ? 0.7 : 0.6);
            out.add(new Dated(match.get().date(), new Found(text.substring(match.get().start(), match.get().end()),
                "html.published.element", confidence, element, true), modified));
          }
        }
      }
    }
  }

  /**
   * Reads a date written after a publication cue in a small element:
   * {@code <li><span>Datum:</span>26. Januar 2022</li>}, "Erschienen am: 13.10.2021". Only elements whose own text holds a date
   * are looked at closer, so the scan stays linear.
   *
   * @param element the element
   * @param monthFirst whether ambiguous numeric dates are month-first
   * @param out where a date found is added
   * @return true when a date was found
   */
  static boolean ownDateWithCue(Element element, boolean monthFirst, List<Dated> out) {
    if (!ownTextHasDigit(element)) {
      return false;
    }
    String own = element.ownText();
    if (own.length() < 6 || own.length() > MAX_DATE_TEXT || !hasDigit(own)) {
      return false;
    }
    Optional<DateText.Match> inOwn = DateText.find(own, monthFirst);
    if (inOwn.isEmpty()) {
      return false;
    }
    String text = Texts.visibleText(element, MAX_DATE_TEXT + 1);
    Optional<DateText.Match> match = DateText.find(text, monthFirst);
    if (text.length() > MAX_DATE_TEXT || match.isEmpty()) {
      return false;
    }
    String before = text.substring(0, match.get().start());
    if (!DateCues.hasPublished(before) || DateCues.isModified(before)) {
      return false;
    }
    out.add(new Dated(match.get().date(), new Found(text.substring(match.get().start(), match.get().end()),
        "html.published.cue", 0.6, element, true), false));
    return true;
  }

  private static boolean ownTextHasDigit(Element element) {
    int n = element.childNodeSize();
    for (int i = 0; i < n; i++) {
      if (element.childNode(i) instanceof org.jsoup.nodes.TextNode text && hasDigit(text.getWholeText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void timeElement(Element element, boolean monthFirst, double confidence, boolean modified,
      List<Dated> out) {
    for (String attribute : new String[] {"datetime", "content", "title"}) {
      String value = element.attr(attribute).strip();
      Optional<PublicationDate> date = DateText.parseValue(value, true);
      if (date.isPresent()) {
        String rule = modified ? "html.modified.time" : "html.published.time";
        out.add(new Dated(date.get(), new Found(value, rule, confidence, element, false), modified));
        return;
      }
    }
    String text = Texts.visibleText(element, MAX_DATE_TEXT + 1);
    Optional<DateText.Match> match = DateText.find(text, monthFirst);
    if (match.isPresent()) {
      String rule = modified ? "html.modified.time" : "html.published.time";
      out.add(new Dated(match.get().date(), new Found(text.substring(match.get().start(), match.get().end()),
          rule, confidence - 0.02, element, true), modified));
    }
  }

  private static boolean hasDateClass(String classId) {
    if (classId.isEmpty()) {
      return false;
    }
    for (String word : DATE_CLASS_WORDS) {
      if (classId.contains(word)) {
        return !classId.contains("update") && !classId.contains("comment");
      }
    }
    return false;
  }

  /**
   * Reads a publication date from the data scripts many sites embed (application state as JSON):
   * the first {@code "datePublished"}, {@code "publishedDate"}, {@code "published_at"}... property.
   */
  private static void scriptData(List<Element> scripts, List<Dated> out) {
    for (Element script : scripts) {
      String type = Texts.lower(script.attr("type"));
      if (type.contains("ld+json") || !(type.isEmpty() || type.contains("json") || type.contains("javascript"))) {
        continue;
      }
      for (int c = 0; c < script.childNodeSize(); c++) {
        if (!(script.childNode(c) instanceof org.jsoup.nodes.DataNode node)) {
          continue;
        }
        String data = node.getWholeData();
        if (!data.contains("ublish") && !data.contains("ubDate")) {
          continue;
        }
        java.util.regex.Matcher m = SCRIPT_DATE.matcher(data);
        m.region(0, Math.min(data.length(), MAX_SCRIPT));
        while (m.find()) {
          Optional<PublicationDate> date = DateText.parseValue(m.group(1), true);
          if (date.isPresent()) {
            out.add(new Dated(date.get(), new Found(m.group(1), "html.published.script", 0.7, script, false), false));
            return;
          }
        }
      }
    }
  }

  private static void urls(List<Element> links, MetaTags meta, Optional<String> pageUrl, List<Dated> out) {
    List<Element> sources = new ArrayList<>();
    for (Element link : links) {
      if ("canonical".equalsIgnoreCase(link.attr("rel").strip())) {
        sources.add(link);
        break;
      }
    }
    meta.first("og:url").ifPresent(sources::add);
    for (Element element : sources) {
      String url = element.hasAttr("href") ? element.attr("href") : MetaTags.value(element);
      Optional<PublicationDate> date = UrlDates.date(url);
      if (date.isPresent()) {
        out.add(new Dated(date.get(), new Found(url, "html.published.url", 0.96, element, false), false));
        return;
      }
    }
    if (pageUrl.isPresent()) {
      Optional<PublicationDate> date = UrlDates.date(pageUrl.get());
      date.ifPresent(d -> out.add(new Dated(d, new Found(pageUrl.get(), "html.published.url", 0.96, null, false),
          false)));
    }
  }
}
