package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.List;

/**
 * Finds the {@link NameRun}s of a sentence. A run starts with a name word, an initial or a
 * capitalised particle ("Al Harthy"), goes on over name words, initials and particles, never ends
 * on a particle or initial, and may end with a suffix ("Jr."). Lexicon words (titles, honorifics,
 * countries, non-name words) and possessives end a run, so "Secretary Blinken's Meeting" gives
 * "Blinken". Runs longer than {@value #MAX_UNITS} units are not names. Linear; stateless.
 */
final class NameRunFinder {
  /** The most units a name may have ("Abdullah bin Khalaf bin Hattab Al Kaabi" has 7). */
  static final int MAX_UNITS = 10;
  /** The most name words of a name without particles. */
  static final int MAX_NAME_WORDS = 4;

  private NameRunFinder() {}

  /**
   * Finds the name runs.
   *
   * @param units the units of a sentence
   * @param marks marks by unit
   * @param taken the mark of units already read as parts of title phrases, which no name may use
   * @param runs where to add the runs, in order, not overlapping
   * @param spare runs made for earlier sentences, reused in turn (and added to when short)
   */
  static void find(List<Unit> units, byte[] marks, int taken, List<NameRun> runs, List<NameRun> spare) {
    if (units instanceof UnitClassifier.UnitList classified && !classified.has(WordClass.NAME)) {
      return; // every run has a name word
    }
    int i = 0;
    int n = units.size();
    while (i < n) {
      if ((marks[i] & taken) != 0 || !canStart(units.get(i))) {
        i++;
        continue;
      }
      int j = i;
      int lastName = -1;
      int nameWords = 0;
      while (j < n && (marks[j] & taken) == 0) {
        Unit unit = units.get(j);
        if (unit.is(WordClass.NAME)) {
          lastName = j;
          nameWords++;
        } else if (!unit.is(WordClass.INITIAL) && !unit.is(WordClass.PARTICLE)) {
          break;
        }
        j++;
      }
      if (lastName < 0) {
        i = j;
        continue;
      }
      int end = lastName + 1;
      if (end < n && units.get(end).is(WordClass.SUFFIX) && (marks[end] & taken) == 0) {
        end++;
      } else if (end + 1 < n && units.get(end).isPunct(',') && units.get(end + 1).is(WordClass.SUFFIX)
          && (marks[end + 1] & taken) == 0) {
        end += 2;
      }
      if (end - i <= MAX_UNITS && plausibleLength(units, i, end, nameWords) && !modifiesAHead(units, end)) {
        if (runs.size() == spare.size()) {
          spare.add(new NameRun());
        }
        runs.add(spare.get(runs.size()).set(i, end, Span.of(units.get(i).start(), units.get(end - 1).end()),
            nameWords));
      }
      i = Math.max(end, j);
    }
  }

  /**
   * Names have at most {@value #MAX_NAME_WORDS} name words ("Luiz Inácio Lula da Silva"), or more
   * when particles join them ("Mohammed bin Abdulrahman bin Jassim Al-Thani"); longer runs of
   * capitalised words are menus and headings.
   */
  private static boolean plausibleLength(List<Unit> units, int from, int end, int nameWords) {
    if (nameWords <= MAX_NAME_WORDS) {
      return true;
    }
    for (int i = from; i < end; i++) {
      if (units.get(i).is(WordClass.PARTICLE)) {
        return nameWords <= MAX_NAME_WORDS + 2;
      }
    }
    return false;
  }

  /** "Brexit negotiator": a capitalised word before a lower-case role is its modifier, not a name. */
  private static boolean modifiesAHead(List<Unit> units, int end) {
    if (end >= units.size()) {
      return false;
    }
    Unit next = units.get(end);
    return next.is(WordClass.TITLE) && !next.capitalized()
        && (next.isTitle(TitleWords.Kind.HEAD) || next.isTitle(TitleWords.Kind.MODHEAD));
  }

  private static boolean canStart(Unit unit) {
    return unit.is(WordClass.NAME) || unit.is(WordClass.INITIAL)
        || unit.is(WordClass.PARTICLE) && unit.capitalized();
  }
}
