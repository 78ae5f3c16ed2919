package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the {@code class} and {@code id} attributes of an element hint at, read from the lexicon
 * {@code html-class-hints.tsv}: page furniture, article body, parts to leave out. Immutable; the
 * lexicon is read once per JVM.
 */
final class ClassHints {
  /** The kinds of hint, as named in the lexicon's first column. */
  enum Kind {
    /** Page furniture: menus, headers, footers, sidebars. */
    FURNITURE,
    /** Words that make a furniture hint doubtful. */
    KEEP,
    /** Lowers an element's chance of being the article container. */
    NEGATIVE,
    /** Raises it. */
    POSITIVE,
    /** Names the article body. */
    BODY,
    /** Parts left out of the article text even inside the article. */
    DROP,
    /** Content that is not shown. */
    HIDDEN,
    /** A kicker or subtitle inside a headline element. */
    KICKER,
    /** A picture caption or credit. */
    CAPTION,
    /** Never part of an article (comments, cookie banners, share bars). */
    NEVER;

    /**
     * Returns the bit of this kind in a hint mask.
     *
     * @return the bit
     */
    int bit() {
      return 1 << ordinal();
    }
  }

  private static final Map<Kind, Set<String>> WORDS = new EnumMap<>(Kind.class);
  private static final Map<Kind, Set<String>> TOKENS = new EnumMap<>(Kind.class);
  private static final Map<Kind, String[]> SUBSTRINGS = new EnumMap<>(Kind.class);

  static {
    Map<Kind, List<String>> subs = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      WORDS.put(kind, new HashSet<>());
      TOKENS.put(kind, new HashSet<>());
      subs.put(kind, new ArrayList<>());
    }
    for (String[] row : LexiconResource.rows("html-class-hints.tsv", 3)) {
      Kind kind = Kind.valueOf(row[0].toUpperCase(Locale.ROOT));
      String pattern = row[2].toLowerCase(Locale.ROOT);
      switch (row[1]) {
        case "word" -> WORDS.get(kind).add(pattern);
        case "sub" -> subs.get(kind).add(pattern);
        case "token" -> TOKENS.get(kind).add(pattern);
        default -> throw new IllegalStateException("html-class-hints.tsv: unknown form " + row[1]);
      }
    }
    for (Kind kind : Kind.values()) {
      SUBSTRINGS.put(kind, subs.get(kind).toArray(new String[0]));
    }
  }

  private ClassHints() {}

  /**
   * Returns the hints of an element's {@code class} and {@code id} attributes.
   *
   * @param element the element
   * @return a mask of {@link Kind#bit()} values, 0 when nothing matches
   */
  static int of(Element element) {
    String cls = element.attributes().getIgnoreCase("class");
    String id = element.attributes().getIgnoreCase("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return 0;
    }
    return ofAttribute(cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id);
  }

  /**
   * Returns the hints of an attribute value.
   *
   * @param attribute class and id values, space separated
   * @return a mask of {@link Kind#bit()} values
   */
  static int ofAttribute(String attribute) {
    String lower = attribute.toLowerCase(Locale.ROOT);
    int mask = 0;
    for (Kind kind : Kind.values()) {
      for (String sub : SUBSTRINGS.get(kind)) {
        if (lower.contains(sub)) {
          mask |= kind.bit();
          break;
        }
      }
    }
    mask |= tokens(lower);
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = lower.substring(start, i);
        for (Kind kind : Kind.values()) {
          if (WORDS.get(kind).contains(word)) {
            mask |= kind.bit();
          }
        }
      }
    }
    return mask;
  }

  private static int tokens(String lower) {
    int mask = 0;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = lower.substring(start, i);
        for (Kind kind : Kind.values()) {
          if (TOKENS.get(kind).contains(token)) {
            mask |= kind.bit();
          }
        }
      }
    }
    return mask;
  }

  /**
   * Tells whether a mask has a kind.
   *
   * @param mask a hint mask
   * @param kind the kind
   * @return true when the mask has it
   */
  static boolean has(int mask, Kind kind) {
    return (mask & kind.bit()) != 0;
  }
}
