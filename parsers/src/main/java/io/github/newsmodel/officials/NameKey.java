package io.github.newsmodel.officials;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The canonical key of a personal name, from which official ids are made: honorifics are not part
 * of a name to begin with; case and diacritics are folded, apostrophes dropped, hyphens, periods
 * and commas read as spaces, and an "Al" joined to the family name ("Al-Thani", "AlMouada") split
 * from it, so that "Al-Thani", "Al Thani" and "al Thani" give the same key. The id is the key
 * written as a slug: {@code khalifa-bin-hamad-bin-khalifa-al-thani}. Stateless.
 */
public final class NameKey {
  private NameKey() {}

  /**
   * Returns the key words of a name.
   *
   * @param name the name as written
   * @return the folded words, in order
   */
  public static List<String> words(String name) {
    // ASCII is its own canonical decomposition, has no marks, and lower-cases letter by letter.
    if (isAscii(name)) {
      return asciiWords(name);
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC' || c == '\u00B4') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (Character.isUpperCase(c) && i >= 2 && isJoinedAl(decomposed, 0, i)) {
          folded.append(' ');
        }
        folded.append(c);
      } else {
        folded.append(' ');
      }
    }
    String lower = folded.toString().toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      if (lower.charAt(i) == ' ') {
        i++;
        continue;
      }
      int start = i;
      while (i < lower.length() && lower.charAt(i) != ' ') {
        i++;
      }
      words.add(lower.substring(start, i));
    }
    return words;
  }

  /**
   * {@link #words} of an ASCII name, in one pass: what folding to a spaced string and splitting it
   * at spaces gives.
   */
  private static List<String> asciiWords(String name) {
    List<String> words = new ArrayList<>(4);
    asciiWords(name, 0, name.length(), new char[foldedCapacity(name.length())], words);
    return words;
  }

  /**
   * {@link #words} of an ASCII name written in a part of a string, in one pass, added to a list.
   *
   * @param s the string
   * @param from where the name starts in it
   * @param to where the name ends
   * @param folded working space of at least {@link #foldedCapacity} of the length of the name
   * @param words where to add the words
   */
  static void asciiWords(String s, int from, int to, char[] folded, List<String> words) {
    int length = foldAscii(s, from, to, folded);
    if (length == 0) {
      return;
    }
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || folded[i] == ' ') {
        words.add(new String(folded, start, i - start));
        start = i + 1;
      }
    }
  }

  /**
   * The room the folded form of a name of some length may take: a joined "Al" split off adds a
   * space to every three characters at most.
   *
   * @param length the length of the name
   * @return the room for its folded form
   */
  static int foldedCapacity(int length) {
    return length + length / 3 + 1;
  }

  /**
   * Folds an ASCII name written in {@code s[from, to)} to its key words joined by single spaces:
   * letters in lower case, apostrophes dropped, other characters read as spaces, a joined "Al"
   * split off.
   *
   * @return the length of the folded name written to {@code out}, 0 for a name without words
   */
  private static int foldAscii(String s, int from, int to, char[] out) {
    int length = 0;
    // Whether a word is open: the next separator ends it with a space.
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!letterOrDigit) {
        inWord = false;
        continue;
      }
      if (inWord && c >= 'A' && c <= 'Z' && i >= from + 2 && isJoinedAl(s, from, i)) {
        inWord = false;
      }
      if (!inWord && length > 0) {
        out[length++] = ' ';
      }
      out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      inWord = true;
    }
    return length;
  }

  /** Whether a string is all ASCII. */
  private static boolean isAscii(String s) {
    return isAscii(s, 0, s.length());
  }

  /** Whether {@code s[from, to)} is all ASCII. */
  static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the canonical key of a name: its key words joined by spaces.
   *
   * @param name the name as written
   * @return the key
   */
  public static String of(String name) {
    return String.join(" ", words(name));
  }

  /**
   * Returns the readable id of a name: its key words joined by hyphens.
   *
   * @param name the name as written
   * @return the id, such as {@code mohammed-bin-abdulrahman-al-thani}; {@code official} for a name
   *     without letters or digits
   */
  public static String slug(String name) {
    if (isAscii(name)) {
      char[] folded = new char[foldedCapacity(name.length())];
      int length = foldAscii(name, 0, name.length(), folded);
      for (int i = 0; i < length; i++) {
        folded[i] = folded[i] == ' ' ? '-' : folded[i];
      }
      return length == 0 ? "official" : new String(folded, 0, length);
    }
    List<String> words = words(name);
    return words.isEmpty() ? "official" : String.join("-", words);
  }

  /** "AlMouada": an upper-case letter right after a word-initial "Al", in a name starting at {@code from}. */
  private static boolean isJoinedAl(String s, int from, int upper) {
    char a = s.charAt(upper - 2);
    char l = s.charAt(upper - 1);
    boolean wordStart = upper == from + 2 || !Character.isLetterOrDigit(s.charAt(upper - 3));
    return wordStart && (a == 'A' || a == 'a') && l == 'l';
  }
}
