package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.List;

/**
 * One sentence of the article, tokenized and classified.
 *
 * @param index the position of the sentence in the article, from 0
 * @param span the span of the sentence
 * @param units its units
 * @param titleCase whether it is written in title case (a headline or heading), where a single
 *     capitalised word after a title is more often a verb or noun than a surname
 */
record Sentence(int index, Span span, List<Unit> units, boolean titleCase) {}
