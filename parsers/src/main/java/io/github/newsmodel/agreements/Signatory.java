package io.github.newsmodel.agreements;

import io.github.newsmodel.model.Span;

/**
 * An official the text says signed an instrument.
 *
 * @param officialId the official's id
 * @param span the mention that names them there
 * @param rule the rule that read it
 */
record Signatory(String officialId, Span span, String rule) {}
