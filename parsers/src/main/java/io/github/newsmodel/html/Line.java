package io.github.newsmodel.html;

import org.jsoup.nodes.TextNode;

/**
 * One line of reader's text being assembled from text nodes: white space collapsed, invisible
 * format characters (zero-width spaces) left out, and for every
 * character where it came from in the HTML source ({@link #SYNTHETIC} for characters the
 * assembler made up, {@link #INEXACT} where the source position is not known exactly). Mutable,
 * used by one assembler.
 */
final class Line {
  /** Source position of a character that is not in the source (an inserted space). */
  static final int SYNTHETIC = -1;
  /** Source position of a character whose exact source position is unknown. */
  static final int INEXACT = -2;

  private char[] chars = new char[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int size;
  private final int owner;
  private boolean pendingSpace;
  private int pendingStart = SYNTHETIC;
  private int pendingEnd = SYNTHETIC;
  private int visible;
  private int linkChars;

  /**
   * Creates an empty line.
   *
   * @param owner the index of the block element the line belongs to
   */
  Line(int owner) {
    this.owner = owner;
  }

  /**
   * Appends the text of a text node, collapsing white space unless preformatted.
   *
   * @param node the text node
   * @param source its source alignment
   * @param inLink whether the node is inside a link
   * @param preformatted whether white space is kept
   */
  void append(TextNode node, SourceAlignment source, boolean inLink, boolean preformatted) {
    String whole = node.getWholeText();
    boolean exact = source.exact();
    for (int k = 0; k < whole.length(); k++) {
      char c = whole.charAt(k);
      if (isInvisibleFormat(c)) {
        continue;
      }
      int start = exact ? source.start(k) : INEXACT;
      int end = exact ? source.end(k) : INEXACT;
      if (preformatted) {
        if (c == '\r') {
          continue;
        }
        flushSpace();
        put(c, start, end);
        if (!PageIndex.isSpace(c)) {
          count(inLink);
        }
      } else if (PageIndex.isSpace(c)) {
        if (size > 0 && !pendingSpace) {
          pendingSpace = true;
          pendingStart = start;
          pendingEnd = end;
        }
      } else {
        flushSpace();
        put(c, start, end);
        count(inLink);
      }
    }
  }

  /**
   * Tells whether a character only guides layout and is never seen: zero-width space, word joiner,
   * byte-order mark. Such characters are left out of the reader's text. (Soft hyphens stay: they
   * are part of the words as written.)
   *
   * @param c the character
   * @return true for invisible format characters
   */
  static boolean isInvisibleFormat(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
  }

  /** Marks a word break (between inline elements that render apart), collapsed like white space. */
  void space() {
    if (size > 0 && !pendingSpace) {
      pendingSpace = true;
      pendingStart = SYNTHETIC;
      pendingEnd = SYNTHETIC;
    }
  }

  private void count(boolean inLink) {
    visible++;
    if (inLink) {
      linkChars++;
    }
  }

  private void flushSpace() {
    if (pendingSpace) {
      put(' ', pendingStart, pendingEnd);
      pendingSpace = false;
    }
  }

  private void put(char c, int start, int end) {
    if (size == chars.length) {
      int n = size * 2;
      chars = java.util.Arrays.copyOf(chars, n);
      starts = java.util.Arrays.copyOf(starts, n);
      ends = java.util.Arrays.copyOf(ends, n);
    }
    chars[size] = c;
    starts[size] = start;
    ends[size] = end;
    size++;
  }

  /** Removes trailing white space kept in preformatted text. */
  void trimEnd() {
    while (size > 0 && PageIndex.isSpace(chars[size - 1])) {
      size--;
    }
  }

  /**
   * Returns the text of the line.
   *
   * @return the text
   */
  String text() {
    return new String(chars, 0, size);
  }

  /**
   * Appends the characters of the line and their source positions to a text being built.
   *
   * @param text the text
   * @param textStarts the per-character source starts of the text
   * @param textEnds the per-character source ends of the text
   */
  void copyTo(StringBuilder text, IntList textStarts, IntList textEnds) {
    text.append(chars, 0, size);
    textStarts.addAll(starts, 0, size);
    textEnds.addAll(ends, 0, size);
  }

  /**
   * Returns the length of the line.
   *
   * @return its length in UTF-16 units
   */
  int length() {
    return size;
  }

  /**
   * Returns the source start of a character.
   *
   * @param i the character index
   * @return the inclusive source start, or {@link #SYNTHETIC} / {@link #INEXACT}
   */
  int sourceStart(int i) {
    return starts[i];
  }

  /**
   * Returns the source end of a character.
   *
   * @param i the character index
   * @return the exclusive source end, or {@link #SYNTHETIC} / {@link #INEXACT}
   */
  int sourceEnd(int i) {
    return ends[i];
  }

  /**
   * Returns the index of the block element the line belongs to.
   *
   * @return the element index
   */
  int owner() {
    return owner;
  }

  /**
   * Returns the number of visible (non-space) characters.
   *
   * @return the count
   */
  int visible() {
    return visible;
  }

  /**
   * Returns how many visible characters are inside links.
   *
   * @return the count
   */
  int linkChars() {
    return linkChars;
  }

  /**
   * Returns the share of visible characters inside links.
   *
   * @return the link density in [0, 1]
   */
  double linkDensity() {
    return visible == 0 ? 0 : (double) linkChars / visible;
  }
}
