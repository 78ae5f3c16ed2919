package io.github.newsmodel.agreements;

import io.github.newsmodel.model.Span;

/**
 * A party to an instrument: an ISO 3166-1 alpha-2 code for a state or one of its organs, or the
 * full name of an international organisation or institution.
 *
 * @param value the code or name
 * @param span the words it was read from
 * @param rule the rule that read it
 */
record Party(String value, Span span, String rule) {}
