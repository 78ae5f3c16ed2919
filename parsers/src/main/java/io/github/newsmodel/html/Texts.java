package io.github.newsmodel.html;

import java.util.Locale;

/** Small string helpers of the HTML stage. */
final class Texts {
  private Texts() {}

  /**
   * Collapses runs of white space (including no-break spaces) to one space and strips the ends.
   *
   * @param s the string, may be null
   * @return the normalised string, empty for null
   */
  static String normalize(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (PageIndex.isSpace(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Folds a string for comparisons: normalised white space, lower case, diacritics removed,
   * punctuation dropped.
   *
   * @param s the string
   * @return the folded form
   */
  static String fold(String s) {
    return s != null && isAscii(s) ? foldAscii(s) : foldAny(s);
  }

  /**
   * {@link #fold} of any string: white space normalised, lower case, diacritics removed,
   * punctuation dropped; the ASCII path gives the same result in one pass.
   *
   * @param s the string
   * @return the folded form
   */
  static String foldAny(String s) {
    String folded = MonthNames.fold(normalize(s));
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} of an ASCII string in one pass: letters and digits lower-cased, every other run
   * (white space, punctuation, controls) one space between words.
   */
  private static String foldAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean upper = c >= 'A' && c <= 'Z';
      if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(upper ? (char) (c + ('a' - 'A')) : c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * Decodes character references left in a value that was escaped twice ("O&amp;#039;Donnell" in
   * a {@code content} attribute, "&amp;raquo;" in JSON-LD): values read from markup are text, not
   * HTML.
   *
   * @param s the value
   * @return the value with references decoded; the value itself when it has none
   */
  static String unescapeResidual(String s) {
    int amp = s.indexOf('&');
    if (amp < 0 || s.indexOf(';', amp) < 0) {
      return s;
    }
    return org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  /**
   * Counts the words of a string (runs separated by white space).
   *
   * @param s the string
   * @return the number of words
   */
  static int words(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = PageIndex.isSpace(s.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  /**
   * Tells whether a string has at least one letter.
   *
   * @param s the string
   * @return true when it has a letter
   */
  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower-cases with the root locale.
   *
   * @param s the string
   * @return the lower-case string
   */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the visible text of an element, white space normalised, without scripts and styles,
   * stopping after a bounded number of characters (for small elements such as headings and
   * bylines; never used on large subtrees).
   *
   * @param element the element
   * @param max the most characters read
   * @return the text
   */
  static String visibleText(org.jsoup.nodes.Element element, int max) {
    return visibleText(element, max, e -> false);
  }

  /**
   * Returns the visible text of an element, leaving out some descendants.
   *
   * @param element the element
   * @param max the most characters read
   * @param skip descendants to leave out
   * @return the text
   */
  static String visibleText(org.jsoup.nodes.Element element, int max,
      java.util.function.Predicate<org.jsoup.nodes.Element> skip) {
    StringBuilder out = new StringBuilder();
    appendText(element, out, max, 0, new int[] {max * 4 + 64}, skip);
    return normalize(out.toString());
  }

  private static void appendText(org.jsoup.nodes.Element element, StringBuilder out, int max, int depth,
      int[] budget, java.util.function.Predicate<org.jsoup.nodes.Element> skip) {
    if (depth > 64) {
      return;
    }
    for (org.jsoup.nodes.Node child : element.childNodes()) {
      if (out.length() >= max || --budget[0] < 0) {
        return;
      }
      if (child instanceof org.jsoup.nodes.TextNode text) {
        out.append(text.getWholeText());
      } else if (child instanceof org.jsoup.nodes.Element e) {
        if (Visibility.isInvisible(e) || skip.test(e)) {
          continue;
        }
        boolean block = HtmlTags.BLOCK.contains(e.normalName()) || "br".equals(e.normalName());
        if (block) {
          out.append(' ');
        }
        appendText(e, out, max, depth + 1, budget, skip);
        if (block) {
          out.append(' ');
        }
      }
    }
  }

  /**
   * Returns the first line of an element's visible text: the text up to the first block or
   * {@code <br>} boundary after some letters; a line that is only a byline lead ("Von", "Autor:")
   * is joined with the next one.
   *
   * @param element the element
   * @param max the most characters read
   * @return the first line, white space normalised
   */
  static String firstLine(org.jsoup.nodes.Element element, int max) {
    String all = visibleTextWithBreaks(element, max);
    int from = 0;
    while (from < all.length()) {
      int br = all.indexOf('\n', from);
      String line = normalize(br < 0 ? all.substring(from) : all.substring(from, br));
      String current = normalize(all.substring(0, br < 0 ? all.length() : br));
      if (hasLetter(line) && BylineCues.leadLength(line + " x") != line.length() + 1
          && !line.endsWith(":")) {
        return current;
      }
      if (br < 0) {
        return current;
      }
      from = br + 1;
    }
    return normalize(all);
  }

  private static String visibleTextWithBreaks(org.jsoup.nodes.Element element, int max) {
    StringBuilder out = new StringBuilder();
    appendBroken(element, out, max, 0, new int[] {max * 4 + 64});
    return out.toString();
  }

  private static void appendBroken(org.jsoup.nodes.Element element, StringBuilder out, int max, int depth,
      int[] budget) {
    if (depth > 64) {
      return;
    }
    for (org.jsoup.nodes.Node child : element.childNodes()) {
      if (out.length() >= max || --budget[0] < 0) {
        return;
      }
      if (child instanceof org.jsoup.nodes.TextNode text) {
        out.append(text.getWholeText().replace('\n', ' '));
      } else if (child instanceof org.jsoup.nodes.Element e) {
        if (Visibility.isInvisible(e)) {
          continue;
        }
        boolean block = HtmlTags.BLOCK.contains(e.normalName()) || "br".equals(e.normalName());
        if (block) {
          out.append('\n');
        }
        appendBroken(e, out, max, depth + 1, budget);
        if (block) {
          out.append('\n');
        }
      }
    }
  }
}
