/**
 * Loading of the lexicon resource files: the general knowledge the extractors use (months,
 * abbreviations, countries, demonyms, honorifics, title words, organisation patterns). The files
 * and their formats are described in {@code src/main/resources/io/github/newsmodel/lexicon/README.md}.
 */
package io.github.newsmodel.lexicon;
