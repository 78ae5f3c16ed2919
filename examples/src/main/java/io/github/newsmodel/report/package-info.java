/**
 * The evidence report: one self-contained HTML page that shows each article's text with every
 * extracted value highlighted where it was read (a colour per kind), a side panel with the field,
 * rule and confidence of whatever the pointer is on, and a summary table per article. Entry point:
 * {@link io.github.newsmodel.report.EvidenceReport}; the {@code report} command of
 * {@code newsmodel.jar} writes it.
 *
 * <p>It lives in {@code newsmodel-examples}, beside the command line, rather than in the library:
 * it is a view over the public model for people, not part of extraction, and keeping its HTML, CSS
 * and script out of {@code newsmodel-parsers} keeps the library free of presentation code that
 * would become API. It uses only the public model, so it can move if a library user needs it.
 *
 * <p>Safety: all article text and every value is escaped (Apache Commons Text
 * {@code escapeHtml4}); links are written only for {@code http}/{@code https} addresses; the page
 * carries a Content-Security-Policy that allows no external resource and no script but the page's
 * own (by hash), so markup or script in a source can neither load nor run.
 */
package io.github.newsmodel.report;
