/**
 * Date expressions: recognition, normalisation and resolution against a reference date.
 *
 * <p>{@link io.github.newsmodel.temporal.DateNormalizer} finds absolute dates ("December 18, 2023",
 * "18 Dec 2023", "2023-12-18", with a time of day when one follows), days and months without year,
 * weekdays, relative words ("today", "last month", "recently"), months, years and ranges, and
 * reports each as a {@link io.github.newsmodel.temporal.DateMention} with its span, words,
 * {@link io.github.newsmodel.temporal.Granularity}, resolved date when the text fixes one, and
 * {@link io.github.newsmodel.temporal.Tense} hint. The words come from lexicon files
 * ({@code months.tsv}, {@code weekdays.tsv}, {@code relative-dates.tsv}, {@code tense-cues.tsv},
 * {@code date-cues.txt}). Uses {@code java.time} only.
 */
package io.github.newsmodel.temporal;
