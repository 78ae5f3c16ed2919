/**
 * Officials: names, honorifics, titles, organisations, countries, mentions and identity.
 *
 * <p>{@link io.github.newsmodel.officials.OfficialExtractor} is the stage of the pipeline;
 * {@link io.github.newsmodel.officials.OfficialMatcher} decides whether officials of different
 * articles are one person, and {@link io.github.newsmodel.officials.NameKey} gives the canonical
 * name key their ids are made from. Everything the extractor knows about the world (honorifics,
 * title words, organisation words, name particles, readout cues) is read from the lexicon files
 * described in {@code io/github/newsmodel/lexicon/README.md}; the classes here hold rules only,
 * each named, and the rule names travel into the evidence.
 */
package io.github.newsmodel.officials;
