/**
 * Text utilities shared by the extractors: one-to-one folding for matching ({@link
 * io.github.newsmodel.text.MatchText}), line and trim helpers, the sentence splitter and the
 * stopword-based language guess. All offsets are UTF-16 indexes of the text as given.
 */
package io.github.newsmodel.text;
