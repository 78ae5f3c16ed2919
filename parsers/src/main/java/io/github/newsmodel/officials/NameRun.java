package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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
   * @param known the key words of names already read in the article, by their text: a name
   *     repeated is keyed once (the lists are never changed)
   * @return the key words
   */
  List<String> keyWords(List<Unit> units, Map<String, List<String>> known) {
    StringBuilder text = new StringBuilder();
    for (int i = first; i < end; i++) {
      Unit unit = units.get(i);
      if (unit.is(WordClass.SUFFIX) || unit.is(WordClass.PUNCT)) {
        continue;
      }
      unit.appendTo(text);
      text.append(' ');
    }
    String name = text.toString();
    List<String> key = known.get(name);
    if (key == null) {
      key = Collections.unmodifiableList(NameKey.words(name));
      known.put(name, key);
    }
    return key;
  }
}
