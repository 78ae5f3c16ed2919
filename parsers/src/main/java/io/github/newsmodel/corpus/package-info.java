/**
 * Corpora: reading and parsing many articles at once. {@link io.github.newsmodel.corpus.CorpusReader}
 * streams the articles of plain-text, HTML, JSON Lines and WARC files (gzipped or not) as
 * {@link io.github.newsmodel.corpus.ArticleRecord}s; {@link io.github.newsmodel.corpus.CorpusExtractor}
 * parses them on all cores with bounded memory and gives
 * {@link io.github.newsmodel.corpus.ArticleResult}s in input order.
 */
package io.github.newsmodel.corpus;
