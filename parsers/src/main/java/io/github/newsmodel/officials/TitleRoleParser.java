package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the units of a title phrase into a {@link TitleRun}: splits it into roles at "and" when
 * the next part has a head of its own ("Deputy Prime Minister and Minister of Foreign Affairs",
 * but not "Minister of Foreign Affairs and International Cooperation"); removes leading
 * nationality words and a trailing "of &lt;country&gt;" from each role, keeping them as country
 * cues; reads the institution a role names; and marks ranks and company roles. Stateless.
 */
final class TitleRoleParser {
  /** Words of the long names of states: "the Republic of Kenya", "the Kingdom of Bahrain". */
  private static final WordTable<Boolean> STATE_FORMS = WordTable.ofWords(Set.of(
      "Republic", "Kingdom", "Sultanate", "Emirate", "State", "Federation", "Principality", "Commonwealth",
      "Union", "Democratic", "Islamic", "Federal", "People's", "Socialist", "Arab", "Hashemite", "United",
      "Plurinational", "Bolivarian", "Co-operative", "Cooperative"));

  private TitleRoleParser() {}

  /**
   * Builds the phrase.
   *
   * @param text the document text
   * @param units the units of the sentence
   * @param from the first unit of the phrase (possibly a determiner)
   * @param end the unit after the last
   * @param definite whether the phrase is definite
   * @param lower whether lower-case heads count ("Jordan's foreign minister" in apposition)
   * @return the title or organisation phrase, or null when it is neither
   */
  static TitleRun build(String text, List<Unit> units, int from, int end, boolean definite, boolean lower) {
    int start = from;
    while (start < end && TitleScanner.isDeterminer(units.get(start))) {
      start++;
    }
    if (start >= end) {
      return null;
    }
    boolean headed = false;
    for (int i = start; i < end && !headed; i++) {
      headed = isHeadAt(units, i, end, lower);
    }
    if (!headed) {
      return organisationPhrase(text, units, from, start, end);
    }
    // The parts split at "and"/"&" where the next part starts a role of its own, read in order.
    List<TitleRole> roles = List.of();
    List<CountryCue> runNationality = List.of();
    int partStart = start;
    for (int i = start + 1; i <= end; i++) {
      boolean split = i < end - 1 && (units.get(i).isWord("and") || units.get(i).isPunct('&'))
          && startsRole(units, i + 1, end, lower);
      if (!split && i < end) {
        continue;
      }
      Role role = parseRole(text, units, partStart, i, lower);
      if (role != null) {
        if (partStart == start) {
          runNationality = role.nationality;
        }
        roles = Lists.added(roles, role.toTitleRole(text, units, runNationality));
      }
      partStart = i + 1;
    }
    if (roles.isEmpty()) {
      return null;
    }
    return new TitleRun(from, end, definite, roles instanceof ArrayList ? List.copyOf(roles) : roles,
        Optional.empty(), List.of());
  }

  /** "U.S. Southern Command": an institution phrase without a head. */
  private static TitleRun organisationPhrase(String text, List<Unit> units, int from, int start, int end) {
    boolean institution = false;
    for (int i = start; i < end; i++) {
      institution |= units.get(i).isInstitution();
    }
    if (!institution) {
      return null;
    }
    int orgEnd = trimParenthetical(units, start, end);
    Span span = Span.of(units.get(start).start(), units.get(orgEnd - 1).end());
    List<CountryCue> cues = List.of();
    for (int i = start; i < orgEnd; i++) {
      Unit u = units.get(i);
      if (u.is(WordClass.NATION) && !(i > start && units.get(i - 1).isWord("to"))) {
        cues = Lists.added(cues,
            new CountryCue(u.nation().code(), u.span(), Rules.COUNTRY_INSTITUTION, 0.85, CountryCue.INSTITUTION));
      }
    }
    Optional<Institutions.Found> found = Institutions.find(text, span);
    if (found.isPresent()) {
      cues = Lists.added(cues, new CountryCue(found.get().country(), found.get().span(), Rules.COUNTRY_INSTITUTION,
          0.85, CountryCue.INSTITUTION));
    }
    OrgRef org = orgRef(text, units, start, orgEnd, Rules.ORG_PREMODIFIER);
    return new TitleRun(from, end, false, List.of(), Optional.of(org),
        cues instanceof ArrayList ? Lists.copyOf(cues) : cues);
  }

  /**
   * Tells whether a unit is the head of a role: a head or rank, a company role, a lower-case
   * "head of", or a modifier that no other title word follows ("Civilian Deputy to the
   * Commander", "Interior Chief").
   *
   * @param units the units
   * @param i the unit
   * @param end the end of the phrase
   * @param lowerCaseAllowed whether lower-case heads count
   * @return true for a head
   */
  static boolean isHeadAt(List<Unit> units, int i, int end, boolean lowerCaseAllowed) {
    Unit u = units.get(i);
    if (u.isTitle(TitleWords.Kind.COUNTERPART)) {
      return true;
    }
    if (u.isTitle(TitleWords.Kind.HEAD) || u.isTitle(TitleWords.Kind.RANK) || u.isTitle(TitleWords.Kind.COMPANY)) {
      return u.capitalized() || TitleScanner.isLowerHeadOf(units, i) || lowerCaseAllowed;
    }
    if (u.isTitle(TitleWords.Kind.MODHEAD)) {
      if (!u.capitalized() && !lowerCaseAllowed) {
        return TitleScanner.isLowerHeadOf(units, i);
      }
      if (i + 1 >= end) {
        return true;
      }
      Unit next = units.get(i + 1);
      return !(next.is(WordClass.TITLE) && next.capitalized() || next.is(WordClass.ORG) || next.is(WordClass.ACRONYM));
    }
    return false;
  }

  /** Whether a head comes before any connector: "Minister of ...", "Foreign Policy Advisor". */
  private static boolean startsRole(List<Unit> units, int i, int end, boolean lower) {
    int k = i;
    while (k < end && TitleScanner.isDeterminer(units.get(k))) {
      k++;
    }
    while (k < end && units.get(k).is(WordClass.NATION)) {
      k++;
      if (k < end && units.get(k).is(WordClass.POSSESSIVE)) {
        k++;
      }
    }
    for (; k < end; k++) {
      Unit u = units.get(k);
      if (isHeadAt(units, k, end, lower)) {
        return true;
      }
      if (!(u.is(WordClass.TITLE) || u.is(WordClass.ACRONYM)) || !u.capitalized() && !lower) {
        return false;
      }
    }
    return false;
  }

  /** The parsed parts of one role. */
  private static final class Role {
    Span span;
    int first;
    int headIndex;
    int end;
    /** The unit ranges of the value; null for the one range {@code [first, end)}. */
    List<int[]> kept;
    boolean rank;
    boolean company;
    boolean counterpart;
    Optional<OrgRef> org = Optional.empty();
    List<CountryCue> nationality = List.of();
    /** The other cues, in the order found: the shared empty list until the first. */
    List<CountryCue> cues = List.of();

    void addCue(CountryCue cue) {
      if (cues.isEmpty()) {
        cues = new ArrayList<>(2);
      }
      cues.add(cue);
    }

    /** The role, its cues after the nationality words (its own, else those of the first part). */
    TitleRole toTitleRole(String text, List<Unit> units, List<CountryCue> runNationality) {
      List<CountryCue> base = nationality.isEmpty() ? runNationality : nationality;
      List<CountryCue> all;
      if (cues.isEmpty()) {
        all = base;
      } else if (base.isEmpty()) {
        all = Lists.copyOf(cues);
      } else {
        List<CountryCue> joined = new ArrayList<>(base.size() + cues.size());
        joined.addAll(base);
        joined.addAll(cues);
        all = List.copyOf(joined);
      }
      return new TitleRole(span, rank, company, counterpart, org, all, text, units, first, headIndex, end, kept);
    }
  }

  /** The role of units {@code [from, to)}, or null when they are none; allocates nothing for none. */
  private static Role parseRole(String text, List<Unit> units, int from, int to, boolean lower) {
    int a = from;
    while (a < to && TitleScanner.isDeterminer(units.get(a))) {
      a++;
    }
    int nationalityStart = a;
    a = afterNationality(units, a, to, null);
    int e = to;
    // A trailing "of [the] <country>": "Deputy Minister of Defense of the Kingdom of Saudi Arabia".
    int ofCountry = trailingOfCountry(units, a, e);
    if (ofCountry >= 0) {
      e = ofCountry;
    }
    int h = -1;
    for (int i = a; i < e; i++) {
      if (isHeadAt(units, i, e, lower)) {
        h = i;
        break;
      }
    }
    if (h < 0 || a >= e || !wellFormedAfterHead(units, h, e)) {
      return null;
    }
    Role role = new Role();
    if (a > nationalityStart) {
      List<CountryCue> nationality = new ArrayList<>(1);
      afterNationality(units, nationalityStart, to, nationality);
      role.nationality = Lists.copyOf(nationality);
    }
    if (ofCountry >= 0) {
      Unit nation = units.get(to - 1);
      role.addCue(new CountryCue(nation.nation().code(), Span.of(units.get(ofCountry).start(), nation.end()),
          Rules.COUNTRY_OF, 0.9, CountryCue.OF_COUNTRY));
    }
    // An inner "of <country>" before "to": "Ambassador of Uzbekistan to Singapore".
    List<int[]> kept = null;
    int pieceStart = a;
    for (int i = h + 1; i + 2 < e; i++) {
      if (units.get(i).isWord("of") && units.get(i + 1).is(WordClass.NATION) && units.get(i + 2).isWord("to")) {
        Unit nation = units.get(i + 1);
        role.addCue(new CountryCue(nation.nation().code(), Span.of(units.get(i).start(), nation.end()),
            Rules.COUNTRY_OF, 0.9, CountryCue.OF_COUNTRY));
        if (kept == null) {
          kept = new ArrayList<>();
        }
        kept.add(new int[] {pieceStart, i});
        pieceStart = i + 2;
      }
    }
    if (kept != null) {
      kept.add(new int[] {pieceStart, e});
    }
    Unit head = units.get(h);
    role.first = a;
    role.headIndex = h;
    role.end = e;
    role.kept = kept;
    role.rank = head.isTitle(TitleWords.Kind.RANK);
    role.company = head.isTitle(TitleWords.Kind.COMPANY);
    role.counterpart = head.isTitle(TitleWords.Kind.COUNTERPART);
    role.span = Span.of(units.get(a).start(), units.get(e - 1).end());
    role.org = organisation(text, units, a, h, e);
    for (int i = a; i < e; i++) {
      Unit u = units.get(i);
      role.company |= u.isOrg(OrganizationWords.Kind.COMPANY);
      boolean destination = i > a && units.get(i - 1).isWord("to");
      if (i > h && u.is(WordClass.NATION) && !destination) {
        boolean possessive = i + 1 < e && units.get(i + 1).is(WordClass.POSSESSIVE);
        Span span = possessive ? Span.of(u.start(), units.get(i + 1).end()) : u.span();
        role.addCue(new CountryCue(u.nation().code(), span, Rules.COUNTRY_INSTITUTION, 0.85, CountryCue.INSTITUTION));
      } else if (i > h && u.is(WordClass.PLACE) && !destination && u.value() instanceof String code) {
        role.addCue(new CountryCue(code, u.span(), Rules.COUNTRY_PLACE, 0.8, CountryCue.PLACE));
      } else if (i < h && u.is(WordClass.NATION)) {
        role.addCue(new CountryCue(u.nation().code(), u.span(), Rules.COUNTRY_INSTITUTION, 0.85,
            CountryCue.INSTITUTION));
      }
    }
    Institutions.find(text, role.span).ifPresent(found ->
        role.addCue(new CountryCue(found.country(), found.span(), Rules.COUNTRY_INSTITUTION, 0.85,
            CountryCue.INSTITUTION)));
    return role;
  }

  /**
   * Skips the leading nationality words of a role from unit {@code a} on ("Qatari", "Qatar's",
   * "People's Republic of China (PRC)"), a country that starts an institution name excepted, and
   * returns the unit after them; adds their cues to {@code cues} unless it is null.
   */
  private static int afterNationality(List<Unit> units, int a, int to, List<CountryCue> cues) {
    while (a < to && units.get(a).is(WordClass.NATION) && !startsInstitution(units, a + 1, to)) {
      Unit nation = units.get(a);
      boolean possessive = a + 1 < to && units.get(a + 1).is(WordClass.POSSESSIVE);
      if (cues != null) {
        cues.add(possessive
            ? new CountryCue(nation.nation().code(), Span.of(nation.start(), units.get(a + 1).end()),
                Rules.COUNTRY_POSSESSIVE, 0.9, CountryCue.POSSESSIVE)
            : new CountryCue(nation.nation().code(), nation.span(), Rules.COUNTRY_DEMONYM, 0.9, CountryCue.DEMONYM));
      }
      a += possessive ? 2 : 1;
      a = afterAlias(units, a, to);
    }
    return a;
  }

  /** Skips an abbreviation in parentheses after a country: "People's Republic of China (PRC)". */
  private static int afterAlias(List<Unit> units, int a, int to) {
    if (a + 2 < to && units.get(a).isPunct('(') && units.get(a + 2).isPunct(')')
        && (units.get(a + 1).is(WordClass.NATION) || units.get(a + 1).is(WordClass.ACRONYM))) {
      return a + 3;
    }
    return a;
  }

  /**
   * Whether the words after the head are a complement: until the first "of", "for", "to", "in",
   * "at", comma or bracket only title words may follow the head ("Ambassador Extraordinary and
   * Plenipotentiary"), not a place, a country, another head or a possessive ("Queen Victoria's
   * African goddaughter" is no title).
   */
  private static boolean wellFormedAfterHead(List<Unit> units, int h, int e) {
    for (int i = h + 1; i < e; i++) {
      Unit u = units.get(i);
      if (u.is(WordClass.PUNCT) || u.is(WordClass.LOWER) && !u.isWord("and")) {
        return true;
      }
      boolean titleWord = u.isTitle(TitleWords.Kind.WORD) || u.isTitle(TitleWords.Kind.MODHEAD) || u.isWord("and");
      if (!titleWord) {
        return false;
      }
    }
    return true;
  }

  /** "US Department of ...": a country that starts an institution name is not a nationality word. */
  private static boolean startsInstitution(List<Unit> units, int i, int to) {
    int k = i;
    while (k < to && units.get(k).is(WordClass.TITLE) && units.get(k).isTitle(TitleWords.Kind.WORD)) {
      k++;
    }
    return k < to && units.get(k).isInstitution();
  }

  /**
   * Finds a trailing "of [the] [Republic of] &lt;country&gt;" and returns the index of its "of",
   * or -1.
   */
  private static int trailingOfCountry(List<Unit> units, int a, int e) {
    if (e - a < 3 || !units.get(e - 1).is(WordClass.NATION) || units.get(e - 1).nation().demonym()) {
      return -1;
    }
    int k = e - 2;
    if (k > a && units.get(k).isWord("of")) {
      int s = k - 1;
      while (s > a && units.get(s).isIn(STATE_FORMS)) {
        s--;
      }
      if (s < k - 1) {
        k = s;
      }
    }
    if (units.get(k).isThe()) {
      k--;
    }
    return k > a && units.get(k).isWord("of") ? k : -1;
  }

  private static Optional<OrgRef> organisation(String text, List<Unit> units, int a, int h, int e) {
    // Before the head: "African Union Commission (AUC) Chairperson", "NSC Spokesperson".
    for (int i = a; i < h; i++) {
      Unit u = units.get(i);
      if (u.isInstitution()) {
        int s = i;
        while (s > a && units.get(s - 1).capitalized() && !units.get(s - 1).is(WordClass.NATION)
            && !units.get(s - 1).isTitle(TitleWords.Kind.MODHEAD)) {
          s--;
        }
        int last = i + 1;
        while (last < h && (units.get(last).capitalized() || units.get(last).is(WordClass.PUNCT))) {
          last++;
        }
        int orgEnd = trimParenthetical(units, s, last);
        if (orgEnd > s) {
          return Optional.of(orgRef(text, units, s, orgEnd, Rules.ORG_MODIFIER));
        }
      }
    }
    // In the complement: "of the US Department of Homeland Security", "in the Bureau of ...".
    for (int o = h + 1; o < e; o++) {
      if (!units.get(o).isInstitution() || !units.get(o).capitalized()) {
        continue;
      }
      int s = o;
      while (s - 1 > h && isOrgNameWord(units.get(s - 1))) {
        s--;
      }
      int before = s - 1;
      if (before > h && units.get(before).is(WordClass.POSSESSIVE)) {
        before -= 2;
      }
      if (before > h && units.get(before).isThe()) {
        before--;
      }
      if (before <= h - 1 || !(units.get(before).isWord("of") || units.get(before).isWord("for")
          || units.get(before).isWord("in") || units.get(before).isWord("at"))) {
        return Optional.empty();
      }
      int orgEnd = trimParenthetical(units, s, e);
      return Optional.of(orgRef(text, units, s, orgEnd, Rules.ORG_COMPLEMENT));
    }
    return Optional.empty();
  }

  private static OrgRef orgRef(String text, List<Unit> units, int s, int e, String rule) {
    Span span = Span.of(units.get(s).start(), units.get(e - 1).end());
    boolean international = false;
    for (int i = s; i < e; i++) {
      international |= units.get(i).isOrg(OrganizationWords.Kind.INTERNATIONAL);
    }
    return new OrgRef(Texts.clean(text.substring(span.start(), span.end())), span, rule, international);
  }

  private static boolean isOrgNameWord(Unit u) {
    return u.capitalized() && (u.isTitle(TitleWords.Kind.WORD) || u.is(WordClass.ACRONYM)
        || u.is(WordClass.NATION) && !u.text().endsWith("'s") || u.isInstitution());
  }

  /** Drops a trailing "(AUC)" or quoted name from an institution. */
  private static int trimParenthetical(List<Unit> units, int s, int e) {
    int end = e;
    if (end - 1 > s && (units.get(end - 1).isPunct(')') || units.get(end - 1).isPunct('"'))) {
      char open = units.get(end - 1).isPunct(')') ? '(' : '"';
      for (int k = end - 2; k > s; k--) {
        if (units.get(k).isPunct(open)) {
          end = k;
          break;
        }
      }
    }
    return end;
  }
}
