/**
 * The public parsers: {@link io.github.newsmodel.parse.TextParser} for plain text and
 * {@link io.github.newsmodel.parse.HtmlParser} for web pages, with their hints, limits and errors.
 */
package io.github.newsmodel.parse;
