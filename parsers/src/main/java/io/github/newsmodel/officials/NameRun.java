package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.List;

/**
 * A run of units that reads as a personal name: capitalised name words, initials and particles
 * ("Khalifa bin Hamad bin Khalifa Al Thani", "Antony J. Blinken", "K Shanmugam"), with a
 * generational suffix when written ("Joseph R. Biden, Jr."). Reused for a run of a later sentence
 * of the same article (see {@link #set}); not shared between threads.
 */
final class NameRun {
  private int first;
  private int end;
  private Span span;
  private int nameWords;

  /**
   * Makes this the run of some units.
   *
   * @param first index of the first unit
   * @param end index after the last unit
   * @param span the span of the name in the text
   * @param nameWords how many name words (not particles, initials or suffixes) it has
   * @return this run
   */
  NameRun set(int first, int end, Span span, int nameWords) {
    this.first = first;
    this.end = end;
    this.span = span;
    this.nameWords = nameWords;
    return this;
  }

  /**
   * Returns the index of the first unit.
   *
   * @return the index
   */
  int first() {
    return first;
  }

  /**
   * Returns the index after the last unit.
   *
   * @return the index
   */
  int end() {
    return end;
  }

  /**
   * Returns the span of the name in the text.
   *
   * @return the span
   */
  Span span() {
    return span;
  }

  /**
   * Returns how many name words (not particles, initials or suffixes) the run has.
   *
   * @return the count
   */
  int nameWords() {
    return nameWords;
  }

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
