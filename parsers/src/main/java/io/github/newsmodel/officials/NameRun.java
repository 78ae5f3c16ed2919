package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.List;

/**
 * A run of units that reads as a personal name: capitalised name words, initials and particles
 * ("Khalifa bin Hamad bin Khalifa Al Thani", "Antony J. Blinken", "K Shanmugam"), with a
 * generational suffix when written ("Joseph R. Biden, Jr.").
 *
 * @param first index of the first unit
 * @param end index after the last unit
 * @param span the span of the name in the text
 * @param nameWords how many name words (not particles, initials or suffixes) it has
 */
record NameRun(int first, int end, Span span, int nameWords) {

  /**
   * Returns the folded words of the name, for matching: lower case, without diacritics,
   * apostrophes and suffixes, with "Al-" and hyphens split.
   *
   * @param units the units of the sentence
   * @param known the key words of names already read in the article: a name repeated is keyed once
   * @return the key words, an immutable list
   */
  List<String> keyWords(List<Unit> units, NameKeyCache known) {
    return known.keyWords(units, first, end);
  }
}
