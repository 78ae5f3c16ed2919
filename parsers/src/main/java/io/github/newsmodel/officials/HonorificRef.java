package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;

/**
 * An honorific written with a name.
 *
 * @param value the honorific as written
 * @param span its span
 * @param postnominal whether it follows the name ("SC")
 * @param official whether it is reserved for dignitaries
 */
record HonorificRef(String value, Span span, boolean postnominal, boolean official) {}
