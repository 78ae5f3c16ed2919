package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import java.util.List;
import java.util.Set;

/**
 * Finds title phrases in the units of a sentence, left to right. A phrase starts at a
 * capitalised title word, institution word, country or acronym (or "the" before one), and goes on
 * over such words joined by "of", "for", "to", "in", "on", "at", "the", "and", possessives
 * ("Qatar's"), parenthesised acronyms ("(AUC)"), quoted names ("“Lekhwiya”") and, inside a
 * complement, comma lists of portfolio words ("Minister of the Environment, Water, and
 * Ecological Transition"). Unknown capitalised words end a phrase, because they start names;
 * except one unknown word right after "of"/"for" that is followed by a name ("Minister of Hajj
 * Tawfiq ..."), and unknown words followed by an honorific or a head ("... Islamic Affairs and
 * Waqf H.E. Mr Nawaf"), which belong to the title.
 *
 * <p>Each phrase is bounded in length; the scan is linear. Stateless.
 */
final class TitleScanner {
  /** The most units a title phrase may have. */
  static final int MAX_UNITS = 60;

  private static final WordTable<Boolean> CONNECTORS =
      WordTable.ofWords(Set.of("of", "for", "to", "in", "on", "at", "the", "and", "&"));
  private static final WordTable<Boolean> COMPLEMENT_CONNECTORS =
      WordTable.ofWords(Set.of("of", "for", "to", "in", "on", "at"));

  /** Classes of title words whatever their case, and those that count capitalised (or when lower case is allowed). */
  static final int ALWAYS_TITLEISH = Unit.classes(WordClass.NATION, WordClass.PLACE, WordClass.ACRONYM);
  static final int CASED_TITLEISH = Unit.classes(WordClass.TITLE, WordClass.ORG);
  /** The classes a determiner ("the") may have. */
  private static final int DETERMINER = Unit.classes(WordClass.NON_NAME, WordClass.LOWER);
  /** The classes of the units {@link #canStart} may accept: title words and determiners. */
  private static final int MAY_START = ALWAYS_TITLEISH | CASED_TITLEISH | DETERMINER;
  /** The classes a connector may have. */
  private static final int CONNECTOR = Unit.classes(WordClass.LOWER, WordClass.PUNCT);

  private TitleScanner() {}

  /**
   * Finds every title and organisation phrase of a sentence.
   *
   * @param text the document text
   * @param units the units
   * @return the phrases, in order, not overlapping
   */
  static List<TitleRun> findAll(String text, List<Unit> units) {
    if (units instanceof UnitClassifier.UnitList classified) {
      return findAll(text, classified);
    }
    List<TitleRun> runs = List.of();
    int i = 0;
    while (i < units.size()) {
      Unit u = units.get(i);
      // A lower-case word can start a phrase only as "the": other ones are passed over at once.
      if (mayStartAt(u) && canStart(units, i, false)) {
        TitleRun run = scan(text, units, i, false);
        if (run != null) {
          runs = Lists.added(runs, run);
          i = run.end();
          continue;
        }
      }
      i++;
    }
    return runs;
  }

  /**
   * {@link #findAll(String, List)} over the units the classifier marks as wanted: a phrase can start only at
   * a unit of a class of title words ({@link #canStartContent}) or at "the" right before one, so
   * only those places are tried, in order, as the plain reading tries every unit.
   */
  private static List<TitleRun> findAll(String text, UnitClassifier.UnitList units) {
    List<TitleRun> runs = List.of();
    // The first unit not passed over yet.
    int next = 0;
    for (int k = 0; k < units.wantedCount(); k++) {
      if (!units.wantedTitleish(k)) {
        continue;
      }
      int titleish = units.wantedAt(k);
      int i = Math.max(next, titleish - 1);
      while (i <= titleish) {
        if (mayStartAt(units.get(i)) && canStart(units, i, false)) {
          TitleRun run = scan(text, units, i, false);
          if (run != null) {
            runs = Lists.added(runs, run);
            i = run.end();
            next = i;
            continue;
          }
        }
        i++;
        next = i;
      }
    }
    return runs;
  }

  /** Whether a unit may start a phrase: a title word, or "the" (other lower-case words never do). */
  private static boolean mayStartAt(Unit u) {
    return u.isAnyOf(MAY_START) && (!u.isAnyOf(DETERMINER) || u.isThe());
  }

  /**
   * Scans one phrase starting at a unit.
   *
   * @param text the document text
   * @param units the units
   * @param from the first unit
   * @param allowLower whether lower-case title words count ("Jordan's foreign minister" after a
   *     name and a comma)
   * @return the phrase, or null when none starts there
   */
  static TitleRun scan(String text, List<Unit> units, int from, boolean allowLower) {
    int n = units.size();
    int i = from;
    boolean definite = false;
    if (isDeterminer(units.get(i))) {
      definite = true;
      i++;
      if (i >= n || !canStartContent(units, i, allowLower)) {
        return null;
      }
    }
    int j = i;
    int last = -1;
    boolean complement = false;
    boolean unknownList = false;
    int limit = Math.min(n, from + MAX_UNITS);
    while (j < limit) {
      Unit u = units.get(j);
      if (isTitleish(u, allowLower) || isLowerHeadOf(units, j)) {
        last = j;
        j++;
        continue;
      }
      if (last != j - 1) {
        break;
      }
      if (u.is(WordClass.POSSESSIVE) && j > i && isPossessor(units.get(j - 1))) {
        last = j;
        j++;
        continue;
      }
      if (isConnector(u)) {
        int k = j + 1;
        if (k < n && !u.isThe() && units.get(k).isThe()) {
          k++;
        }
        if (k >= n) {
          break;
        }
        boolean complementWord = u.isInIgnoreCase(COMPLEMENT_CONNECTORS);
        if (isTitleish(units.get(k), allowLower) || isLowerHeadOf(units, k)) {
          complement |= complementWord;
          j = k;
          continue;
        }
        int absorbed = absorbable(units, k, complementWord, unknownList && u.isWord("and"));
        if (absorbed > 0) {
          complement |= complementWord;
          unknownList = k + absorbed < n && (units.get(k + absorbed).isWord("and") || units.get(k + absorbed).isPunct(','));
          last = k + absorbed - 1;
          j = k + absorbed;
          continue;
        }
        break;
      }
      if (u.isPunct('(')) {
        int close = closingParen(units, j);
        if (close < 0) {
          break;
        }
        last = close;
        j = close + 1;
        continue;
      }
      if (u.isPunct('"')) {
        int close = closingQuote(units, j);
        if (close < 0) {
          break;
        }
        last = close;
        j = close + 1;
        continue;
      }
      if (u.isPunct(',') && complement) {
        int k = j + 1;
        if (k < n && units.get(k).isWord("and")) {
          k++;
        }
        if (k < n && units.get(k).isThe()) {
          k++;
        }
        if (k < n && continuesAfterComma(units.get(k))) {
          j = k;
          continue;
        }
        int absorbed = unknownList && k < n ? absorbable(units, k, false, true) : 0;
        if (absorbed > 0) {
          unknownList = k + absorbed < n && (units.get(k + absorbed).isWord("and") || units.get(k + absorbed).isPunct(','));
          last = k + absorbed - 1;
          j = k + absorbed;
          continue;
        }
      }
      break;
    }
    last = withoutTrailingPossessor(units, i, last);
    if (last < i) {
      return null;
    }
    boolean isDefinite = definite || startsWithPossessor(units, i, last + 1);
    return TitleRoleParser.build(text, units, from, last + 1, isDefinite, allowLower);
  }

  /**
   * Drops a possessor at the end of a phrase: in "the Crown Prince for the UAE's generous support"
   * the possessive belongs to the noun that follows, not to the title.
   */
  private static int withoutTrailingPossessor(List<Unit> units, int i, int last) {
    if (last <= i || !units.get(last).is(WordClass.POSSESSIVE)) {
      return last;
    }
    int k = last - 1;
    while (k > i && isTitleish(units.get(k), true) && !isHead(units.get(k))) {
      k--;
    }
    while (k > i && (units.get(k).isThe() || isConnector(units.get(k)))) {
      k--;
    }
    return k;
  }

  private static boolean isHead(Unit u) {
    return u.isTitle(TitleWords.Kind.HEAD) || u.isTitle(TitleWords.Kind.RANK) || u.isTitle(TitleWords.Kind.MODHEAD);
  }

  /**
   * Tells whether a phrase can start at a unit.
   *
   * @param units the units
   * @param i the unit
   * @param allowLower whether lower-case title words count
   * @return true when {@link #scan} may find a phrase there
   */
  static boolean canStart(List<Unit> units, int i, boolean allowLower) {
    if (isDeterminer(units.get(i))) {
      return i + 1 < units.size() && canStartContent(units, i + 1, allowLower);
    }
    return canStartContent(units, i, allowLower);
  }

  private static boolean canStartContent(List<Unit> units, int i, boolean allowLower) {
    return isTitleish(units.get(i), allowLower) || isLowerHeadOf(units, i);
  }

  /**
   * Tells whether a unit is a word of titles: a title word, an institution word, a country, a
   * city or an acronym, capitalised unless {@code allowLower}.
   *
   * @param u the unit
   * @param allowLower whether lower-case title words count
   * @return true for a title word
   */
  static boolean isTitleish(Unit u, boolean allowLower) {
    return u.isAnyOf(ALWAYS_TITLEISH) || u.isAnyOf(CASED_TITLEISH) && (allowLower || u.capitalized());
  }

  /**
   * Tells whether a unit is a lower-case "head of" or "chief of", which names a role in running
   * text.
   *
   * @param units the units
   * @param i the unit
   * @return true for "head" or "chief" followed by "of"
   */
  static boolean isLowerHeadOf(List<Unit> units, int i) {
    Unit u = units.get(i);
    return u.is(WordClass.TITLE) && !u.capitalized() && (u.isWord("head") || u.isWord("chief"))
        && i + 1 < units.size() && units.get(i + 1).isWord("of");
  }

  /**
   * Tells whether a unit is a determiner that may start a title phrase.
   *
   * @param u the unit
   * @return true for "the"
   */
  static boolean isDeterminer(Unit u) {
    return u.isAnyOf(DETERMINER) && u.isThe();
  }

  private static boolean isConnector(Unit u) {
    return u.isAnyOf(CONNECTOR) && u.isIn(CONNECTORS);
  }

  private static boolean isPossessor(Unit u) {
    return u.is(WordClass.NATION) || u.is(WordClass.ORG) || u.is(WordClass.TITLE) || u.is(WordClass.ACRONYM)
        || u.is(WordClass.PLACE);
  }

  /** "Qatar's Interior Chief": a possessive country at the start makes the phrase definite. */
  private static boolean startsWithPossessor(List<Unit> units, int i, int end) {
    return i + 1 < end && units.get(i).is(WordClass.NATION) && units.get(i + 1).is(WordClass.POSSESSIVE);
  }

  /**
   * How many unknown capitalised words after a connector belong to the title rather than to a
   * name: all of them when an honorific or a head follows ("and Waqf H.E. Mr Nawaf"); after
   * "of"/"for" (or inside a list of such words), all of them when a portfolio list goes on ("of
   * Hajj and Umrah") or a title word follows ("of Lagos State"); and one word when a name of two
   * or more words comes after it ("of Hajj Tawfiq Al-Rabiah", "and Umrah Tawfiq Al-Rabiah").
   */
  private static int absorbable(List<Unit> units, int k, boolean afterComplement, boolean inUnknownList) {
    int n = units.size();
    int m = k;
    while (m < n && m - k < 4 && units.get(m).is(WordClass.NAME)) {
      m++;
    }
    if (m == k) {
      return 0;
    }
    Unit next = m < n ? units.get(m) : null;
    if (next != null && (next.is(WordClass.HONORIFIC) || isCapitalisedHead(next))) {
      return m - k;
    }
    if (!afterComplement && !inUnknownList) {
      return 0;
    }
    if (next != null && m - k <= 3 && (next.isWord("and") || next.isPunct(','))) {
      return m - k;
    }
    if (next != null && afterComplement && next.capitalized()
        && (next.isTitle(TitleWords.Kind.WORD) || next.is(WordClass.ORG))) {
      return m - k;
    }
    int names = 0;
    int p = k + 1;
    while (p < n && p - k <= NameRunFinder.MAX_UNITS && (units.get(p).is(WordClass.NAME)
        || units.get(p).is(WordClass.PARTICLE) || units.get(p).is(WordClass.INITIAL))) {
      names += units.get(p).is(WordClass.NAME) ? 1 : 0;
      p++;
    }
    return names >= 2 && p - k >= 3 ? 1 : 0;
  }

  private static boolean isCapitalisedHead(Unit u) {
    return u.capitalized() && (u.isTitle(TitleWords.Kind.HEAD) || u.isTitle(TitleWords.Kind.RANK));
  }

  private static boolean continuesAfterComma(Unit u) {
    if (!u.capitalized()) {
      return false;
    }
    return u.isTitle(TitleWords.Kind.WORD) || u.isInstitution()
        || u.isOrg(OrganizationWords.Kind.UNIT);
  }

  private static int closingParen(List<Unit> units, int open) {
    int n = units.size();
    boolean onlyNation = true;
    for (int k = open + 1; k < n && k <= open + 8; k++) {
      Unit u = units.get(k);
      if (u.isPunct(')')) {
        boolean alias = open > 0 && units.get(open - 1).is(WordClass.NATION);
        return k > open + 1 && (!onlyNation || alias) ? k : -1;
      }
      if (!(u.is(WordClass.NAME) || u.is(WordClass.ACRONYM) || u.is(WordClass.TITLE) || u.is(WordClass.ORG)
          || u.is(WordClass.NATION) || u.is(WordClass.PLACE) || u.isPunct('-'))) {
        return -1;
      }
      onlyNation &= u.is(WordClass.NATION);
    }
    return -1;
  }

  private static int closingQuote(List<Unit> units, int open) {
    int n = units.size();
    for (int k = open + 1; k < n && k <= open + 7; k++) {
      Unit u = units.get(k);
      if (u.isPunct('"')) {
        return k > open + 1 ? k : -1;
      }
      if (!(u.is(WordClass.NAME) || u.is(WordClass.ACRONYM) || u.is(WordClass.TITLE) || u.is(WordClass.ORG)
          || u.isPunct(','))) {
        return -1;
      }
    }
    return -1;
  }
}
