package io.github.newsmodel.html;

import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * The metadata a page states about itself, read from the untouched page before the article is
 * searched for: headline, byline, publication date, site name and language, each with its
 * provenance.
 *
 * @param title the headline
 * @param byline the byline
 * @param date the publication date
 * @param siteName the site name
 * @param language the language stated by the markup
 * @param monthFirst whether ambiguous numeric dates of the page are month-first (English pages)
 */
record PageMetadata(Optional<Found> title, Optional<Found> byline, Optional<DateFinder.Dated> date,
    Optional<Found> siteName, Optional<Found> language, boolean monthFirst) {

  /**
   * Reads the metadata of a page.
   *
   * @param page the parsed page
   * @param hints the caller's hints (the page address is a date source)
   * @param warnings where malformed metadata is reported
   * @return the metadata
   */
  static PageMetadata read(Document page, ParseHints hints, WarningSink warnings) {
    PageElements elements = PageElements.of(page);
    MetaTags meta = MetaTags.read(elements.metas());
    JsonLd jsonLd = JsonLd.read(elements.scripts(), warnings);
    Optional<Found> language = LanguageFinder.fromMarkup(page, meta, jsonLd);
    boolean monthFirst = language.map(l -> "en".equals(l.value())).orElse(false);
    Optional<Found> siteName = SiteNameFinder.find(meta, jsonLd);
    Optional<Found> title = TitleFinder.find(elements, meta, jsonLd, siteName);
    Optional<Found> byline = BylineFinder.find(elements, meta, jsonLd, siteName);
    Optional<DateFinder.Dated> date = DateFinder.find(elements, meta, jsonLd, hints.uri(), monthFirst);
    return new PageMetadata(title, byline, date, siteName, language, monthFirst);
  }
}
