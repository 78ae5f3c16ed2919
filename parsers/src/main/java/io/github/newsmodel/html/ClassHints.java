package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What the {@code class} and {@code id} attributes of an element hint at, read from the lexicon
 * {@code html-class-hints.tsv}: page furniture, article body, parts to leave out. Every element of
 * a page is looked at, so matching is one pass over the attribute: substrings are looked up by
 * their first two characters, words and whole class names in hash maps. Immutable; the lexicon is read
 * once per JVM.
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

  /** A substring pattern and the kinds it hints at. */
  private record Sub(String pattern, int bits) {}

  private static final Map<String, Integer> WORDS = new HashMap<>();
  private static final Map<String, Integer> TOKENS = new HashMap<>();
  private static final Sub[][] SUBS_BY_PAIR = new Sub[128 * 128][];
  private static final Sub[][] SUBS_BY_FIRST = new Sub[128][];

  static {
    Map<Character, List<Sub>> subs = new HashMap<>();
    Map<String, Integer> subBits = new HashMap<>();
    for (String[] row : LexiconResource.rows("html-class-hints.tsv", 3)) {
      int bit = Kind.valueOf(row[0].toUpperCase(Locale.ROOT)).bit();
      String pattern = row[2].toLowerCase(Locale.ROOT);
      switch (row[1]) {
        case "word" -> WORDS.merge(pattern, bit, (a, b) -> a | b);
        case "sub" -> subBits.merge(pattern, bit, (a, b) -> a | b);
        case "token" -> TOKENS.merge(pattern, bit, (a, b) -> a | b);
        default -> throw new IllegalStateException("html-class-hints.tsv: unknown form " + row[1]);
      }
    }
    subBits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      char first = e.getKey().charAt(0);
      if (first >= 128) {
        throw new IllegalStateException("html-class-hints.tsv: substring patterns must start with ASCII: " + e.getKey());
      }
      subs.computeIfAbsent(first, c -> new ArrayList<>()).add(new Sub(e.getKey(), e.getValue()));
    });
    subs.forEach((first, list) -> {
      List<Sub> single = new ArrayList<>();
      Map<Integer, List<Sub>> pairs = new HashMap<>();
      for (Sub sub : list) {
        char second = sub.pattern().length() > 1 ? sub.pattern().charAt(1) : 0;
        if (second == 0 || second >= 128) {
          single.add(sub);
        } else {
          pairs.computeIfAbsent(first * 128 + second, k -> new ArrayList<>()).add(sub);
        }
      }
      if (!single.isEmpty()) {
        SUBS_BY_FIRST[first] = single.toArray(new Sub[0]);
      }
      pairs.forEach((pair, pairList) -> SUBS_BY_PAIR[pair] = pairList.toArray(new Sub[0]));
    });
  }

  /** {@link #WORDS} and {@link #TOKENS} as tables looked up by a range of the attribute, with no substring. */
  private static final WordTable<Integer> WORD_TABLE = WordTable.of(WORDS);
  private static final WordTable<Integer> TOKEN_TABLE = WordTable.of(TOKENS);

  private ClassHints() {}

  /**
   * Returns the hints of an element's {@code class} and {@code id} attributes.
   *
   * @param element the element
   * @return a mask of {@link Kind#bit()} values, 0 when nothing matches
   */
  static int of(Element element) {
    if (element.attributesSize() == 0) {
      return 0;
    }
    String cls = element.attributes().getIgnoreCase("class");
    String id = element.attributes().getIgnoreCase("id");
    if (cls.isEmpty() && id.isEmpty()) {
      return 0;
    }
    return (cls.isEmpty() ? 0 : ofAttribute(cls)) | (id.isEmpty() ? 0 : ofAttribute(id));
  }

  /**
   * Returns the hints of an element, remembering the hints of each attribute value seen in this
   * page (pages repeat the same class lists many times).
   *
   * @param element the element
   * @param cache attribute value to hints, owned by one parse
   * @return a mask of {@link Kind#bit()} values
   */
  static int of(Element element, Map<String, Integer> cache) {
    if (element.attributesSize() == 0) {
      return 0;
    }
    String cls = element.attributes().getIgnoreCase("class");
    String id = element.attributes().getIgnoreCase("id");
    int mask = 0;
    if (!cls.isEmpty()) {
      Integer known = cache.get(cls);
      if (known == null) {
        known = ofAttribute(cls);
        cache.put(cls, known);
      }
      mask |= known;
    }
    if (!id.isEmpty()) {
      mask |= ofAttribute(id);
    }
    return mask;
  }

  /**
   * Returns the hints of an element as {@link #of(Element)} does, remembering the hints of both its
   * {@code class} and its {@code id} value: for readers that come back to the same elements (the
   * ancestors of each candidate), unlike the one-pass {@link PageIndex}.
   *
   * @param element the element
   * @param cache attribute value to hints, owned by one parse
   * @return a mask of {@link Kind#bit()} values
   */
  static int ofRemembered(Element element, Map<String, Integer> cache) {
    if (element.attributesSize() == 0) {
      return 0;
    }
    String cls = element.attributes().getIgnoreCase("class");
    String id = element.attributes().getIgnoreCase("id");
    return (cls.isEmpty() ? 0 : remembered(cls, cache)) | (id.isEmpty() ? 0 : remembered(id, cache));
  }

  private static int remembered(String value, Map<String, Integer> cache) {
    Integer known = cache.get(value);
    if (known == null) {
      known = ofAttribute(value);
      cache.put(value, known);
    }
    return known;
  }

  /**
   * Returns the hints of an attribute value.
   *
   * @param attribute class and id values, space separated
   * @return a mask of {@link Kind#bit()} values
   */
  static int ofAttribute(String attribute) {
    String lower = attribute.toLowerCase(Locale.ROOT);
    int n = lower.length();
    int mask = 0;
    for (int i = 0; i < n; i++) {
      char c = lower.charAt(i);
      if (c >= 128) {
        continue;
      }
      mask |= match(lower, i, SUBS_BY_FIRST[c]);
      if (i + 1 < n && lower.charAt(i + 1) < 128) {
        mask |= match(lower, i, SUBS_BY_PAIR[c * 128 + lower.charAt(i + 1)]);
      }
    }
    mask |= runs(lower, true, TOKEN_TABLE);
    mask |= runs(lower, false, WORD_TABLE);
    return mask;
  }

  private static int match(String lower, int at, Sub[] candidates) {
    int mask = 0;
    if (candidates != null) {
      for (Sub sub : candidates) {
        if (lower.startsWith(sub.pattern(), at)) {
          mask |= sub.bits();
        }
      }
    }
    return mask;
  }

  /** Looks up the runs of an attribute: whole tokens (split at white space) or words (letters and digits). */
  private static int runs(String lower, boolean tokens, WordTable<Integer> table) {
    int mask = 0;
    int i = 0;
    int n = lower.length();
    while (i < n) {
      while (i < n && !inRun(lower.charAt(i), tokens)) {
        i++;
      }
      int start = i;
      while (i < n && inRun(lower.charAt(i), tokens)) {
        i++;
      }
      if (i > start) {
        Integer bits = table.get(lower, start, i);
        if (bits != null) {
          mask |= bits;
        }
      }
    }
    return mask;
  }

  private static boolean inRun(char c, boolean tokens) {
    return tokens ? !Character.isWhitespace(c) : Character.isLetterOrDigit(c);
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
