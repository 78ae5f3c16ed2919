package io.github.newsmodel.html;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.pipeline.EvidenceLocator;

/**
 * What the HTML stage hands to the pipeline: the reader's text, the article structure and metadata
 * found in the markup (spans into that text, evidence with markup locators), and the locator that
 * maps text spans back to the markup.
 *
 * @param text the extracted article text
 * @param article structure and metadata
 * @param locator maps text spans to markup locations
 */
public record HtmlExtraction(String text, Article article, EvidenceLocator locator) {}
