package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;

/**
 * A definite title without a name ("the Crown Prince", "The Secretary", "the Qatari Minister of
 * Interior"), which may refer back to an official named before it.
 *
 * @param sentence the index of the sentence
 * @param span the span of the description, with its determiner
 * @param role the title role it states
 */
record Description(int sentence, Span span, TitleRole role) {}
