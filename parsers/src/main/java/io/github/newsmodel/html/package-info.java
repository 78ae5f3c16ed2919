/**
 * HTML pages: finding the article in a page, its metadata, and locators from the reader's text
 * back into the markup. Internal to the parsers: {@link io.github.newsmodel.parse.HtmlParser} is
 * the public entry point.
 *
 * <p>The stage runs in four steps, each in its own classes:
 *
 * <ol>
 *   <li>Metadata, read from the untouched page ({@code PageMetadata}): JSON-LD ({@code JsonLd}:
 *       lenient, {@code @graph}, {@code @id} references), {@code <meta>} tags ({@code MetaTags}:
 *       OpenGraph, Dublin Core, publisher names), headlines ({@code TitleFinder},
 *       {@code TitleCleaner}, {@code Headings}), bylines ({@code BylineFinder},
 *       {@code BylineCleaner}, {@code BylineCues}), dates ({@code DateFinder}, {@code DateText},
 *       {@code UrlDates}, {@code MonthNames}, {@code DateCues}), site name and language.
 *   <li>A one-pass index of the visible body ({@code PageIndex}, {@code Visibility},
 *       {@code ClassHints}).
 *   <li>Selection of the article container by block text scores and semantic hints
 *       ({@code ContentSelector}).
 *   <li>The reader's text with a per-character source map ({@code TextAssembler}, {@code Line},
 *       {@code SourceAlignment}, {@code ReaderText}), laid out and typed ({@code ArticleLayout},
 *       {@code HeaderLines}, {@code BoilerplateLines}), and the locator ({@code HtmlTextLocator}).
 * </ol>
 *
 * <p>General knowledge (class-name hints, month names, byline and date cues, boilerplate lines,
 * frequent words) lives in the lexicon files under {@code io/github/newsmodel/lexicon/}. Charset
 * detection for raw bytes is {@link io.github.newsmodel.html.HtmlCharset}. Every class here is
 * stateless or confined to one parse; the page itself is never modified.
 */
package io.github.newsmodel.html;
