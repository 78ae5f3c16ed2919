package io.github.newsmodel.structure;

import io.github.newsmodel.text.TextSpans;
import java.util.Locale;

/**
 * Typographic tests on a line or part of one, on folded text: word counts, final punctuation,
 * title case, capitals, list markers, addresses. All bounded or linear in the length examined.
 */
final class LineShape {
  /** The most words {@link #isTitleCase} reads, the last one holding the rest of the line. */
  private static final int TITLE_CASE_PIECES = 64;

  private LineShape() {}

  /**
   * Counts whitespace-separated words, stopping once {@code limit} is exceeded.
   *
   * @param s the text
   * @param limit the count after which counting stops
   * @return the number of words, at most {@code limit + 1}
   */
  static int words(String s, int limit) {
    return words(s, 0, s.length(), limit);
  }

  /**
   * Counts whitespace-separated words in a range, stopping once {@code limit} is exceeded.
   *
   * @param s the text
   * @param from inclusive start of the range
   * @param to exclusive end of the range
   * @param limit the count after which counting stops
   * @return the number of words, at most {@code limit + 1}
   */
  static int words(String s, int from, int to, int limit) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to && count <= limit; i++) {
      boolean space = TextSpans.isSpace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /**
   * Returns the last character that is not a closing quote or bracket, or 0 for none.
   *
   * @param s the text (folded)
   * @return the character
   */
  static char lastMark(String s) {
    return lastMark(s, 0, s.length());
  }

  /**
   * Returns the last character of a range that is not a closing quote or bracket, or 0 for none.
   *
   * @param s the text (folded)
   * @param from inclusive start of the range
   * @param to exclusive end of the range
   * @return the character
   */
  static char lastMark(String s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = s.charAt(i);
      if (c != '"' && c != '\'' && c != ')' && c != ']' && !TextSpans.isSpace(c)) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Tells whether a line ends as a sentence or clause does: with {@code . ! ? : ; ,}.
   *
   * @param s the line (folded)
   * @return true when it ends with such a mark
   */
  static boolean endsWithPunctuation(String s) {
    char c = lastMark(s);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
  }

  /**
   * Tells whether a part of a string ends with sentence or clause punctuation, as {@link
   * #endsWithPunctuation(String)} tells it of a copy of that part.
   *
   * @param s the string
   * @param from where the part starts
   * @param to where the part ends
   * @return true when the last mark is punctuation
   */
  static boolean endsWithPunctuation(String s, int from, int to) {
    char c = lastMark(s, from, to);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
  }

  /**
   * Tells whether the words of a line are written in title case: most words with letters start
   * with a capital or a digit, minor words ({@code minor-words.txt}) aside.
   *
   * @param s the line
   * @param lexicon the structure lexicon
   * @return true for title case
   */
  static boolean isTitleCase(String s, StructureLexicon lexicon) {
    return isTitleCase(s, 0, s.length(), lexicon);
  }

  /**
   * Tells whether a part of a string is written in title case, as {@link #isTitleCase(String,
   * StructureLexicon)} tells it of a copy of that part: the words are the (at most 64) pieces that
   * {@code \s+} splits the part into, the last one holding the rest, read in place.
   *
   * @param s the string
   * @param from where the part starts
   * @param to where the part ends
   * @param lexicon the minor words
   * @return true for title case
   */
  static boolean isTitleCase(String s, int from, int to, StructureLexicon lexicon) {
    int capitalised = 0;
    int other = 0;
    int pieces = 0;
    int pieceStart = from;
    while (true) {
      int pieceEnd = pieceStart;
      if (++pieces == TITLE_CASE_PIECES) {
        pieceEnd = to;
      } else {
        while (pieceEnd < to && !isRegexSpace(s.charAt(pieceEnd))) {
          pieceEnd++;
        }
      }
      int bareStart = pieceStart;
      int bareEnd = pieceEnd;
      while (bareStart < bareEnd && !Character.isLetterOrDigit(s.charAt(bareStart))) {
        bareStart++;
      }
      while (bareEnd > bareStart && !Character.isLetterOrDigit(s.charAt(bareEnd - 1))) {
        bareEnd--;
      }
      if (bareStart < bareEnd) {
        char first = s.charAt(bareStart);
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
          capitalised++;
        } else if (!lexicon.isMinorWord(s, bareStart, bareEnd)) {
          other++;
        }
      }
      if (pieceEnd >= to) {
        break;
      }
      pieceStart = pieceEnd;
      while (pieceStart < to && isRegexSpace(s.charAt(pieceStart))) {
        pieceStart++;
      }
    }
    return capitalised > 0 && other * 4 <= capitalised;
  }

  /** The characters of {@code \s} in a regular expression: ASCII white space. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Tells whether every letter of a text is a capital, with at least two letters.
   *
   * @param s the text
   * @return true for all capitals
   */
  static boolean isAllCaps(String s) {
    return isAllCaps(s, 0, s.length());
  }

  /**
   * Tells whether a part of a string is in capitals, as {@link #isAllCaps(String)} tells it of a
   * copy of that part.
   *
   * @param s the string
   * @param from where the part starts
   * @param to where the part ends
   * @return true when the part has at least two letters, all upper case
   */
  static boolean isAllCaps(String s, int from, int to) {
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

  /**
   * Tells whether a line starts with a list marker: a bullet, "a)", "(a)", "1)", "(1)", "ii)".
   *
   * @param s the line (folded)
   * @return true for a list item
   */
  static boolean isListItem(String s) {
    return isListItem(s, 0, s.length());
  }

  /**
   * Tells whether a range of a text starts with a list marker, as {@link #isListItem(String)} tells
   * of a copy of the range.
   *
   * @param s the text (folded)
   * @param from inclusive start of the line
   * @param to exclusive end of the line
   * @return true for a list item
   */
  static boolean isListItem(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    char c = s.charAt(from);
    if ((c == '-' || c == '*' || c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u25CF')
        && to - from > 1 && TextSpans.isSpace(s.charAt(from + 1))) {
      return true;
    }
    int i = c == '(' ? from + 1 : from;
    int s0 = i;
    while (i < to && i - s0 < 4 && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    boolean shortMarker = i > s0 && (i - s0 <= 2 || isRoman(s, s0, i));
    return shortMarker && i < to && s.charAt(i) == ')' && (c == '(' || i - s0 <= 2 || i + 1 < to);
  }

  /** Whether {@code s[from, to)} is one to four of the letters i, v, x in either case. */
  private static boolean isRoman(String s, int from, int to) {
    if (to - from < 1 || to - from > 4) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if ("ivxIVX".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a text holds a web address or an e-mail address.
   *
   * @param s the text (folded)
   * @return true when it does
   */
  static boolean hasAddress(String s) {
    if (isAscii(s)) {
      // The lower case of ASCII is ASCII, character for character: no lower-case copy needed.
      if (hasWebPrefix(s, 0, s.length())) {
        return true;
      }
      int at = s.indexOf('@');
      return at > 0 && at < s.length() - 3 && Character.isLetterOrDigit(s.charAt(at - 1))
          && s.indexOf('.', at) > at + 1;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")) {
      return true;
    }
    int at = lower.indexOf('@');
    return at > 0 && at < lower.length() - 3 && Character.isLetterOrDigit(lower.charAt(at - 1))
        && lower.indexOf('.', at) > at + 1;
  }

  /**
   * Tells whether a part of a string holds a web or e-mail address, as {@link #hasAddress(String)}
   * tells it of a copy of that part; only a part beyond ASCII is copied.
   *
   * @param s the string
   * @param from where the part starts
   * @param to where the part ends
   * @return true when the part holds an address
   */
  static boolean hasAddress(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return hasAddress(s.substring(from, to));
      }
    }
    if (hasWebPrefix(s, from, to)) {
      return true;
    }
    int at = s.indexOf('@', from);
    if (at >= to) {
      return false;
    }
    int dot = s.indexOf('.', at);
    return at > from && at < to - 3 && Character.isLetterOrDigit(s.charAt(at - 1)) && dot >= 0 && dot < to
        && dot > at + 1;
  }

  /**
   * Tells whether an ASCII part of a string holds {@code http://}, {@code https://} or {@code www.}
   * in any case: one pass that compares only where an {@code h} or a {@code w} stands.
   */
  private static boolean hasWebPrefix(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = s.charAt(i) | 0x20; // lower case, for ASCII letters
      if (c == 'h' && (startsWithIgnoreCase(s, i, to, "http://") || startsWithIgnoreCase(s, i, to, "https://"))
          || c == 'w' && startsWithIgnoreCase(s, i, to, "www.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithIgnoreCase(String s, int at, int to, String needle) {
    return at + needle.length() <= to && s.regionMatches(true, at, needle, 0, needle.length());
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
   * Strips leading and trailing punctuation from a word ("(CMAR)" gives "CMAR").
   *
   * @param word the word
   * @return the bare word, possibly empty
   */
  static String stripPunctuation(String word) {
    int s = 0;
    int e = word.length();
    while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
      e--;
    }
    return word.substring(s, e);
  }

  /**
   * Collapses every run of whitespace (no-break and zero-width spaces included) to one space and
   * trims the ends: the normalised form of a metadata value.
   *
   * @param s the text as written
   * @return the normalised text
   */
  static String normalizeSpaces(String s) {
    if (hasNormalSpaces(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextSpans.isSpace(c)) {
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

  /** Tells whether {@link #normalizeSpaces} would give the text back unchanged. */
  private static boolean hasNormalSpaces(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextSpans.isSpace(c)
          && (c != ' ' || i == 0 || i == s.length() - 1 || TextSpans.isSpace(s.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rewrites an all-capitals name in title case, minor words in lower case except the first
   * ("MINISTRY OF LAW" gives "Ministry of Law").
   *
   * @param s the name in capitals
   * @param lexicon the structure lexicon, for the minor words
   * @return the title-cased name
   */
  static String titleCase(String s, StructureLexicon lexicon) {
    StringBuilder out = new StringBuilder(s.length());
    String[] words = s.split(" ", -1);
    for (int w = 0; w < words.length; w++) {
      String lower = words[w].toLowerCase(Locale.ROOT);
      if (w > 0) {
        out.append(' ');
      }
      if (w > 0 && lexicon.isMinorWord(lower) || lower.isEmpty()) {
        out.append(lower);
      } else {
        int first = lower.offsetByCodePoints(0, 1);
        out.append(lower.substring(0, first).toUpperCase(Locale.ROOT)).append(lower.substring(first));
      }
    }
    return out.toString();
  }
}
