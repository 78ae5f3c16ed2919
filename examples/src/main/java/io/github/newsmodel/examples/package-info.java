/**
 * Runnable example programs, each mirrored by a test: {@link io.github.newsmodel.examples.Quickstart}
 * (officials, meetings and agreements of an article with their evidence quotes),
 * {@link io.github.newsmodel.examples.HtmlPageToJson} (an HTML page to one JSON line),
 * {@link io.github.newsmodel.examples.ProvenanceWalkthrough} (where each value came from) and
 * {@link io.github.newsmodel.examples.CorpusRun} (a folder parsed in parallel, counted and merged
 * into a dossier).
 */
package io.github.newsmodel.examples;
