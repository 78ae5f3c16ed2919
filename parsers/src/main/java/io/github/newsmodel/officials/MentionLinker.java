package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Links the names of one sentence to their honorifics, titles, institutions and country cues, in
 * three passes so that each title phrase goes to one person:
 * <ol>
 *   <li>pre-modifiers: honorifics and title phrases right before the name ("U.S. Secretary of
 *       Homeland Security Kristi Noem", "HE Major General Dr. Obaid ...", "The Honourable the
 *       Chief Justice Sundaresh Menon");</li>
 *   <li>appositions, for names without a title yet: ", [the] &lt;title&gt;" followed by a comma,
 *       a full stop or a verb ("HE Tom Barrack, the US Special Envoy to Syria, at ...");</li>
 *   <li>reverse appositions: "&lt;title&gt;, [honorifics] name" for names still without a title
 *       ("the Crown Prince of Abu Dhabi, Sheikh Mohammed bin Zayed Al Nahyan"), and a further
 *       title before a comma for names with one ("Vice President of the UAE, Prime Minister and
 *       Ruler of Dubai His Highness Sheikh ...").</li>
 * </ol>
 * Lower-case titles count right before a name when a country, an institution or a possessive
 * pronoun starts them ("EU foreign policy chief Kaja Kallas", "his Egyptian counterpart Sameh
 * Shoukry") and in apposition ("Ayman Safadi, Jordan's foreign minister, said").
 * Around the name it also reads post-nominal honorifics ("SC"), "of &lt;country&gt;", a country
 * in parentheses (shared with names joined by "and": "Marta Lucia Ramirez and Minister ...
 * Carlos Correa (Colombia)") and "signed for &lt;country&gt;". Definite titles left without a
 * name become {@link Description}s. Stateless.
 */
final class MentionLinker {
  private static final WordTable<Boolean> POSSESSIVE_PRONOUNS = WordTable.ofWords(Set.of("his", "her", "their", "its"));

  /** Marks of a unit in {@link Scratch#marks}: under a title phrase, in a name, first of a claimed phrase. */
  private static final byte TAKEN = 1;
  private static final byte IN_NAME = 2;
  private static final byte CLAIMED = 4;

  private MentionLinker() {}

  /**
   * The working state of one name while its sentence is linked. Reused for a name of a later
   * sentence of the same article (see {@link #reset}).
   */
  private static final class Link {
    NameRun run;
    /** The honorifics, titles and cues: the shared empty list until the first, then the own list. */
    List<HonorificRef> honorifics = List.of();
    List<AttachedTitle> titles = List.of();
    List<CountryCue> cues = List.of();
    /** Lists made for an earlier name, kept to be reused (null until first needed). */
    private List<HonorificRef> ownHonorifics;
    private List<AttachedTitle> ownTitles;
    private List<CountryCue> ownCues;
    Optional<OrgRef> organization;
    int mentionStart;
    int mentionEnd;
    int firstUnit;
    int leftStop;
    int right;
    String rule;

    /** Makes this the state of a name with nothing linked to it yet. */
    Link reset(NameRun run) {
      this.run = run;
      honorifics = List.of();
      titles = List.of();
      cues = List.of();
      organization = Optional.empty();
      mentionStart = run.span().start();
      mentionEnd = run.span().end();
      firstUnit = run.first();
      leftStop = 0;
      right = 0;
      rule = null;
      return this;
    }

    void addHonorific(HonorificRef honorific) {
      openHonorifics().add(honorific);
    }

    void prependHonorific(HonorificRef honorific) {
      openHonorifics().add(0, honorific);
    }

    void addTitle(AttachedTitle title) {
      if (titles.isEmpty()) {
        ownTitles = emptied(ownTitles);
        titles = ownTitles;
      }
      titles.add(title);
    }

    void addCue(CountryCue cue) {
      openCues().add(cue);
    }

    void addCues(List<CountryCue> more) {
      if (!more.isEmpty()) {
        openCues().addAll(more);
      }
    }

    private List<HonorificRef> openHonorifics() {
      if (honorifics.isEmpty()) {
        ownHonorifics = emptied(ownHonorifics);
        honorifics = ownHonorifics;
      }
      return honorifics;
    }

    private List<CountryCue> openCues() {
      if (cues.isEmpty()) {
        ownCues = emptied(ownCues);
        cues = ownCues;
      }
      return cues;
    }

    /** A list emptied for reuse, or a new one. */
    private static <T> List<T> emptied(List<T> list) {
      if (list == null) {
        return new ArrayList<>(2);
      }
      list.clear();
      return list;
    }

    boolean hasRoleTitle() {
      for (int k = 0; k < titles.size(); k++) {
        if (!titles.get(k).role().rank()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Working state for linking the sentences of one article: arrays indexed by unit, reused from
   * sentence to sentence so that linking allocates no arrays per sentence, the lists and links
   * of a sentence, and the key words of the names read so far. Not thread-safe: one per article.
   */
  static final class Scratch {
    /** The fewest units the arrays are made for. */
    private static final int MIN_UNITS = 64;
    /**
     * By unit: {@link #TAKEN} when a title phrase of the sentence's list covers it, {@link #IN_NAME}
     * when a name does, {@link #CLAIMED} on the first unit of a phrase given to a name.
     */
    private byte[] marks = new byte[0];
    /** The title phrase of the sentence's list covering each unit, if any. */
    private TitleRun[] runAt = new TitleRun[0];
    /** The key words of the names read so far. */
    private final NameKeyCache nameKeys;
    /** The earlier roles of a title split off its name in the sentence being linked. */
    private final List<Description> detached = new ArrayList<>();
    /** The names of the sentence being linked, taken from {@link #spareNames}. */
    private final List<NameRun> names = new ArrayList<>();
    /** Name runs made for earlier sentences, free again. */
    private final List<NameRun> spareNames = new ArrayList<>();
    /** The links of the sentence being linked, taken from {@link #pool}. */
    private final List<Link> links = new ArrayList<>();
    /** Links made for earlier sentences, free again. */
    private final List<Link> pool = new ArrayList<>();
    /** The named and bare mentions of the sentence being linked. */
    private final List<NamedMention> named = new ArrayList<>();
    private final List<NamedMention> bare = new ArrayList<>();

    /**
     * Creates the working state of an article.
     *
     * @param folded the folded text of the article
     */
    Scratch(String folded) {
      nameKeys = new NameKeyCache(folded);
    }

    /** Makes room for a sentence of {@code n} units, every entry cleared. */
    private void reset(int n) {
      names.clear();
      links.clear();
      named.clear();
      bare.clear();
      detached.clear();
      if (marks.length < n) {
        // Room for the sentences of most articles at once, rather than growing sentence by sentence.
        int size = Math.max(n, Math.max(MIN_UNITS, 2 * marks.length));
        marks = new byte[size];
        runAt = new TitleRun[size];
        return;
      }
      Arrays.fill(marks, 0, n, (byte) 0);
      Arrays.fill(runAt, 0, n, null);
    }

    /** A link for the {@code k}th name of the sentence, reset to it. */
    private Link link(int k, NameRun run) {
      if (k == pool.size()) {
        pool.add(new Link());
      }
      return pool.get(k).reset(run);
    }

    /** The title phrase of the sentence's list that ends at unit {@code k}, or null. */
    private TitleRun endingAt(int k) {
      TitleRun run = runAt[k];
      return run != null && run.end() - 1 == k ? run : null;
    }

    /** The title phrase of the sentence's list that starts at unit {@code k}, or null. */
    private TitleRun startingAt(int k) {
      TitleRun run = runAt[k];
      return run != null && run.first() == k ? run : null;
    }

    /** Tells whether a title phrase of the sentence already went to a name. */
    private boolean isClaimed(TitleRun run) {
      return runAt[run.first()] == run && (marks[run.first()] & CLAIMED) != 0;
    }

    /**
     * Gives a title phrase to a name. Phrases scanned anew for an apposition are no phrase of the
     * sentence's list; nothing else can reach them, so they need no mark.
     */
    private void claim(TitleRun run) {
      if (runAt[run.first()] == run) {
        marks[run.first()] |= CLAIMED;
      }
    }
  }

  /**
   * Links a sentence.
   *
   * @param text the document text
   * @param sentence the sentence
   * @param scratch the working state of this article
   * @return its mentions; their lists are the scratch's, valid until it links the next sentence
   */
  static SentenceMentions link(String text, Sentence sentence, Scratch scratch) {
    List<Unit> units = sentence.units();
    int n = units.size();
    List<TitleRun> runs = TitleScanner.findAll(text, units);
    scratch.reset(n);
    byte[] marks = scratch.marks;
    for (int r = 0; r < runs.size(); r++) {
      TitleRun run = runs.get(r);
      for (int i = run.first(); i < run.end(); i++) {
        marks[i] = TAKEN;
        scratch.runAt[i] = run;
      }
    }
    List<NameRun> names = scratch.names;
    NameRunFinder.find(units, marks, TAKEN, names, scratch.spareNames);
    if (names.isEmpty()) {
      List<Description> descriptions = descriptions(sentence, units, runs, scratch);
      if (descriptions.isEmpty()) {
        return SentenceMentions.NONE;
      }
      sortBySpan(descriptions);
      return new SentenceMentions(List.of(), descriptions, List.of());
    }
    for (int k = 0; k < names.size(); k++) {
      NameRun name = names.get(k);
      for (int i = name.first(); i < name.end(); i++) {
        marks[i] |= IN_NAME;
      }
    }
    List<Link> links = scratch.links;
    List<Description> detached = scratch.detached;
    for (int k = 0; k < names.size(); k++) {
      Link link = scratch.link(k, names.get(k));
      leftChain(text, sentence, units, link, scratch, detached);
      rightContext(text, units, link);
      links.add(link);
    }
    for (int k = 0; k < links.size(); k++) {
      Link link = links.get(k);
      if (!link.hasRoleTitle()) {
        apposition(text, units, link, scratch);
      }
    }
    for (int k = 0; k < links.size(); k++) {
      reverseApposition(units, links.get(k), scratch);
    }
    shareParentheticalCountries(units, links);
    List<NamedMention> named = scratch.named;
    List<NamedMention> bare = scratch.bare;
    for (int k = 0; k < links.size(); k++) {
      Link link = links.get(k);
      NamedMention mention = toMention(text, sentence, units, link, scratch);
      (link.honorifics.isEmpty() && link.titles.isEmpty() ? bare : named).add(mention);
    }
    List<Description> descriptions = descriptions(sentence, units, runs, scratch);
    if (!detached.isEmpty()) {
      descriptions = descriptions.isEmpty() ? new ArrayList<>() : descriptions;
      descriptions.addAll(detached);
    }
    sortBySpan(descriptions);
    return new SentenceMentions(named, descriptions, bare);
  }

  /** Sorts descriptions by span, in place; a list of one or none (perhaps immutable) is left as it is. */
  private static void sortBySpan(List<Description> descriptions) {
    if (descriptions.size() > 1) {
      descriptions.sort((a, b) -> a.span().compareTo(b.span()));
    }
  }

  private static void leftChain(String text, Sentence sentence, List<Unit> units, Link link, Scratch scratch,
      List<Description> detached) {
    int k = link.run.first() - 1;
    while (k >= 0) {
      Unit u = units.get(k);
      if (u.is(WordClass.HONORIFIC)) {
        link.prependHonorific(honorific(text, u));
        link.mentionStart = u.start();
        link.firstUnit = k;
        k--;
        continue;
      }
      TitleRun run = scratch.endingAt(k);
      if (run != null && !scratch.isClaimed(run)) {
        scratch.claim(run);
        if (run.isTitle()) {
          List<TitleRole> roles = run.roles();
          if (run.definite() && roles.size() > 1 && link.run.nameWords() == 1 && link.honorifics.isEmpty()
              && link.titles.isEmpty()) {
            // "The Vice President and President Hichilema": the earlier roles are other people.
            for (int r = 0; r < roles.size() - 1; r++) {
              int start = r == 0 ? units.get(run.first()).start() : roles.get(r).span().start();
              detached.add(new Description(sentence.index(), Span.of(start, roles.get(r).span().end()), roles.get(r)));
            }
            roles = roles.subList(roles.size() - 1, roles.size());
            link.mentionStart = roles.get(0).span().start();
          } else {
            link.mentionStart = units.get(firstWord(units, run)).start();
          }
          for (TitleRole role : roles) {
            link.addTitle(new AttachedTitle(role, Rules.TITLE_PREMODIFIER, 0.9));
          }
          link.rule = Rules.NAME_PREMODIFIER;
        } else {
          link.organization = run.organization();
          link.addCues(run.cues());
        }
        link.firstUnit = run.first();
        k = run.first() - 1;
        continue;
      }
      TitleRun lower = link.titles.isEmpty() ? lowerCasePremodifier(text, units, k) : null;
      if (lower != null) {
        for (TitleRole role : lower.roles()) {
          link.addTitle(new AttachedTitle(role, Rules.TITLE_PREMODIFIER, 0.8));
        }
        link.mentionStart = units.get(firstWord(units, lower)).start();
        link.rule = Rules.NAME_PREMODIFIER;
        link.firstUnit = lower.first();
        k = lower.first() - 1;
        continue;
      }
      break;
    }
    link.leftStop = k;
  }

  /**
   * A title in lower case right before a name, which news style writes after a country or
   * institution ("EU foreign policy chief Kaja Kallas", "his Egyptian counterpart Sameh Shoukry",
   * "Iran's supreme leader Ayatollah Ali Khamenei"). It must end with a head and start with a
   * country, an institution or a possessive pronoun, so that plain lower-case words stay out.
   */
  private static TitleRun lowerCasePremodifier(String text, List<Unit> units, int k) {
    if (k < 0 || !units.get(k).is(WordClass.TITLE) || units.get(k).capitalized()
        || !TitleRoleParser.isHeadAt(units, k, k + 1, true)) {
      return null;
    }
    int s = k;
    while (s - 1 >= 0 && k - s < TitleScanner.MAX_UNITS && isLowerTitleWord(units.get(s - 1))) {
      s--;
    }
    while (s < k && (units.get(s).is(WordClass.LOWER) || units.get(s).is(WordClass.POSSESSIVE))) {
      s++;
    }
    boolean anchored = s > 0 && units.get(s - 1).isInIgnoreCase(POSSESSIVE_PRONOUNS);
    for (int i = s; i <= k && !anchored; i++) {
      Unit u = units.get(i);
      anchored = u.is(WordClass.NATION) || u.is(WordClass.ACRONYM) || u.is(WordClass.ORG) && u.capitalized();
    }
    if (!anchored) {
      return null;
    }
    TitleRun run = TitleScanner.scan(text, units, s, true);
    return run != null && run.isTitle() && run.end() == k + 1 ? run : null;
  }

  private static boolean isLowerTitleWord(Unit u) {
    return u.is(WordClass.TITLE) || u.is(WordClass.ORG) || u.is(WordClass.NATION) || u.is(WordClass.ACRONYM)
        || u.is(WordClass.POSSESSIVE) || u.isWord("of") || u.isWord("for");
  }

  private static int firstWord(List<Unit> units, TitleRun run) {
    int i = run.first();
    while (i < run.end() - 1 && TitleScanner.isDeterminer(units.get(i))) {
      i++;
    }
    return i;
  }

  private static void rightContext(String text, List<Unit> units, Link link) {
    int n = units.size();
    int p = link.run.end();
    while (p < n && units.get(p).is(WordClass.POSTNOMINAL)) {
      link.addHonorific(honorific(text, units.get(p)));
      link.mentionEnd = units.get(p).end();
      p++;
    }
    // "Amir Sheikh Tamim Bin Hamad Al Thani of Qatar"
    int q = p;
    if (q + 1 < n && units.get(q).isWord("of")) {
      int c = q + 1;
      if (units.get(c).isThe() && c + 1 < n) {
        c++;
      }
      if (isCountryName(units.get(c)) && !followedByTitleWord(units, c)) {
        Unit nation = units.get(c);
        link.addCue(new CountryCue(nation.nation().code(), Span.of(units.get(q).start(), nation.end()),
            Rules.COUNTRY_OF, 0.9, CountryCue.OF_COUNTRY));
        p = c + 1;
      }
    }
    // "Carlos Correa (Colombia)"
    if (p + 2 < n && units.get(p).isPunct('(') && units.get(p + 1).is(WordClass.NATION)
        && units.get(p + 2).isPunct(')')) {
      Unit nation = units.get(p + 1);
      link.addCue(new CountryCue(nation.nation().code(), Span.of(units.get(p).start(), units.get(p + 2).end()),
          Rules.COUNTRY_PARENTHETICAL, 0.85, CountryCue.PARENTHETICAL));
      p += 3;
    }
    // "signed for Armenia", "on behalf of Qatar"
    int s = p;
    if (s < n && units.get(s).isWord("signed")) {
      s++;
    }
    int c = -1;
    if (s + 1 < n && units.get(s).isWord("for")) {
      c = s + 1;
    } else if (s + 3 < n && units.get(s).isWord("on") && units.get(s + 1).isWord("behalf")
        && units.get(s + 2).isWord("of")) {
      c = s + 3;
    }
    if (c > 0 && c < n && (s > p || units.get(s).isWord("on")) && isCountryName(units.get(c))
        && !followedByTitleWord(units, c)) {
      Unit nation = units.get(c);
      link.addCue(new CountryCue(nation.nation().code(), Span.of(units.get(p).start(), nation.end()),
          Rules.COUNTRY_SIGNED_FOR, 0.85, CountryCue.SIGNED_FOR));
    }
    link.right = p;
  }

  private static void apposition(String text, List<Unit> units, Link link, Scratch scratch) {
    int n = units.size();
    int p = link.right;
    if (p + 1 >= n || !units.get(p).isPunct(',')) {
      return;
    }
    if (link.run.first() == 0 && link.run.nameWords() == 1 && link.honorifics.isEmpty()) {
      return; // "Specifically, the Minister ...": an opening word, not a name in apposition
    }
    int q = p + 1;
    TitleRun run = scratch.startingAt(q);
    if (run == null && TitleScanner.canStart(units, q, true)) {
      run = TitleScanner.scan(text, units, q, true);
      if (run != null && overlapsName(run, scratch.marks)) {
        run = null;
      }
    }
    if (run == null || !run.isTitle() || scratch.isClaimed(run) || !endsClause(units, run.end())) {
      return;
    }
    scratch.claim(run);
    for (TitleRole role : run.roles()) {
      link.addTitle(new AttachedTitle(role, Rules.TITLE_APPOSITION, 0.85));
    }
    link.rule = Rules.NAME_APPOSITION;
  }

  /**
   * "&lt;title&gt;, [honorifics] name": for a name without a role yet, the title before the comma
   * is its own; for a name with a title right before it, a further title before a comma joins
   * when no other name stands before that ("Vice President of the UAE, Prime Minister and Ruler
   * of Dubai His Highness Sheikh ...").
   */
  private static void reverseApposition(List<Unit> units, Link link, Scratch scratch) {
    int k = link.leftStop;
    if (k < 1 || !units.get(k).isPunct(',')) {
      return;
    }
    TitleRun run = scratch.endingAt(k - 1);
    if (run == null || !run.isTitle() || scratch.isClaimed(run)) {
      return;
    }
    boolean chained = link.hasRoleTitle();
    if (chained && (run.definite() || run.first() >= 2 && units.get(run.first() - 1).isPunct(',')
        && (scratch.marks[run.first() - 2] & IN_NAME) != 0)) {
      return;
    }
    scratch.claim(run);
    for (TitleRole role : run.roles()) {
      link.addTitle(new AttachedTitle(role, Rules.TITLE_REVERSE_APPOSITION, chained ? 0.75 : 0.8));
    }
    if (!chained) {
      link.rule = Rules.NAME_REVERSE_APPOSITION;
    }
  }

  /** "Vice President ... Marta Lucia Ramirez and Minister ... Carlos Correa (Colombia)". */
  private static void shareParentheticalCountries(List<Unit> units, List<Link> links) {
    for (int i = links.size() - 1; i > 0; i--) {
      Link later = links.get(i);
      CountryCue parenthetical = parentheticalCue(later);
      if (parenthetical == null) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Link earlier = links.get(j);
        Link next = links.get(j + 1);
        int gapStart = earlier.right;
        int gapEnd = next.firstUnit;
        if (gapEnd - gapStart != 1 || !(units.get(gapStart).isWord("and") || units.get(gapStart).isPunct('&'))) {
          break;
        }
        if (parentheticalCue(earlier) == null) {
          earlier.addCue(parenthetical);
        }
      }
    }
  }

  /** The first country cue of a name given in parentheses after it, or null. */
  private static CountryCue parentheticalCue(Link link) {
    for (int k = 0; k < link.cues.size(); k++) {
      if (link.cues.get(k).rule().equals(Rules.COUNTRY_PARENTHETICAL)) {
        return link.cues.get(k);
      }
    }
    return null;
  }

  private static List<Description> descriptions(Sentence sentence, List<Unit> units, List<TitleRun> runs,
      Scratch scratch) {
    List<Description> out = List.of();
    for (int k = 0; k < runs.size(); k++) {
      TitleRun run = runs.get(k);
      if (!run.isTitle() || !run.definite() || scratch.isClaimed(run)) {
        continue;
      }
      if (out.isEmpty()) {
        out = new ArrayList<>();
      }
      for (int r = 0; r < run.roles().size(); r++) {
        TitleRole role = run.roles().get(r);
        int start = r == 0 ? units.get(run.first()).start() : role.span().start();
        out.add(new Description(sentence.index(), Span.of(start, role.span().end()), role));
      }
    }
    return out;
  }

  private static NamedMention toMention(String text, Sentence sentence, List<Unit> units, Link link,
      Scratch scratch) {
    NameRun run = link.run;
    String nameText = Texts.clean(text.substring(run.span().start(), run.span().end()));
    boolean onlyRanks = !link.titles.isEmpty() && !link.hasRoleTitle();
    boolean weak = run.nameWords() == 1 && (sentence.titleCase() || onlyRanks && link.honorifics.isEmpty());
    String rule = link.rule != null ? link.rule : Rules.NAME_HONORIFIC;
    double confidence = switch (rule) {
      case Rules.NAME_PREMODIFIER -> 0.9;
      case Rules.NAME_APPOSITION -> 0.85;
      case Rules.NAME_REVERSE_APPOSITION -> 0.8;
      default -> 0.7;
    };
    if (link.honorifics.isEmpty() && link.titles.isEmpty()) {
      rule = Rules.NAME_REPEATED;
      confidence = 0.75;
    }
    List<String> key = run.keyWords(units, scratch.nameKeys);
    return new NamedMention(sentence.index(), run.span(), nameText, key, run.nameWords(),
        Span.of(link.mentionStart, Math.max(link.mentionEnd, run.span().end())), Lists.copyOf(link.honorifics),
        Lists.copyOf(link.titles), link.organization, Lists.copyOf(link.cues), rule, confidence, weak);
  }

  private static HonorificRef honorific(String text, Unit u) {
    Honorifics.Honorific h = (Honorifics.Honorific) u.value();
    return new HonorificRef(Texts.clean(text.substring(u.start(), u.end())), u.span(), h.postnominal(), h.official());
  }

  private static boolean overlapsName(TitleRun run, byte[] marks) {
    for (int i = run.first(); i < run.end(); i++) {
      if ((marks[i] & IN_NAME) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountryName(Unit u) {
    return u.is(WordClass.NATION) && !u.nation().demonym();
  }

  private static boolean followedByTitleWord(List<Unit> units, int i) {
    return i + 1 < units.size() && (units.get(i + 1).is(WordClass.POSSESSIVE)
        || units.get(i + 1).capitalized() && (units.get(i + 1).is(WordClass.TITLE) || units.get(i + 1).is(WordClass.ORG)));
  }

  /** Whether a title in apposition ends there: a comma, a full stop, a bracket, a verb, the end. */
  private static boolean endsClause(List<Unit> units, int end) {
    if (end >= units.size()) {
      return true;
    }
    Unit u = units.get(end);
    if (u.is(WordClass.PUNCT)) {
      return u.isPunct(',') || u.isPunct('.') || u.isPunct(';') || u.isPunct(':') || u.isPunct(')')
          || u.isPunct('"') || u.isPunct('-');
    }
    return u.is(WordClass.LOWER);
  }
}
