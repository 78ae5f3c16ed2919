package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;

/**
 * A word or lexicon phrase of a sentence, classified: the items the mention rules read. A unit
 * covers one token, or several when a lexicon phrase matched ("His Royal Highness", "Saudi
 * Arabia", "Crown Prince").
 *
 * <p>The text of a one-token unit is cut from the folded text only when asked for: most words are
 * only tested by class, first letter or equality, which read the folded text in place. Not shared
 * between threads (the text is computed once, on first use). A unit of a {@link
 * UnitClassifier.Buffer} is reused for a later sentence of the same article.
 */
final class Unit {
  private static final WordClass[] CLASSES = WordClass.values();

  /** The start; written as {@code ~start} (negative) while the text is still to be cut. */
  private int startOrPending;
  private int end;
  /** The text of the unit, or the folded text to cut it from while {@link #startOrPending} is negative. */
  private String textOrSource;
  private Object value;
  /** The ordinal of the class: a byte rather than a reference keeps a unit at 32 bytes. */
  private byte cls;
  /** What the classifier found out about the unit on the way: {@link #VISIT_WORD}, {@link #NO_HYPHEN}. */
  private byte facts;

  /** A fact: the unit is one of {@link ArticleCountries#VISIT_WORDS}. */
  private static final int VISIT_WORD = 1;
  /** A fact: the text of the unit has no {@code -}. */
  private static final int NO_HYPHEN = 2;
  /** Facts: whether the unit is "the" in any case ({@link #THE}) is known ({@link #THE_KNOWN}). */
  private static final int THE = 4;
  private static final int THE_KNOWN = 8;
  /** Facts: whether the unit is {@link #capitalized} ({@link #CAPITAL}) is known ({@link #CAPITAL_KNOWN}). */
  private static final int CAPITAL = 16;
  private static final int CAPITAL_KNOWN = 32;

  private Unit(int startOrPending, int end, String textOrSource, WordClass cls, Object value) {
    set(startOrPending, end, textOrSource, cls, value);
  }

  /** Makes this unit another one: what {@link #of} and {@link #word} give, on a reused object. */
  private Unit set(int startOrPending, int end, String textOrSource, WordClass cls, Object value) {
    this.startOrPending = startOrPending;
    this.end = end;
    this.textOrSource = textOrSource;
    this.cls = (byte) cls.ordinal();
    this.value = value;
    this.facts = 0;
    return this;
  }

  /**
   * Makes this reused unit the one {@link #of} would create.
   *
   * @return this unit
   */
  Unit reuseAs(int start, int end, String text, WordClass cls, Object value) {
    return set(start, end, text, cls, value);
  }

  /**
   * Makes this reused unit the one {@link #word} would create.
   *
   * @return this unit
   */
  Unit reuseAsWord(String folded, int start, int end, WordClass cls, Object value) {
    return set(~start, end, folded, cls, value);
  }

  /**
   * Returns a copy of this unit, for keeping beyond the sentence when this one is reused.
   *
   * @return a new unit, equal in every answer
   */
  Unit copy() {
    Unit copy = new Unit(startOrPending, end, textOrSource, cls(), value);
    copy.facts = facts;
    return copy;
  }

  /**
   * Records whether the unit is a word of visits ("visit", "Visiting"), which the classifier
   * finds with the lexicon lookup it makes anyway.
   *
   * @param visit whether its text, in lower case, is one of {@link ArticleCountries#VISIT_WORDS}
   * @return this unit
   */
  Unit markVisitWord(boolean visit) {
    facts = (byte) (visit ? facts | VISIT_WORD : facts & ~VISIT_WORD);
    return this;
  }

  /**
   * Records whether the text of the unit has a hyphen, which the tokenizer notes while reading a
   * word, so that looking for one need not read the text.
   *
   * @param hyphenated whether its text has a {@code -}
   * @return this unit
   */
  Unit markHyphenated(boolean hyphenated) {
    facts = (byte) (hyphenated ? facts & ~NO_HYPHEN : facts | NO_HYPHEN);
    return this;
  }

  /**
   * Records whether the unit is the word "the" in any case, which the classifier tells from the
   * packed lower-case form of the word it looks up anyway.
   *
   * @param the whether {@link #isWord isWord("the")} holds
   * @return this unit
   */
  Unit markThe(boolean the) {
    facts = (byte) (facts | THE_KNOWN | (the ? THE : 0));
    return this;
  }

  /**
   * Records the first character of the unit's text, which the classifier reads anyway, so that
   * {@link #capitalized} need not read the text.
   *
   * @param first {@code charAt(0)}
   * @return this unit
   */
  Unit markFirst(char first) {
    facts = (byte) (facts | CAPITAL_KNOWN | (isCapital(first) ? CAPITAL : 0));
    return this;
  }

  /**
   * Tells whether the unit is the word "the" in any case: {@link #isWord isWord("the")}, answered
   * from what the classifier recorded when it did.
   *
   * @return true for "the", "The", "THE", ...
   */
  boolean isThe() {
    return (facts & THE_KNOWN) != 0 ? (facts & THE) != 0 : isWord("the");
  }

  /**
   * Tells whether the unit is a word of visits, as {@link #markVisitWord} recorded: false for a
   * unit the classifier did not make.
   *
   * @return true for "visit", "visits", "visited" or "visiting" in any case
   */
  boolean isVisitWord() {
    return (facts & VISIT_WORD) != 0;
  }

  /** Creates a unit to be given its contents by {@link #reuseAs} or {@link #reuseAsWord}. */
  static Unit blank() {
    return new Unit(0, 0, "", WordClass.PUNCT, null);
  }

  /**
   * Creates a unit with its text.
   *
   * @param start inclusive start in the document text
   * @param end exclusive end in the document text
   * @param text the folded text of the unit (tokens of a phrase joined by single spaces)
   * @param cls its class
   * @param value what the lexicon says about it (see {@link #value()}), or null
   * @return the unit
   */
  static Unit of(int start, int end, String text, WordClass cls, Object value) {
    return new Unit(start, end, text, cls, value);
  }

  /**
   * Creates a one-token unit whose text is {@code folded.substring(start, end)}, cut on first use.
   *
   * @param folded the folded document text
   * @param start inclusive start
   * @param end exclusive end, after {@code start}
   * @param cls its class
   * @param value what the lexicon says about it, or null
   * @return the unit
   */
  static Unit word(String folded, int start, int end, WordClass cls, Object value) {
    return new Unit(~start, end, folded, cls, value);
  }

  /**
   * Returns the inclusive start in the document text.
   *
   * @return the start
   */
  int start() {
    return startOrPending < 0 ? ~startOrPending : startOrPending;
  }

  /** Whether the text is still to be cut from {@link #textOrSource}. */
  private boolean pending() {
    return startOrPending < 0;
  }

  /**
   * Returns the exclusive end in the document text.
   *
   * @return the end
   */
  int end() {
    return end;
  }

  /**
   * Returns the folded text of the unit: curly quotes straightened, dashes as {@code -}; the
   * tokens of a phrase joined by single spaces.
   *
   * @return the text
   */
  String text() {
    if (pending()) {
      int start = ~startOrPending;
      textOrSource = textOrSource.substring(start, end);
      startOrPending = start;
    }
    return textOrSource;
  }

  /**
   * Returns the string the text of the unit is a part of, from {@link #textStart} to {@link
   * #textEnd}: the folded text while the text is still to be cut, else the text itself.
   *
   * @return the string holding the text
   */
  String textSource() {
    return textOrSource;
  }

  /**
   * Returns where the text of the unit starts in {@link #textSource}.
   *
   * @return the start
   */
  int textStart() {
    return pending() ? ~startOrPending : 0;
  }

  /**
   * Returns where the text of the unit ends in {@link #textSource}.
   *
   * @return the end
   */
  int textEnd() {
    return pending() ? end : textOrSource.length();
  }

  /**
   * Appends the text of the unit, without cutting it.
   *
   * @param out where to append {@link #text()}
   */
  void appendTo(StringBuilder out) {
    if (pending()) {
      out.append(textOrSource, ~startOrPending, end);
    } else {
      out.append(textOrSource);
    }
  }

  /**
   * Returns the class of the unit.
   *
   * @return the class
   */
  WordClass cls() {
    return CLASSES[cls];
  }

  /**
   * Returns what the lexicon says about the unit: an {@link Honorifics.Honorific}, a {@link
   * TitleWords.Kind}, an {@link OrganizationWords.Kind}, a {@link Nation}, a country code for
   * places, or null.
   *
   * @return the value
   */
  Object value() {
    return value;
  }

  /**
   * A country read from a name or demonym.
   *
   * @param code the ISO 3166-1 alpha-2 code
   * @param demonym whether the word is a demonym or adjective ("Qatari", "U.S.") rather than a name
   */
  record Nation(String code, boolean demonym) {}

  /**
   * Returns the span of the unit.
   *
   * @return the span
   */
  Span span() {
    return Span.of(start(), end);
  }

  /**
   * Tells whether the unit starts with a capital letter or digit-free acronym.
   *
   * @return true when capitalised
   */
  boolean capitalized() {
    return (facts & CAPITAL_KNOWN) != 0 ? (facts & CAPITAL) != 0 : isCapital(charAt(0));
  }

  /** Whether a first character makes a unit {@link #capitalized}. */
  private static boolean isCapital(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * Tells whether the unit is of a class.
   *
   * @param c the class
   * @return true when it is
   */
  boolean is(WordClass c) {
    return cls == c.ordinal();
  }

  /**
   * Tells whether the unit is of one of some classes: one test for several {@link #is}.
   *
   * @param classes the classes, as {@link #classes} gives them
   * @return true when it is of one of them
   */
  boolean isAnyOf(int classes) {
    return (classes >>> cls & 1) != 0;
  }

  /**
   * Returns a set of classes for {@link #isAnyOf}.
   *
   * @param members the classes
   * @return their bits, {@code 1 << ordinal} each
   */
  static int classes(WordClass... members) {
    int bits = 0;
    for (WordClass c : members) {
      bits |= 1 << c.ordinal();
    }
    return bits;
  }

  /**
   * Tells whether the unit is a title word of a kind.
   *
   * @param kind the kind
   * @return true when it is
   */
  boolean isTitle(TitleWords.Kind kind) {
    return is(WordClass.TITLE) && value == kind;
  }

  /**
   * Tells whether the unit is an organisation word of a kind.
   *
   * @param kind the kind
   * @return true when it is
   */
  boolean isOrg(OrganizationWords.Kind kind) {
    return is(WordClass.ORG) && value == kind;
  }

  /**
   * Tells whether the unit names an institution, national or intergovernmental ("Ministry",
   * "Union", "NSC").
   *
   * @return true for an institution word
   */
  boolean isInstitution() {
    return isOrg(OrganizationWords.Kind.INSTITUTION) || isOrg(OrganizationWords.Kind.INTERNATIONAL);
  }

  /**
   * Tells whether the unit is the given word, ignoring case.
   *
   * @param word the word
   * @return true when the text equals it
   */
  boolean isWord(String word) {
    int start = pending() ? ~startOrPending : 0;
    int length = pending() ? end - start : textOrSource.length();
    return length == word.length() && sameIgnoringCase(textOrSource, start, word);
  }

  /**
   * Whether {@code word} is written at {@code s[start, start + word.length())} ignoring case, as
   * {@link String#regionMatches(boolean, int, String, int, int)} tells: ASCII letters compared
   * directly, any other difference left to that method.
   */
  private static boolean sameIgnoringCase(String s, int start, String word) {
    for (int k = 0; k < word.length(); k++) {
      char a = s.charAt(start + k);
      char b = word.charAt(k);
      if (a == b) {
        continue;
      }
      if (a >= 0x80 || b >= 0x80) {
        return s.regionMatches(true, start, word, 0, word.length());
      }
      if ((a | 0x20) != (b | 0x20) || (a | 0x20) < 'a' || (a | 0x20) > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the text of the unit, as written, is a word of a table.
   *
   * @param words the table
   * @return true when it is
   */
  boolean isIn(WordTable<?> words) {
    return !pending() ? words.get(textOrSource) != null : words.get(textOrSource, ~startOrPending, end) != null;
  }

  /**
   * Returns the value a table gives for a part of the text of the unit, as written.
   *
   * @param words the table
   * @param from inclusive start of the part, in the text
   * @param to exclusive end of the part, in the text
   * @param <V> the value type
   * @return the value of {@code text().substring(from, to)}, or null when it is not in the table
   */
  <V> V valueIn(WordTable<V> words, int from, int to) {
    int base = pending() ? ~startOrPending : 0;
    return words.get(textOrSource, base + from, base + to);
  }

  /**
   * Tells whether the text of the unit, in lower case, is a word of a table of lower-case words.
   *
   * @param words the table
   * @return true when it is
   */
  boolean isInIgnoreCase(WordTable<?> words) {
    return !pending() ? words.getIgnoreCase(textOrSource, 0, textOrSource.length()) != null
        : words.getIgnoreCase(textOrSource, ~startOrPending, end) != null;
  }

  /**
   * Returns a character of the text of the unit.
   *
   * @param k the index in the text
   * @return the character
   */
  char charAt(int k) {
    return !pending() ? textOrSource.charAt(k) : textOrSource.charAt(~startOrPending + k);
  }

  /**
   * Returns the length of the text of the unit.
   *
   * @return the number of UTF-16 code units of {@link #text()}
   */
  int length() {
    return !pending() ? textOrSource.length() : end - ~startOrPending;
  }

  /**
   * Returns where a character first occurs in the text of the unit.
   *
   * @param c the character
   * @return its index in the text, or -1
   */
  int indexOf(char c) {
    if (c == '-' && (facts & NO_HYPHEN) != 0) {
      return -1;
    }
    if (!pending()) {
      return textOrSource.indexOf(c);
    }
    int start = ~startOrPending;
    for (int k = start; k < end; k++) {
      if (textOrSource.charAt(k) == c) {
        return k - start;
      }
    }
    return -1;
  }

  /**
   * Tells whether the unit is the given punctuation character.
   *
   * @param c the character
   * @return true for that punctuation
   */
  boolean isPunct(char c) {
    return is(WordClass.PUNCT) && length() == 1 && charAt(0) == c;
  }

  /**
   * Returns the country of a nation unit.
   *
   * @return the nation, or null for other units
   */
  Nation nation() {
    return value instanceof Nation n ? n : null;
  }
}
