package io.github.newsmodel.html;

import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a parsed HTML page and turns it into the reader's text with structure,
 * metadata and a locator back into the markup:
 *
 * <ol>
 *   <li>the page metadata is read from the untouched page ({@link PageMetadata}: JSON-LD,
 *       {@code <meta>} tags, {@code <title>}, {@code <h1>}, {@code <time>}, byline elements, page
 *       address);
 *   <li>the visible body is indexed in one pass ({@link PageIndex}), invisible parts left out;
 *   <li>the article container is selected by text scores and semantic hints
 *       ({@link ContentSelector});
 *   <li>its lines are assembled with their source positions ({@link TextAssembler}) and laid out
 *       after the headline, byline and date lines ({@link ArticleLayout}).
 * </ol>
 *
 * <p>The page is never modified. Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
  private final int maxDepth;

  /**
   * Creates an extractor.
   *
   * @param maxDepth element nesting below {@code <body>} beyond which elements are flattened into
   *     the block above them (with an {@code html.depth_limit} warning)
   */
  public HtmlArticleExtractor(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /**
   * Extracts the article of a page.
   *
   * @param page the page, parsed from {@code html} without position tracking (positions are found from the source)
   * @param html the decoded source the page was parsed from (source offsets refer to it)
   * @param hints the caller's hints
   * @param warnings where to report anomalies
   * @return text, structure and locator
   */
  public HtmlExtraction extract(Document page, String html, ParseHints hints, WarningSink warnings) {
    PageMetadata metadata = PageMetadata.read(page, hints, warnings);
    Element body = page.body();
    PageIndex index = PageIndex.build(body, maxDepth);
    if (index.flattened()) {
      warnings.warn("html.depth_limit", "elements nested deeper than " + maxDepth
          + " levels were flattened into the block above them");
    }
    ContentSelector.Selection selection = ContentSelector.select(index);
    return ArticleLayout.layout(page, SourcePositions.of(page, html), index, selection, metadata, warnings);
  }
}
