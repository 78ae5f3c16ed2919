package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.lexicon.WordTable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.TreeSet;

/**
 * Groups the tokens of a sentence into classified {@link Unit}s: at each token the longest lexicon
 * phrase wins (honorifics, countries and demonyms, cities, title words, organisation words, in
 * that order of preference between phrases of equal length); other words are classified by shape
 * (initials, acronyms, capitalised words, lower-case words). Stateless and thread-safe.
 */
final class UnitClassifier {
  private static final PhraseTable<Unit.Nation> NATIONS = nations();
  private static final PhraseTable<String> PLACES = places();
  /** What the lexicons say about a word, by the word in lower case: one lookup per token. */
  private static final WordTable<WordInfo> WORDS;
  /** For each ASCII character, whether some word of {@link #WORDS} starts with it. */
  private static final boolean[] ASCII_FIRSTS = new boolean[128];

  static {
    Map<String, WordInfo> infos = wordInfos();
    for (String word : infos.keySet()) {
      if (!word.isEmpty() && word.charAt(0) < ASCII_FIRSTS.length) {
        ASCII_FIRSTS[word.charAt(0)] = true;
      }
    }
    // Looked up for nearly every word of every sentence: the sparser table, for shorter probes.
    WORDS = WordTable.ofSparse(infos);
  }

  /** The packed lower-case form of "the" ({@link WordTable#packLowerCase}). */
  private static final long THE_KEY =
      WordTable.packLowerCase(WordTable.packLowerCase(WordTable.packLowerCase(0, 't'), 'h'), 'e');

  private UnitClassifier() {}

  /**
   * The phrases of each table that may start at one word (null for a table with none).
   *
   * @param honorifics honorific phrases
   * @param nations country names and demonyms
   * @param places cities
   * @param titles title words
   * @param acronyms organisation acronyms
   * @param orgWords organisation words
   * @param seconds the first characters of the second words of all these phrases, ASCII letters in
   *     lower case: bit {@code c} of the long {@code c / 64}; null when some phrase has one word or
   *     a second word starting beyond ASCII
   */
  private record Starts(
      List<PhraseTable.Entry<Honorifics.Honorific>> honorifics,
      List<PhraseTable.Entry<Unit.Nation>> nations,
      List<PhraseTable.Entry<String>> places,
      List<PhraseTable.Entry<TitleWords.Kind>> titles,
      List<PhraseTable.Entry<OrganizationWords.Kind>> acronyms,
      List<PhraseTable.Entry<OrganizationWords.Kind>> orgWords,
      long[] seconds) {

    /**
     * Tells whether no phrase can start at a token: every phrase has a second word, and the next
     * token is missing or starts with an ASCII character none of them starts with (ignoring
     * case). What {@link PhraseTable.Entry#ruledOut} says of each phrase, asked once.
     */
    boolean ruledOut(TokenList tokens, int i) {
      if (seconds == null) {
        return false;
      }
      if (i + 1 >= tokens.size()) {
        return true;
      }
      char c = tokens.charAt(tokens.start(i + 1));
      if (c >= 0x80) {
        return false;
      }
      int lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      return (seconds[lower >> 6] & (1L << lower)) == 0;
    }

    /** The {@link #seconds} of some phrases. */
    static long[] seconds(List<List<? extends PhraseTable.Entry<?>>> groups) {
      long[] seconds = new long[2];
      for (List<? extends PhraseTable.Entry<?>> group : groups) {
        for (PhraseTable.Entry<?> entry : group == null ? List.<PhraseTable.Entry<?>>of() : group) {
          if (entry.secondFirst() < 0) {
            return null;
          }
          seconds[entry.secondFirst() >> 6] |= 1L << entry.secondFirst();
        }
      }
      return seconds;
    }
  }

  /**
   * What the lexicons say about one word in lower case: the phrases that may start with it, and
   * its kind as a word of names for each way of writing it that {@link NameWords} lists.
   *
   * @param starts the phrases, or null when none starts with the word
   * @param forms the forms listed by {@link NameWords}
   * @param writtenForms the forms packed as written ({@link TokenList#packAsWritten}), index by index
   * @param kinds their kinds, index by index
   * @param visit whether the word is one of {@link ArticleCountries#VISIT_WORDS}
   */
  private record WordInfo(Starts starts, String[] forms, long[] writtenForms, NameWords.Kind[] kinds,
      boolean visit) {

    /**
     * Returns the kind of {@code s[from, to)} as written, as {@link NameWords#kindOf} gives it;
     * {@code writtenKey} is the word packed as written, which a packed word is compared by.
     */
    NameWords.Kind kindOf(long writtenKey, char[] s, int from, int to) {
      if (writtenKey > 0) {
        // A packed word equals a form exactly when their packed forms are equal (a form that cannot
        // be packed is longer or beyond ASCII: never equal).
        for (int k = 0; k < writtenForms.length; k++) {
          if (writtenForms[k] == writtenKey) {
            return kinds[k];
          }
        }
        return null;
      }
      for (int k = 0; k < forms.length; k++) {
        if (forms[k].length() == to - from && sameChars(s, from, forms[k])) {
          return kinds[k];
        }
      }
      return null;
    }

    /** Whether {@code form} is written at {@code s[from, from + form.length())}, case counting. */
    private static boolean sameChars(char[] s, int from, String form) {
      for (int k = 0; k < form.length(); k++) {
        if (s[from + k] != form.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Unit objects and a unit list reused from sentence to sentence of one article, so that
   * classifying allocates no unit per word, and no list. Not thread-safe: one per article.
   */
  static final class Buffer {
    private final Choice choice = new Choice();
    private Unit[] spare;
    private int used;
    /** The units of the sentence: a view of the first {@link #used} units of {@link #spare}. */
    private final UnitList units = new UnitList(this);
    /** The classes of the units of the sentence: bit {@code 1 << ordinal} of each. */
    private int classes;
    /**
     * The units that are {@link UnitList#isTitleish} or {@link UnitList#isCountryWord}, in order
     * (the first {@link #wantedCount}): each its index shifted left by two, with {@link #TITLEISH}
     * and {@link #COUNTRY_WORD} telling which.
     */
    private int[] wanted = new int[16];
    private int wantedCount;
    private static final int TITLEISH = 1;
    private static final int COUNTRY_WORD = 2;

    /** Creates a buffer that grows as sentences need. */
    Buffer() {
      this(0);
    }

    /**
     * Creates a buffer with room for the units of a sentence of some length.
     *
     * @param expectedUnits the most units a sentence is expected to have
     */
    Buffer(int expectedUnits) {
      spare = new Unit[expectedUnits];
    }

    /** Empties the list; its units become free for the next sentence. */
    private void clear() {
      used = 0;
      classes = 0;
      wantedCount = 0;
    }

    /** Notes what the readers ask of every unit of the last unit made, once it has its contents. */
    private void noteWanted(Unit unit) {
      classes |= 1 << unit.cls().ordinal();
      int kinds = (UnitList.isTitleish(unit) ? TITLEISH : 0) | (UnitList.isCountryWord(unit) ? COUNTRY_WORD : 0);
      if (kinds != 0) {
        if (wantedCount == wanted.length) {
          wanted = Arrays.copyOf(wanted, 2 * wantedCount);
        }
        wanted[wantedCount++] = (used - 1) << 2 | kinds;
      }
    }

    /** A free unit, to be given its contents, added to the list. */
    private Unit next() {
      if (used == spare.length) {
        spare = Arrays.copyOf(spare, Math.max(64, 2 * spare.length));
      }
      Unit unit = spare[used];
      if (unit == null) {
        unit = Unit.blank();
        spare[used] = unit;
      }
      used++;
      return unit;
    }

  }

  /**
   * The units of a sentence as {@link #classify} gives them, read-only, with what the classifier
   * noted of them while making them, so that the readers of the sentence need not go over all of
   * its units to find the few they look for.
   */
  static final class UnitList extends AbstractList<Unit> implements RandomAccess {
    /**
     * The classes of title words, whatever their case: {@link TitleScanner} can start a phrase only at
     * or right before one (its lower-case heads, "head of" and "chief of", are title words too).
     */
    private static final int TITLEISH = TitleScanner.ALWAYS_TITLEISH | TitleScanner.CASED_TITLEISH;
    private final Buffer buffer;

    private UnitList(Buffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public Unit get(int index) {
      Objects.checkIndex(index, buffer.used);
      return buffer.spare[index];
    }

    @Override
    public int size() {
      return buffer.used;
    }

    /**
     * Tells whether a unit is of a class of title words: a country, a city, an acronym, a title
     * or organisation word, in any case.
     *
     * @param unit the unit
     * @return true for such a unit
     */
    static boolean isTitleish(Unit unit) {
      return unit.isAnyOf(TITLEISH);
    }

    /**
     * Tells whether a unit is one {@link ArticleCountries.Collector} reads: a country, a name or
     * acronym with an inner hyphen, or a word of visits.
     *
     * @param unit the unit
     * @return true for such a unit
     */
    static boolean isCountryWord(Unit unit) {
      return unit.is(WordClass.NATION)
          || (unit.is(WordClass.NAME) || unit.is(WordClass.ACRONYM)) && unit.indexOf('-') > 0
          || unit.isVisitWord();
    }

    /**
     * Tells whether some unit is of a class.
     *
     * @param cls the class
     * @return true when a unit of the list is of it
     */
    boolean has(WordClass cls) {
      return (buffer.classes & 1 << cls.ordinal()) != 0;
    }

    /**
     * Returns the number of wanted units: those that are {@link #isTitleish} or {@link
     * #isCountryWord}.
     *
     * @return the count
     */
    int wantedCount() {
      return buffer.wantedCount;
    }

    /**
     * Returns the index of a wanted unit.
     *
     * @param k which of them, in order, from 0
     * @return its index in the list
     */
    int wantedAt(int k) {
      return buffer.wanted[k] >>> 2;
    }

    /**
     * Tells whether a wanted unit is {@link #isTitleish}.
     *
     * @param k which of them, in order, from 0
     * @return true when it is
     */
    boolean wantedTitleish(int k) {
      return (buffer.wanted[k] & Buffer.TITLEISH) != 0;
    }

    /**
     * Tells whether a wanted unit is {@link #isCountryWord}.
     *
     * @param k which of them, in order, from 0
     * @return true when it is
     */
    boolean wantedCountryWord(int k) {
      return (buffer.wanted[k] & Buffer.COUNTRY_WORD) != 0;
    }
  }

  /**
   * Classifies the tokens of a sentence.
   *
   * @param tokens the tokens, in order
   * @return the units, in order, covering every token once
   */
  static UnitList classify(TokenList tokens) {
    return classify(tokens, new Buffer());
  }

  /**
   * Classifies the tokens of a sentence into a buffer, emptied first: the list and its units are
   * valid until the buffer is used again.
   *
   * @param tokens the tokens, in order
   * @param buffer the buffer of this article
   * @return the units, in order, covering every token once
   */
  static UnitList classify(TokenList tokens, Buffer buffer) {
    buffer.clear();
    String folded = tokens.folded();
    // The characters of the sentence, as the tokenizer copied them: read from the array.
    char[] chars = tokens.chars();
    int base = tokens.charsFrom();
    Choice choice = buffer.choice;
    int i = 0;
    while (i < tokens.size()) {
      TokenList.Type type = tokens.type(i);
      int start = tokens.start(i);
      int end = tokens.end(i);
      char first = chars[start - base];
      Unit unit;
      if (type == TokenList.Type.PUNCT) {
        unit = buffer.next().reuseAs(start, end, tokens.text(i), WordClass.PUNCT, null);
        i++;
      } else if (type == TokenList.Type.POSSESSIVE) {
        unit = buffer.next().reuseAsWord(folded, start, end, WordClass.POSSESSIVE, null);
        i++;
      } else {
        unit = word(tokens, i, chars, base, buffer, choice);
        i += choice.length > 0 ? choice.length : 1;
      }
      buffer.noteWanted(unit.markFirst(first));
    }
    return buffer.units;
  }

  /**
   * Classifies the word token {@code i} and the tokens after it that a lexicon phrase starting
   * there takes: the unit made, from the buffer; {@code choice} holds the phrase (its length 0 when
   * the unit is one word without one).
   */
  private static Unit word(TokenList tokens, int i, char[] chars, int base, Buffer buffer, Choice choice) {
    String folded = tokens.folded();
    int start = tokens.start(i);
    int end = tokens.end(i);
    // A packed word is looked up at once (a miss costs little); another one only when its first
    // character may start a listed word.
    long lowerKey = tokens.lowerKey(i);
    WordInfo info = lowerKey > 0 || mayBeListed(chars[start - base])
        ? WORDS.getIgnoreCase(chars, start - base, end - base, lowerKey) : null;
    if (info != null && info.starts() != null && !info.starts().ruledOut(tokens, i)
        && choose(info.starts(), tokens, i, choice)) {
      int last = i + choice.length - 1;
      if (choice.length == 1) {
        return noted(buffer.next().reuseAsWord(folded, start, end, choice.cls, choice.value), tokens, i)
            .markVisitWord(info.visit());
      } else if (writtenJoined(tokens, i, i + choice.length)) {
        // Written as the phrase reads: its text is cut from the folded text only if asked for.
        return buffer.next().reuseAsWord(folded, start, tokens.end(last), choice.cls, choice.value);
      } else {
        return buffer.next().reuseAs(start, tokens.end(last), joined(tokens, i, i + choice.length), choice.cls,
            choice.value);
      }
    }
    choice.length = 0;
    if (tokens.hyphenated(i) && isHyphenatedHead(folded, start, end)) {
      return buffer.next().reuseAsWord(folded, start, end, WordClass.TITLE, TitleWords.Kind.HEAD);
    }
    NameWords.Kind kind = info == null ? null : info.kindOf(tokens.writtenKey(i), chars, start - base, end - base);
    boolean hyphenated = tokens.hyphenated(i);
    WordClass cls = shape(chars, start - base, end - base, kind, hyphenated, folded, base);
    return noted(buffer.next().reuseAsWord(folded, start, end, cls, null), tokens, i)
        .markVisitWord(info != null && info.visit());
  }

  /**
   * Records on a unit made of the word token {@code i} what the tokenizer found out while reading
   * it: whether it has a hyphen and, for a word it packed, whether it is "the".
   */
  private static Unit noted(Unit unit, TokenList tokens, int i) {
    unit.markHyphenated(tokens.hyphenated(i));
    long lowerKey = tokens.lowerKey(i);
    return lowerKey > 0 ? unit.markThe(lowerKey == THE_KEY) : unit;
  }

  /** The longest phrase found at a token so far, and what it is. Reused token after token. */
  private static final class Choice {
    int length;
    WordClass cls;
    Object value;

    /** Takes a match when it is longer than the one held (the earlier table wins a tie). */
    void offer(PhraseTable.Match<?> match, WordClass matchClass) {
      if (match != null && match.length() > length) {
        length = match.length();
        cls = matchClass;
        value = match.value();
      }
    }
  }

  /**
   * Finds the longest phrase at a token: honorifics, then countries, cities, title words,
   * organisation acronyms and words, a later table winning only with a longer phrase.
   *
   * @return whether a phrase was found (then held by {@code choice})
   */
  private static boolean choose(Starts starts, TokenList tokens, int i, Choice choice) {
    choice.length = 0;
    if (starts.honorifics() != null) {
      PhraseTable.Match<Honorifics.Honorific> honorific =
          Honorifics.table().longestAmong(starts.honorifics(), tokens, i);
      if (honorific != null) {
        choice.offer(honorific, honorific.value().postnominal() ? WordClass.POSTNOMINAL : WordClass.HONORIFIC);
      }
    }
    // A table is asked only when its longest candidate could beat the phrase held.
    if (mayBeat(starts.nations(), choice)) {
      choice.offer(NATIONS.longestAmong(starts.nations(), tokens, i), WordClass.NATION);
    }
    if (mayBeat(starts.places(), choice)) {
      choice.offer(PLACES.longestAmong(starts.places(), tokens, i), WordClass.PLACE);
    }
    if (mayBeat(starts.titles(), choice)) {
      choice.offer(shouted(TitleWords.table().longestAmong(starts.titles(), tokens, i), tokens, i), WordClass.TITLE);
    }
    if (mayBeat(starts.acronyms(), choice)) {
      choice.offer(OrganizationWords.acronyms().longestAmong(starts.acronyms(), tokens, i), WordClass.ORG);
    }
    if (mayBeat(starts.orgWords(), choice)) {
      choice.offer(shouted(OrganizationWords.words().longestAmong(starts.orgWords(), tokens, i), tokens, i),
          WordClass.ORG);
    }
    return choice.length > 0;
  }

  /**
   * Whether some candidate phrases (a group of {@link PhraseTable#groups}: longest first, never
   * empty; or null) may give a match longer than the one the choice holds.
   */
  private static boolean mayBeat(List<? extends PhraseTable.Entry<?>> candidates, Choice choice) {
    return candidates != null && candidates.get(0).keys().length > choice.length;
  }

  /**
   * Drops a match of a word table written in capitals ("LEADER", "MINISTRY OF LAW"): banners and
   * menus, not titles. Short capitalised forms the tables list as such ("CEO") still match.
   */
  private static <V> PhraseTable.Match<V> shouted(PhraseTable.Match<V> match, TokenList tokens, int i) {
    if (match == null) {
      return null;
    }
    for (int k = i; k < i + match.length(); k++) {
      if (tokens.length(k) >= 4 && isAllCapitals(tokens.folded(), tokens.start(k), tokens.end(k))) {
        return null;
      }
    }
    return match;
  }

  /** "Minister-in-Charge", "Envoy-designate": a hyphenated word that starts with a head. */
  private static boolean isHyphenatedHead(String s, int from, int to) {
    if (!Character.isUpperCase(s.charAt(from))) {
      return false;
    }
    int hyphen = indexOf(s, from, to, '-');
    if (hyphen <= 0) {
      return false;
    }
    return (isAsciiLetters(s, from, from + hyphen) ? TitleWords.table().getLetters(s, from, from + hyphen)
        : TitleWords.table().get(s.substring(from, from + hyphen))) == TitleWords.Kind.HEAD;
  }

  /** Whether {@code s[from, to)} is ASCII letters only. */
  private static boolean isAsciiLetters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shape class of the word {@code s[from, to)}, given its kind as a word of names and whether
   * it has a hyphen; {@code s} is the copy of the folded text from {@code base} on.
   */
  private static WordClass shape(char[] s, int from, int to, NameWords.Kind kind, boolean hyphenated,
      String folded, int base) {
    if (kind != null) {
      return switch (kind) {
        case NON_NAME -> WordClass.NON_NAME;
        case PARTICLE -> WordClass.PARTICLE;
        case SUFFIX -> WordClass.SUFFIX;
      };
    }
    char first = s[from];
    if (Character.isDigit(first)) {
      return WordClass.NUMBER;
    }
    boolean upper = Character.isUpperCase(first) || Character.isTitleCase(first);
    if (upper && isInitials(s, from, to)) {
      return WordClass.INITIAL;
    }
    if (upper && isAllCapitals(s, from, to)) {
      return WordClass.ACRONYM;
    }
    if (upper) {
      return WordClass.NAME;
    }
    if (hyphenated && isArticledName(folded, base + from, base + to)) {
      return WordClass.NAME;
    }
    return WordClass.LOWER;
  }

  /** "J", "J.", "H.W.": one to three capital letters, each followed by a period when there are several. */
  private static boolean isInitials(char[] s, int from, int to) {
    int length = to - from;
    if (length == 1 || length == 2 && s[from + 1] == '.') {
      return true;
    }
    if (length > 6 || length % 2 != 0) {
      return false;
    }
    for (int i = from; i < to; i += 2) {
      if (!Character.isUpperCase(s[i]) || s[i + 1] != '.') {
        return false;
      }
    }
    return true;
  }

  /** "al-Busaidi", "el-Sisi": a lower-case article joined to a capitalised name. */
  private static boolean isArticledName(String s, int from, int to) {
    int hyphen = articleHyphen(s, from, to);
    return hyphen > 0 && hyphen + 1 < to - from
        && NameWords.isParticle(s.substring(from, from + hyphen)) && Character.isUpperCase(s.charAt(from + hyphen + 1));
  }

  /**
   * Where the first hyphen of {@code s[from, to)} is when it is one of the first four characters,
   * counted from {@code from}; -1 otherwise. Read without a loop: nearly every word of a sentence
   * is asked, and the answer is nearly always -1.
   */
  private static int articleHyphen(String s, int from, int to) {
    int length = to - from;
    if (length <= 0 || s.charAt(from) == '-') {
      return length <= 0 ? -1 : 0;
    }
    if (length > 1 && s.charAt(from + 1) == '-') {
      return 1;
    }
    if (length > 2 && s.charAt(from + 2) == '-') {
      return 2;
    }
    return length > 3 && s.charAt(from + 3) == '-' ? 3 : -1;
  }

  /** {@link #isAllCapitals(String, int, int)} on an array. */
  private static boolean isAllCapitals(char[] s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean isAllCapitals(String s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Where a character first occurs in {@code s[from, to)}, counted from {@code from}; -1 if nowhere. */
  private static int indexOf(String s, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i - from;
      }
    }
    return -1;
  }

  /**
   * The text of tokens {@code [from, to)} joined as a phrase: a single space before each word but
   * the first, nothing before punctuation and possessives.
   */
  private static String joined(TokenList tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.text(from);
    }
    String folded = tokens.folded();
    int start = tokens.start(from);
    int end = tokens.end(to - 1);
    StringBuilder out = new StringBuilder(end - start);
    for (int i = from; i < to; i++) {
      if (i > from && tokens.type(i) == TokenList.Type.WORD) {
        out.append(' ');
      }
      out.append(folded, tokens.start(i), tokens.end(i));
    }
    return out.toString();
  }

  /** Whether tokens {@code [from, to)} are written as {@link #joined} joins them. */
  private static boolean writtenJoined(TokenList tokens, int from, int to) {
    String folded = tokens.folded();
    for (int i = from + 1; i < to; i++) {
      int gap = tokens.start(i) - tokens.end(i - 1);
      boolean spaced = tokens.type(i) == TokenList.Type.WORD;
      if (spaced ? gap != 1 || folded.charAt(tokens.end(i - 1)) != ' ' : gap != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word starting with a character may be in {@link #WORDS}: a word starting with an
   * ASCII character no listed word starts with (a number, say) is not, in any case.
   */
  private static boolean mayBeListed(char first) {
    return first >= ASCII_FIRSTS.length || ASCII_FIRSTS[first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first];
  }

  private static Map<String, WordInfo> wordInfos() {
    // Per lower-case word: the phrases of each table starting with it (slots 0 to 5), its name-word
    // forms (6), and whether it is a word of visits (7).
    Map<String, Object[]> byWord = new HashMap<>();
    addStarts(byWord, 0, Honorifics.table());
    addStarts(byWord, 1, NATIONS);
    addStarts(byWord, 2, PLACES);
    addStarts(byWord, 3, TitleWords.table());
    addStarts(byWord, 4, OrganizationWords.acronyms());
    addStarts(byWord, 5, OrganizationWords.words());
    for (Map.Entry<String, NameWords.Kind> form : NameWords.kinds().entrySet()) {
      Object[] slots = byWord.computeIfAbsent(form.getKey().toLowerCase(Locale.ROOT), k -> new Object[8]);
      if (slots[6] == null) {
        slots[6] = new HashMap<String, NameWords.Kind>();
      }
      @SuppressWarnings("unchecked")
      Map<String, NameWords.Kind> forms = (Map<String, NameWords.Kind>) slots[6];
      forms.put(form.getKey(), form.getValue());
    }
    for (String visit : ArticleCountries.VISIT_WORDS) {
      byWord.computeIfAbsent(visit, k -> new Object[8])[7] = Boolean.TRUE;
    }
    Map<String, WordInfo> infos = new HashMap<>();
    for (Map.Entry<String, Object[]> word : byWord.entrySet()) {
      infos.put(word.getKey(), info(word.getValue()));
    }
    return infos;
  }

  private static void addStarts(Map<String, Object[]> byWord, int slot, PhraseTable<?> table) {
    for (Map.Entry<String, ? extends List<?>> group : table.groups().entrySet()) {
      byWord.computeIfAbsent(group.getKey(), k -> new Object[8])[slot] = group.getValue();
    }
  }

  @SuppressWarnings("unchecked")
  private static WordInfo info(Object[] slots) {
    Starts starts = null;
    for (int k = 0; k < 6 && starts == null; k++) {
      if (slots[k] != null) {
        starts = new Starts((List<PhraseTable.Entry<Honorifics.Honorific>>) slots[0],
            (List<PhraseTable.Entry<Unit.Nation>>) slots[1], (List<PhraseTable.Entry<String>>) slots[2],
            (List<PhraseTable.Entry<TitleWords.Kind>>) slots[3],
            (List<PhraseTable.Entry<OrganizationWords.Kind>>) slots[4],
            (List<PhraseTable.Entry<OrganizationWords.Kind>>) slots[5],
            Starts.seconds(Arrays.asList((List<? extends PhraseTable.Entry<?>>) slots[0],
                (List<? extends PhraseTable.Entry<?>>) slots[1], (List<? extends PhraseTable.Entry<?>>) slots[2],
                (List<? extends PhraseTable.Entry<?>>) slots[3], (List<? extends PhraseTable.Entry<?>>) slots[4],
                (List<? extends PhraseTable.Entry<?>>) slots[5])));
      }
    }
    Map<String, NameWords.Kind> forms = slots[6] == null ? Map.of() : (Map<String, NameWords.Kind>) slots[6];
    String[] written = new String[forms.size()];
    long[] packed = new long[forms.size()];
    NameWords.Kind[] kinds = new NameWords.Kind[forms.size()];
    int k = 0;
    for (Map.Entry<String, NameWords.Kind> form : forms.entrySet()) {
      written[k] = form.getKey();
      packed[k] = TokenList.packAsWritten(form.getKey(), 0, form.getKey().length());
      kinds[k++] = form.getValue();
    }
    return new WordInfo(starts, written, packed, kinds, slots[7] != null);
  }

  private static PhraseTable<Unit.Nation> nations() {
    Countries countries = Countries.instance();
    Map<String, Unit.Nation> phrases = new LinkedHashMap<>();
    for (String name : new TreeSet<>(countries.names())) {
      countries.codeForName(name).ifPresent(code -> phrases.putIfAbsent(name, new Unit.Nation(code, false)));
    }
    for (String demonym : new TreeSet<>(countries.demonyms())) {
      countries.codeForDemonym(demonym).ifPresent(code -> phrases.putIfAbsent(demonym, new Unit.Nation(code, true)));
    }
    // "U.S." and "US" are listed as names and adjectives; as a modifier they act as demonyms.
    for (String form : List.of("U.S.", "US", "UAE", "U.A.E.", "UK", "U.K.")) {
      countries.codeForName(form).ifPresent(code -> phrases.put(form, new Unit.Nation(code, true)));
    }
    return PhraseTable.of(phrases, false);
  }

  private static PhraseTable<String> places() {
    Gazetteer gazetteer = Gazetteer.instance();
    Map<String, String> phrases = new LinkedHashMap<>();
    for (String form : new TreeSet<>(gazetteer.forms())) {
      gazetteer.find(form).ifPresent(city -> phrases.putIfAbsent(form, city.country()));
    }
    return PhraseTable.of(phrases, false);
  }
}
