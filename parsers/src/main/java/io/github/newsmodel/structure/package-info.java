/**
 * Structure and self-described metadata of plain-text articles: headline, byline, dateline,
 * publication date, credit lines, headings, paragraphs, list introductions, references, footers.
 */
package io.github.newsmodel.structure;
