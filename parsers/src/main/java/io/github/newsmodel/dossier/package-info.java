/**
 * The cross-article dossier: merges what several {@link io.github.newsmodel.model.NewsDocument}s
 * say about the same people and the same meetings, and reports where they disagree.
 *
 * <p>Entry point: {@link io.github.newsmodel.dossier.DossierMerger}. Officials are keyed by their
 * {@code id} (canonical per person across articles by contract), then ids whose names match under
 * a fuzzy rule are merged ("Antony J. Blinken" and "Antony Blinken", "Mohammed bin Zayed" and
 * "Mohamed bin Zayed"); titles are compared under the equivalences of the
 * {@code title-equivalences.tsv} lexicon ("Foreign Minister" and "Minister of Foreign Affairs").
 * Meetings from different articles merge when their participants overlap and their places and
 * dates are compatible. Conflicts (two dates for one meeting, a weekday that contradicts a date,
 * two different titles for one person at the same time) are reported as
 * {@link io.github.newsmodel.dossier.Conflict}s, never resolved silently. Every merged entry cites
 * the {@code source.id}s and the evidence it rests on.
 *
 * <p>The result is a plain immutable value whose JSON form ({@code {"officials", "meetings",
 * "conflicts"}}) is written by {@link io.github.newsmodel.model.NewsJson}.
 */
package io.github.newsmodel.dossier;
