package io.github.newsmodel.pipeline;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.parse.ParseHints;
import java.util.Optional;

/**
 * The input of the {@link ArticlePipeline}: the text, where it came from, the caller's hints and,
 * for HTML, the structure and markup locator the HTML stage already found.
 *
 * @param text the document text all offsets refer to
 * @param source the source description
 * @param hints the caller's hints
 * @param structure the article structure found from markup, or empty to analyse the text as plain text
 * @param locator maps text spans back to the markup ({@link EvidenceLocator#NONE} for plain text)
 * @param warnings the warning sink of this parse (the HTML stage may already have used it)
 */
public record PreparedText(String text, Source source, ParseHints hints, Optional<Article> structure,
    EvidenceLocator locator, WarningSink warnings) {}
