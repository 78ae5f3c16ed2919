package io.github.newsmodel.html;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Where the nodes of a parsed page came from in its decoded source, found without the parser's own
 * position tracking, which records line and column numbers and attribute ranges for every node and
 * makes parsing about half again as slow. The source is scanned once for its tags, text runs,
 * comments and doctype ({@link SourceTokens}), and the page's nodes are walked in document order
 * alongside them: an element takes its start tag and its end tag, a text node its run of text.
 *
 * <p>The ranges follow the parser's conventions: a start tag's range runs from its {@code <} to
 * after its {@code >}; an element the parser implied (a {@code tbody}, a {@code body} with no tag)
 * or closed without an end tag has an empty range where the source token that caused it starts;
 * a void element's end range is its start tag's. Nodes the tree builder moved out of source order
 * (text fostered out of a table, say) get no position ({@link #UNKNOWN}); callers then fall back
 * to the enclosing element, as they do for any text whose source cannot be aligned.
 *
 * <p>One per parse; built on first use; not shared between threads.
 */
final class SourcePositions {
  /** A position that is not known. */
  static final int UNKNOWN = -1;

  private static final byte START = SourceTokens.START;
  private static final byte END = SourceTokens.END;
  private static final byte TEXT = SourceTokens.TEXT;
  private static final byte COMMENT = SourceTokens.COMMENT;
  private static final byte DOCTYPE = SourceTokens.DOCTYPE;

  /**
   * Elements the tree builder makes up when the source lacks their tags: the document skeleton,
   * table sections, and the formatting elements it reopens after a block.
   */
  private static final Set<String> IMPLIED = Set.of("html", "head", "body", "tbody", "tr", "colgroup", "a", "b",
      "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");
  /**
   * How many tokens a node's token is looked for among, from the first unmatched one: past them,
   * the node has no position. Keeps the walk linear on any input.
   */
  private static final int MAX_SCAN = 256;
  /** How many tokens an element's end tag is looked for among, and how many ancestors it may close. */
  private static final int MAX_CLOSE_SCAN = 32;
  /** How many tokens past a blocking one a start tag is looked for. */
  private static final int LOOK_AHEAD = 8;
  /** Start tags the tree builder merges into an element it already has rather than opening another. */
  private static final Set<String> MERGED_STARTS = Set.of("html", "body", "head");

  private final String html;
  private final Document page;
  private boolean built;
  /** The source's tokens, scanned on first use. */
  private SourceTokens tokens;

  // The nodes, in an open-addressing identity table.
  private Node[] keys;
  private int[] starts;
  private int[] ends;
  private int[] closeStarts;
  private int[] closeEnds;
  private int size;

  private SourcePositions(Document page, String html) {
    this.page = page;
    this.html = html;
  }

  /**
   * Prepares the positions of a page; the work is done on first use.
   *
   * @param page the page, parsed from {@code html}
   * @param html the decoded source
   * @return the positions
   */
  static SourcePositions of(Document page, String html) {
    return new SourcePositions(page, html);
  }

  /**
   * Returns the decoded source.
   *
   * @return the page source
   */
  String html() {
    return html;
  }

  /**
   * Returns where a node starts: an element's start tag, a text node's first character.
   *
   * @param node a node of the page
   * @return the source offset, or {@link #UNKNOWN}
   */
  int start(Node node) {
    int slot = slotOf(node);
    return slot < 0 ? UNKNOWN : starts[slot];
  }

  /**
   * Returns where a node's start ends: after an element's start tag, after a text node's last
   * character.
   *
   * @param node a node of the page
   * @return the source offset, or {@link #UNKNOWN}
   */
  int end(Node node) {
    int slot = slotOf(node);
    return slot < 0 ? UNKNOWN : ends[slot];
  }

  /**
   * Returns where an element's end tag ends (an empty range where the element was closed without
   * one; the start tag's end for a void element).
   *
   * @param element an element of the page
   * @return the source offset, or {@link #UNKNOWN}
   */
  int closeEnd(Element element) {
    int slot = slotOf(element);
    return slot < 0 ? UNKNOWN : closeEnds[slot];
  }

  /**
   * Returns where an element's end tag starts.
   *
   * @param element an element of the page
   * @return the source offset, or {@link #UNKNOWN}
   */
  int closeStart(Element element) {
    int slot = slotOf(element);
    return slot < 0 ? UNKNOWN : closeStarts[slot];
  }

  private int slotOf(Node node) {
    if (!built) {
      build();
    }
    int mask = keys.length - 1;
    int slot = System.identityHashCode(node) & mask;
    Node key;
    while ((key = keys[slot]) != null) {
      if (key == node) {
        return starts[slot] == UNKNOWN && closeEnds[slot] == UNKNOWN ? -1 : slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private void build() {
    built = true;
    tokens = SourceTokens.scan(html);
    int capacity = Integer.highestOneBit(Math.max(64, tokens.size() * 2)) << 1;
    keys = new Node[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    closeStarts = new int[capacity];
    closeEnds = new int[capacity];
    NodeTraversor.traverse(new Aligner(), page);
  }

  private int put(Node node) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = System.identityHashCode(node) & mask;
    while (keys[slot] != null && keys[slot] != node) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == null) {
      keys[slot] = node;
      starts[slot] = UNKNOWN;
      ends[slot] = UNKNOWN;
      closeStarts[slot] = UNKNOWN;
      closeEnds[slot] = UNKNOWN;
      size++;
    }
    return slot;
  }

  private void grow() {
    Node[] oldKeys = keys;
    int[] oldStarts = starts;
    int[] oldEnds = ends;
    int[] oldCloseStarts = closeStarts;
    int[] oldCloseEnds = closeEnds;
    int capacity = oldKeys.length * 2;
    keys = new Node[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    closeStarts = new int[capacity];
    closeEnds = new int[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = put(oldKeys[i]);
        starts[slot] = oldStarts[i];
        ends[slot] = oldEnds[i];
        closeStarts[slot] = oldCloseStarts[i];
        closeEnds[slot] = oldCloseEnds[i];
      }
    }
  }

  // ---- Walking the page alongside the tokens ----

  /** Matches the page's nodes, in document order, with the source tokens. */
  private final class Aligner implements NodeVisitor {
    private int cursor;
    /** Implied elements waiting for the position of the next matched token. */
    private Node[] pending = new Node[8];
    private int pendingCount;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Document) {
        return;
      }
      if (node instanceof Element element) {
        openElement(element);
      } else if (node instanceof TextNode text) {
        matchText(text, text.getWholeText());
      } else if (node instanceof DataNode data) {
        matchText(data, data.getWholeData());
      } else if (node instanceof Comment || node instanceof XmlDeclaration) {
        matchSimple(node, COMMENT);
      } else if (node instanceof DocumentType) {
        matchSimple(node, DOCTYPE);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && !(node instanceof Document)) {
        closeElement(element);
      }
    }

    private void openElement(Element element) {
      String name = element.normalName();
      int t = cursor;
      while (t < tokens.size() && t < cursor + MAX_SCAN) {
        byte kind = tokens.kind(t);
        if (kind == START) {
          if (tokens.isNamed(t, name) || "img".equals(name) && tokens.isNamed(t, "image")) {
            matched(t);
            int slot = put(element);
            starts[slot] = tokens.start(t);
            ends[slot] = tokens.end(t);
            cursor = t + 1;
            return;
          }
          if (isMergedStart(t)) {
            t++;
            continue;
          }
          if (!IMPLIED.contains(name)) {
            // An element the tree builder does not make up has a tag of its own, a little further
            // on when the tags before it were dropped.
            int found = startTagAhead(t + 1, name);
            if (found >= 0) {
              matched(found);
              int slot = put(element);
              starts[slot] = tokens.start(found);
              ends[slot] = tokens.end(found);
              cursor = found + 1;
              return;
            }
          }
          break;
        }
        if (kind == END && ("p".equals(name) || "br".equals(name)) && tokens.isNamed(t, name)) {
          // "</p>" with no paragraph open makes an empty one where it stands; "</br>" is read as "<br>".
          matched(t);
          int slot = put(element);
          starts[slot] = tokens.start(t);
          ends[slot] = tokens.start(t);
          return;
        }
        t++;
      }
      int slot = put(element);
      if (t >= tokens.size()) {
        starts[slot] = html.length();
        ends[slot] = html.length();
        return;
      }
      addPending(element);
    }

    /** The first start tag named {@code name} within a few tokens from {@code from}, or -1. */
    private int startTagAhead(int from, String name) {
      for (int t = from; t < tokens.size() && t < from + LOOK_AHEAD; t++) {
        if (tokens.kind(t) == START && tokens.isNamed(t, name)) {
          return t;
        }
      }
      return -1;
    }

    /** A second {@code <html>} or {@code <head>} tag, which the tree builder ignores or merges. */
    private boolean isIgnoredStart(int t) {
      return tokens.isNamed(t, "html") || tokens.isNamed(t, "head");
    }

    private boolean isMergedStart(int t) {
      for (String merged : MERGED_STARTS) {
        if (tokens.isNamed(t, merged)) {
          return true;
        }
      }
      return false;
    }

    private void matchText(Node node, String text) {
      boolean blank = SourceTokens.isBlank(text);
      int t = cursor;
      while (t < tokens.size() && t < cursor + MAX_SCAN) {
        byte kind = tokens.kind(t);
        if (kind == END || kind == COMMENT || kind == DOCTYPE) {
          t++;
          continue;
        }
        if (kind == TEXT) {
          boolean tokenBlank = tokens.isBlank(t);
          if (blank == tokenBlank) {
            matched(t);
            int slot = put(node);
            starts[slot] = tokens.start(t);
            ends[slot] = tokens.end(t);
            cursor = t + 1;
            return;
          }
          if (tokenBlank) {
            t++;
            continue;
          }
        }
        return;
      }
    }

    private void matchSimple(Node node, byte want) {
      int t = cursor;
      while (t < tokens.size() && t < cursor + MAX_SCAN) {
        byte kind = tokens.kind(t);
        if (kind == want) {
          matched(t);
          int slot = put(node);
          starts[slot] = tokens.start(t);
          ends[slot] = tokens.end(t);
          cursor = t + 1;
          return;
        }
        if (kind == END || kind == TEXT && tokens.isBlank(t) || kind == COMMENT || kind == DOCTYPE) {
          t++;
          continue;
        }
        return;
      }
    }

    private void closeElement(Element element) {
      int slot = put(element);
      if (element.tag().isSelfClosing()) {
        closeStarts[slot] = starts[slot];
        closeEnds[slot] = ends[slot];
        return;
      }
      if (starts[slot] != UNKNOWN && ends[slot] - starts[slot] >= 2 && element.childNodeSize() == 0
          && html.charAt(ends[slot] - 2) == '/' && isForeign(element)) {
        // "<path/>" in SVG or MathML is closed by its own start tag.
        closeStarts[slot] = starts[slot];
        closeEnds[slot] = starts[slot];
        return;
      }
      String name = element.normalName();
      if ("body".equals(name) && tokens.lastBodyEnd() >= 0 && starts[slot] != UNKNOWN
          && tokens.start(tokens.lastBodyEnd()) >= starts[slot]) {
        closeAt(slot, tokens.lastBodyEnd());
        return;
      }
      if ("html".equals(name) && tokens.lastHtmlEnd() >= 0) {
        closeAt(slot, tokens.lastHtmlEnd());
        return;
      }
      if ("html".equals(name) || "body".equals(name)) {
        // Left open to the end of the input.
        closeStarts[slot] = html.length();
        closeEnds[slot] = html.length();
        return;
      }
      if ("noscript".equals(name)) {
        // In a page head the tree builder keeps the tags inside noscript as text: its end tag is the
        // next one, whatever comes before it (noscript elements do not nest).
        for (int t = cursor; t < tokens.size() && t < cursor + MAX_SCAN; t++) {
          if (tokens.kind(t) == END && tokens.isNamed(t, name)) {
            closeAt(slot, t);
            cursor = t + 1;
            return;
          }
        }
      }
      int t = cursor;
      while (t < tokens.size() && t < cursor + MAX_CLOSE_SCAN) {
        byte kind = tokens.kind(t);
        if (kind == END) {
          if (tokens.isNamed(t, name)) {
            closeAt(slot, t);
            if (SourceTokens.isRawText(name) && starts[slot] != UNKNOWN && !isForeign(element)) {
              // The parser reads a raw-text element's content and end tag as one step, from its start tag.
              closeStarts[slot] = starts[slot];
            }
            cursor = t + 1;
            return;
          }
          if (!hasOpenAncestor(element, t)) {
            t++;
            continue;
          }
          break;
        }
        if (kind == COMMENT || kind == TEXT && tokens.isBlank(t) || kind == START && isIgnoredStart(t)) {
          t++;
          continue;
        }
        break;
      }
      if (t < tokens.size() && t >= cursor + MAX_CLOSE_SCAN) {
        return; // too far to tell: no end position
      }
      int at = t < tokens.size() ? tokens.start(t) : html.length();
      closeStarts[slot] = at;
      closeEnds[slot] = at;
    }

    private void closeAt(int slot, int t) {
      closeStarts[slot] = tokens.start(t);
      closeEnds[slot] = tokens.end(t);
    }

    /** Whether an element is inside SVG or MathML content. */
    private boolean isForeign(Element element) {
      int depth = 0;
      for (Element e = element; e != null && depth < 512; e = e.parent(), depth++) {
        String tag = e.normalName();
        if ("svg".equals(tag) || "math".equals(tag)) {
          return true;
        }
        if ("body".equals(tag) || "html".equals(tag)) {
          return false;
        }
      }
      return false;
    }

    /** Whether end tag {@code t} names an ancestor of {@code element}, which it would close too. */
    private boolean hasOpenAncestor(Element element, int t) {
      int depth = 0;
      for (Element e = element.parent(); e != null && depth < MAX_CLOSE_SCAN; e = e.parent(), depth++) {
        if (tokens.isNamed(t, e.normalName())) {
          return true;
        }
      }
      return false;
    }

    private void addPending(Node node) {
      if (pendingCount == pending.length) {
        pending = Arrays.copyOf(pending, pendingCount * 2);
      }
      pending[pendingCount++] = node;
    }

    /** Gives the implied elements waiting for a position the start of token {@code t}. */
    private void matched(int t) {
      for (int k = 0; k < pendingCount; k++) {
        int slot = put(pending[k]);
        starts[slot] = tokens.start(t);
        ends[slot] = tokens.start(t);
      }
      pendingCount = 0;
    }
  }
}
