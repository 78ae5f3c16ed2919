package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One role of a title phrase: "Minister of Interior and Commander of the Internal Security Force"
 * has two. The value has leading nationality words and a trailing "of &lt;country&gt;" removed
 * (they become {@link #cues()}); institutions named inside it stay ("Secretary of the US
 * Department of Homeland Security").
 *
 * <p>Most title phrases of an article are never attached to anyone, so the strings of a role (its
 * value, head and word sets) are read from the units of its sentence only when first asked for.
 * A role kept beyond its sentence is {@link #detach detached} from the sentence's units, which are
 * reused for the next sentence. Not shared between threads.
 */
final class TitleRole {
  private final Span span;
  private final boolean rank;
  private final boolean company;
  private final boolean counterpart;
  private final Optional<OrgRef> organization;
  private final List<CountryCue> cues;
  private final String text;
  /** The units of the sentence, while the role is attached to them; null once detached. */
  private List<Unit> units;
  /**
   * Once detached, the texts of the words the role reads (its head, the words {@link #wordsOf}
   * reads), from unit {@link #offset} of the sentence on: unit {@code i}'s text is {@code
   * sources[i - offset]} from {@code bounds[2 * (i - offset)]} to {@code bounds[2 * (i - offset) + 1]};
   * null for a unit that is no word.
   */
  private String[] sources;
  private int[] bounds;
  private int offset;
  private final int first;
  private final int headIndex;
  private final int end;
  private final List<int[]> kept;
  private String value;
  private String head;
  private List<String> modifiers;
  private List<String> words;

  /**
   * Creates a role.
   *
   * @param span the span of the kept words
   * @param rank whether the role is a military or police rank
   * @param company whether the role is in a company
   * @param counterpart whether the role only says the person is another official's counterpart
   * @param organization the institution the role names, if any
   * @param cues the country cues found in and around the role
   * @param text the document text
   * @param units the units of the sentence
   * @param first the first unit of the role (after nationality words)
   * @param headIndex the unit of its head
   * @param end the unit after the role (before a trailing "of &lt;country&gt;")
   * @param kept the unit ranges {@code [from, to)} whose text makes the value; null for the one
   *     range {@code [first, end)}
   */
  TitleRole(Span span, boolean rank, boolean company, boolean counterpart, Optional<OrgRef> organization,
      List<CountryCue> cues, String text, List<Unit> units, int first, int headIndex, int end, List<int[]> kept) {
    this.span = span;
    this.rank = rank;
    this.company = company;
    this.counterpart = counterpart;
    this.organization = organization;
    this.cues = cues;
    this.text = text;
    this.units = units;
    this.first = first;
    this.headIndex = headIndex;
    this.end = end;
    this.kept = kept;
  }

  /**
   * Returns the span of the kept words.
   *
   * @return the span
   */
  Span span() {
    return span;
  }

  /**
   * Returns the title as written, whitespace collapsed, no comma before a closing quote.
   *
   * @return the value
   */
  String value() {
    if (value == null) {
      // One piece is the span itself.
      value = kept == null ? Texts.clean(text.substring(span.start(), span.end())) : valueOf(text, units, kept);
    }
    return value;
  }

  /**
   * Returns the head of the role in lower case ("minister", "crown prince", "deputy").
   *
   * @return the head
   */
  String head() {
    if (head == null) {
      head = textOf(headIndex).toLowerCase(Locale.ROOT);
    }
    return head;
  }

  /**
   * Returns the words before the head in lower case ("deputy", "foreign"), each once.
   *
   * @return the modifiers, in order of first appearance
   */
  List<String> modifiers() {
    if (modifiers == null) {
      modifiers = wordsOf(first, headIndex, headIndex);
    }
    return modifiers;
  }

  /**
   * Returns all words of the role but the head, in lower case, each once, for matching
   * descriptions.
   *
   * @return the words, in order of first appearance
   */
  List<String> words() {
    if (words == null) {
      words = wordsOf(first, end, headIndex);
    }
    return words;
  }

  /**
   * Tells whether the role is a military or police rank.
   *
   * @return true for a rank
   */
  boolean rank() {
    return rank;
  }

  /**
   * Tells whether the role is in a company.
   *
   * @return true for a company role
   */
  boolean company() {
    return company;
  }

  /**
   * Tells whether the role only says the person is another official's counterpart, which makes
   * them an official but is no title.
   *
   * @return true for a counterpart
   */
  boolean counterpart() {
    return counterpart;
  }

  /**
   * Returns the institution the role names.
   *
   * @return the institution, if any
   */
  Optional<OrgRef> organization() {
    return organization;
  }

  /**
   * Returns the country cues found in and around the role.
   *
   * @return the cues
   */
  List<CountryCue> cues() {
    return cues;
  }

  /**
   * Makes the role independent of the units of its sentence, before they are reused for the next
   * sentence: it keeps where the texts of the words it reads are (its head, the words {@link
   * #wordsOf} reads), and reads a value of several pieces at once.
   */
  void detach() {
    if (units == null) {
      return;
    }
    if (kept != null) {
      value();
    }
    int from = Math.min(first, headIndex);
    int to = Math.max(end, headIndex + 1);
    String[] texts = new String[to - from];
    int[] textBounds = new int[2 * (to - from)];
    for (int i = from; i < to; i++) {
      Unit unit = units.get(i);
      if (i == headIndex || i >= first && i < end && !skipped(unit)) {
        texts[i - from] = unit.textSource();
        textBounds[2 * (i - from)] = unit.textStart();
        textBounds[2 * (i - from) + 1] = unit.textEnd();
      }
    }
    sources = texts;
    bounds = textBounds;
    offset = from;
    units = null;
  }

  /** The text of unit {@code i} of the sentence, the head or a word the role reads. */
  private String textOf(int i) {
    if (units != null) {
      return units.get(i).text();
    }
    int k = i - offset;
    return sources[k].substring(bounds[2 * k], bounds[2 * k + 1]);
  }

  /** Whether unit {@code i} of the sentence, from the role's first to its end, is a word of it. */
  private boolean isWordAt(int i) {
    return units != null ? !skipped(units.get(i)) : sources[i - offset] != null;
  }

  /** Whether a unit is no word of a role: punctuation, possessives, lower-case words and countries. */
  private static boolean skipped(Unit u) {
    return u.is(WordClass.PUNCT) || u.is(WordClass.POSSESSIVE) || u.is(WordClass.LOWER) || u.is(WordClass.NATION);
  }

  /**
   * The words of units {@code [a, e)} of the sentence but {@code h}, each once, in order: a list,
   * as a role has few.
   */
  private List<String> wordsOf(int a, int e, int h) {
    List<String> words = List.of();
    for (int i = a; i < e; i++) {
      if (i == h || !isWordAt(i)) {
        continue;
      }
      String lower = textOf(i).toLowerCase(Locale.ROOT);
      if (lower.indexOf(' ') < 0) {
        words = withWord(words, lower);
        continue;
      }
      for (String w : lower.split(" ")) {
        words = withWord(words, w);
      }
    }
    return words;
  }

  /** The words with one more, unless it is empty, "of", "the" or one of them already. */
  private static List<String> withWord(List<String> words, String w) {
    if (w.isEmpty() || w.equals("of") || w.equals("the") || words.contains(w)) {
      return words;
    }
    List<String> more = words.isEmpty() ? new ArrayList<>(4) : words;
    more.add(w);
    return more;
  }

  /** The original text of the kept pieces, whitespace collapsed; no comma before a closing quote. */
  private static String valueOf(String text, List<Unit> units, List<int[]> kept) {
    StringBuilder out = new StringBuilder();
    for (int[] piece : kept) {
      if (piece[1] <= piece[0]) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(text, units.get(piece[0]).start(), units.get(piece[1] - 1).end());
    }
    return Texts.clean(out.toString());
  }
}
