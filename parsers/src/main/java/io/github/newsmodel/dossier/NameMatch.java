package io.github.newsmodel.dossier;

/**
 * How two names of officials match.
 *
 * @param rule the rule that matched ({@code dossier.official.name_equal}, ...)
 * @param score how close the names are, in {@code [0, 1]}
 */
record NameMatch(String rule, double score) {}
