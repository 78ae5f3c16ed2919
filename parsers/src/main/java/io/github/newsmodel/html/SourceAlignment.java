package io.github.newsmodel.html;

import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Where each character of a text node came from in the decoded HTML source. {@link SourcePositions}
 * gives the source range of the whole node; inside it, character references ({@code &amp;amp;}, five source
 * units for one text unit) shift the positions, so the node's source is walked alongside its text.
 * When the two cannot be aligned exactly (a node moved by the tree builder, an unusual reference),
 * the alignment is {@linkplain #exact() inexact} and callers fall back to the element's range.
 */
final class SourceAlignment {
  /** The longest character reference tried when aligning, in source units. */
  private static final int MAX_REFERENCE = 40;

  private static final SourceAlignment INEXACT = new SourceAlignment(-1, null, null);

  private final int start;
  private final int[] starts;
  private final int[] ends;

  private SourceAlignment(int start, int[] starts, int[] ends) {
    this.start = start;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Aligns a text node with the page source.
   *
   * @param node the text node
   * @param source the decoded HTML the page was parsed from, with its node positions
   * @return the alignment, inexact when the node's position is not known or does not match
   */
  static SourceAlignment of(TextNode node, SourcePositions source) {
    int from = source.start(node);
    int to = source.end(node);
    String html = source.html();
    if (from < 0 || to > html.length() || from > to) {
      return INEXACT;
    }
    String text = node.getWholeText();
    if (to - from == text.length() && html.regionMatches(from, text, 0, text.length())) {
      return new SourceAlignment(from, null, null);
    }
    return align(text, html, from, to);
  }

  private static SourceAlignment align(String text, String html, int from, int to) {
    int[] starts = new int[text.length()];
    int[] ends = new int[text.length()];
    int i = from;
    int j = 0;
    while (j < text.length()) {
      if (i >= to) {
        return INEXACT;
      }
      char s = html.charAt(i);
      char t = text.charAt(j);
      int consumed = s == '&' ? reference(html, i, to, text, j) : 0;
      if (consumed > 0) {
        int referenceEnd = referenceEnd(html, i, to);
        for (int k = 0; k < consumed; k++) {
          starts[j + k] = i;
          ends[j + k] = referenceEnd;
        }
        i = referenceEnd;
        j += consumed;
      } else if (s == t) {
        starts[j] = i;
        ends[j] = i + 1;
        i++;
        j++;
      } else if (s == '\r') {
        i++;
      } else if (s == '\0' && t == '\uFFFD') {
        starts[j] = i;
        ends[j] = i + 1;
        i++;
        j++;
      } else {
        return INEXACT;
      }
    }
    while (i < to && html.charAt(i) == '\r') {
      i++;
    }
    return i == to ? new SourceAlignment(from, starts, ends) : INEXACT;
  }

  /** Decodes the reference at {@code i}; returns how many text units it stands for, or 0. */
  private static int reference(String html, int i, int to, String text, int j) {
    int end = referenceEnd(html, i, to);
    if (end <= i + 1) {
      return 0;
    }
    String reference = html.substring(i, end);
    String decoded = unescape(reference);
    if (decoded.isEmpty() || decoded.equals(reference) || !text.startsWith(decoded, j)) {
      return 0;
    }
    return decoded.length();
  }

  /**
   * jsoup's decoding of a character reference, remembered across pages (pages repeat the same few
   * references, and each decoding starts a tokeniser). The memo stops growing at
   * {@link #MAX_REMEMBERED} entries.
   */
  private static String unescape(String reference) {
    String decoded = DECODED.get(reference);
    if (decoded == null) {
      decoded = Parser.unescapeEntities(reference, false);
      if (DECODED.size() < MAX_REMEMBERED) {
        DECODED.put(reference, decoded);
      }
    }
    return decoded;
  }

  private static final int MAX_REMEMBERED = 4096;
  private static final java.util.Map<String, String> DECODED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The end of a character reference starting at {@code i}: after its ';', else after its name. */
  private static int referenceEnd(String html, int i, int to) {
    int limit = Math.min(to, i + MAX_REFERENCE);
    int k = i + 1;
    if (k < limit && html.charAt(k) == '#') {
      k++;
      if (k < limit && (html.charAt(k) == 'x' || html.charAt(k) == 'X')) {
        k++;
      }
    }
    while (k < limit && Character.isLetterOrDigit(html.charAt(k))) {
      k++;
    }
    if (k < limit && html.charAt(k) == ';') {
      k++;
    }
    return k;
  }

  /**
   * Tells whether every character has an exact source position.
   *
   * @return false when callers must fall back to the element's range
   */
  boolean exact() {
    return start >= 0;
  }

  /**
   * Returns the source start of a character of the node's text.
   *
   * @param index the character index in the node's text
   * @return the inclusive source start
   */
  int start(int index) {
    return starts == null ? start + index : starts[index];
  }

  /**
   * Returns the source end of a character of the node's text.
   *
   * @param index the character index in the node's text
   * @return the exclusive source end
   */
  int end(int index) {
    return ends == null ? start + index + 1 : ends[index];
  }
}
