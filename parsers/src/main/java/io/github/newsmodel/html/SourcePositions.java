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
 * comments and doctype, and the page's nodes are walked in document order alongside them: an
 * element takes its start tag and its end tag, a text node its run of text.
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

  private static final byte START = 1;
  private static final byte END = 2;
  private static final byte TEXT = 3;
  private static final byte COMMENT = 4;
  private static final byte DOCTYPE = 5;

  /** Elements whose content the tokeniser reads as text up to the matching end tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
      "noembed", "noframes");
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

  // The source tokens, in order.
  private int tokens;
  private byte[] kinds = new byte[256];
  /** For text: whether it is all white space. */
  private boolean[] blanks = new boolean[256];
  private int[] tokenStarts = new int[256];
  private int[] tokenEnds = new int[256];
  /** For tags: where the name ends (it starts after {@code <} or {@code </}). */
  private int[] nameEnds = new int[256];
  private int lastBodyEnd = -1;
  private int lastHtmlEnd = -1;
  /** Set by {@link #markup} when it read markup the tokeniser ignores ({@code </>}): the text runs on. */
  private boolean dropped;
  /** How many {@code svg} and {@code math} elements are open while scanning. */
  private int foreignDepth;

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
    scan();
    int capacity = Integer.highestOneBit(Math.max(64, tokens * 2)) << 1;
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

  // ---- Scanning the source ----

  private void scan() {
    int n = html.length();
    int i = 0;
    int textStart = 0;
    while (i < n) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      dropped = false;
      int next = markup(lt, textStart);
      if (next < 0) {
        i = lt + 1;
        continue;
      }
      i = next;
      if (!dropped) {
        textStart = next;
      }
    }
    if (n > textStart) {
      add(TEXT, textStart, n, 0);
    }
  }

  /**
   * Reads the markup at {@code lt}, adding the text before it and its token(s); returns where the
   * text resumes, or -1 when the {@code <} is text.
   */
  private int markup(int lt, int textStart) {
    int n = html.length();
    if (lt + 1 >= n) {
      return -1;
    }
    char c = html.charAt(lt + 1);
    if (isAsciiLetter(c)) {
      int nameEnd = nameEnd(lt + 1);
      int end = tagEnd(nameEnd);
      if (end < 0) {
        return textRunsToEnd(lt, textStart);
      }
      addText(textStart, lt);
      add(START, lt, end, nameEnd);
      if (isForeignRoot(lt + 1, nameEnd) && html.charAt(end - 2) != '/') {
        foreignDepth++;
      }
      String raw = foreignDepth > 0 ? null : rawTextName(lt + 1, nameEnd);
      if (raw == null) {
        return end;
      }
      int close = rawTextClose(end, raw);
      if (close < 0) {
        addText(end, n);
        return n;
      }
      addText(end, close);
      int closeNameEnd = close + 2 + raw.length();
      int closeEnd = tagEnd(closeNameEnd);
      if (closeEnd < 0) {
        return n;
      }
      add(END, close, closeEnd, closeNameEnd);
      return closeEnd;
    }
    if (c == '/') {
      if (lt + 2 >= n) {
        return -1;
      }
      char d = html.charAt(lt + 2);
      if (isAsciiLetter(d)) {
        int nameEnd = nameEnd(lt + 2);
        int end = tagEnd(nameEnd);
        if (end < 0) {
          return textRunsToEnd(lt, textStart);
        }
        addText(textStart, lt);
        add(END, lt, end, nameEnd);
        noteEnd(lt + 2, nameEnd);
        if (foreignDepth > 0 && isForeignRoot(lt + 2, nameEnd)) {
          foreignDepth--;
        }
        return end;
      }
      if (d == '>') {
        dropped = true;
        return lt + 3;
      }
      return bogusComment(lt, textStart);
    }
    if (c == '!') {
      if (html.startsWith("<!--", lt)) {
        int end = commentEnd(lt + 4);
        addText(textStart, lt);
        add(COMMENT, lt, end, 0);
        return end;
      }
      if (html.regionMatches(true, lt, "<!doctype", 0, 9)) {
        int gt = html.indexOf('>', lt);
        int end = gt < 0 ? n : gt + 1;
        addText(textStart, lt);
        add(DOCTYPE, lt, end, 0);
        return end;
      }
      if (html.startsWith("<![CDATA[", lt)) {
        int close = html.indexOf("]]>", lt + 9);
        int end = close < 0 ? n : close + 3;
        addText(textStart, lt);
        add(TEXT, lt, end, 0);
        return end;
      }
      return bogusComment(lt, textStart);
    }
    if (c == '?') {
      return bogusComment(lt, textStart);
    }
    return -1;
  }

  /** A tag the input ends inside: the tokeniser drops it, so the text before it runs to the end. */
  private int textRunsToEnd(int lt, int textStart) {
    addText(textStart, lt);
    return html.length();
  }

  private int bogusComment(int lt, int textStart) {
    int gt = html.indexOf('>', lt);
    int end = gt < 0 ? html.length() : gt + 1;
    addText(textStart, lt);
    add(COMMENT, lt, end, 0);
    return end;
  }

  private int commentEnd(int from) {
    int n = html.length();
    if (html.startsWith(">", from)) {
      return from + 1;
    }
    if (html.startsWith("->", from)) {
      return from + 2;
    }
    int i = from;
    while (true) {
      int dash = html.indexOf("--", i);
      if (dash < 0) {
        return n;
      }
      if (html.startsWith("-->", dash)) {
        return dash + 3;
      }
      if (html.startsWith("--!>", dash)) {
        return dash + 4;
      }
      i = dash + 1;
    }
  }

  /**
   * Remembers the last {@code </body>} and {@code </html>}: the tree builder leaves both elements
   * open to the end of the input, and gives them the last such tag it reads.
   */
  private void noteEnd(int nameStart, int nameEnd) {
    if (nameIs(nameStart, nameEnd, "body")) {
      lastBodyEnd = tokens - 1;
    } else if (nameIs(nameStart, nameEnd, "html")) {
      lastHtmlEnd = tokens - 1;
    }
  }

  /** An {@code svg} or {@code math} tag name: inside them no element holds raw text. */
  private boolean isForeignRoot(int nameStart, int nameEnd) {
    return nameIs(nameStart, nameEnd, "svg") || nameIs(nameStart, nameEnd, "math");
  }

  private int nameEnd(int from) {
    int n = html.length();
    int i = from;
    while (i < n) {
      char c = html.charAt(i);
      if (isTagSpace(c) || c == '/' || c == '>') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The end of a tag after its name: after its {@code >}, or -1 when the input ends first. */
  private int tagEnd(int from) {
    int n = html.length();
    int i = from;
    while (true) {
      while (i < n && (isTagSpace(html.charAt(i)) || html.charAt(i) == '/')) {
        i++;
      }
      if (i >= n) {
        return -1;
      }
      if (html.charAt(i) == '>') {
        return i + 1;
      }
      int j = i + 1;
      while (j < n) {
        char c = html.charAt(j);
        if (isTagSpace(c) || c == '/' || c == '>' || c == '=') {
          break;
        }
        j++;
      }
      i = j;
      while (i < n && isTagSpace(html.charAt(i))) {
        i++;
      }
      if (i < n && html.charAt(i) == '=') {
        i++;
        while (i < n && isTagSpace(html.charAt(i))) {
          i++;
        }
        if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
          int close = html.indexOf(html.charAt(i), i + 1);
          if (close < 0) {
            return -1;
          }
          i = close + 1;
        } else {
          while (i < n && !isTagSpace(html.charAt(i)) && html.charAt(i) != '>') {
            i++;
          }
        }
      }
    }
  }

  private String rawTextName(int nameStart, int nameEnd) {
    int length = nameEnd - nameStart;
    String found = null;
    if (length >= 5 && length <= 8) {
      for (String name : RAW_TEXT) {
        if (name.length() == length && html.regionMatches(true, nameStart, name, 0, length)) {
          found = name;
          break;
        }
      }
    }
    return found;
  }

  /** Where the end tag of a raw-text element starts, or -1. */
  private int rawTextClose(int from, String name) {
    int n = html.length();
    int i = from;
    while (true) {
      int lt = html.indexOf("</", i);
      if (lt < 0) {
        return -1;
      }
      int after = lt + 2 + name.length();
      if (html.regionMatches(true, lt + 2, name, 0, name.length())
          && (after >= n || isTagSpace(html.charAt(after)) || html.charAt(after) == '/' || html.charAt(after) == '>')) {
        return lt;
      }
      i = lt + 2;
    }
  }

  private void addText(int from, int to) {
    if (to > from) {
      add(TEXT, from, to, 0);
    }
  }

  private void add(byte kind, int start, int end, int nameEnd) {
    if (tokens == kinds.length) {
      int n = tokens * 2;
      blanks = Arrays.copyOf(blanks, n);
      kinds = Arrays.copyOf(kinds, n);
      tokenStarts = Arrays.copyOf(tokenStarts, n);
      tokenEnds = Arrays.copyOf(tokenEnds, n);
      nameEnds = Arrays.copyOf(nameEnds, n);
    }
    kinds[tokens] = kind;
    blanks[tokens] = kind == TEXT && isBlankSource(start, end);
    tokenStarts[tokens] = start;
    tokenEnds[tokens] = end;
    nameEnds[tokens] = nameEnd;
    tokens++;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isTagSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private boolean nameIs(int nameStart, int nameEnd, String name) {
    return nameEnd - nameStart == name.length() && html.regionMatches(true, nameStart, name, 0, name.length());
  }

  /** Whether tag token {@code t} has the name {@code name} (lower case). */
  private boolean tokenNamed(int t, String name) {
    int nameStart = tokenStarts[t] + (kinds[t] == END ? 2 : 1);
    return nameIs(nameStart, nameEnds[t], name);
  }

  private boolean isBlank(int t) {
    return blanks[t];
  }

  private boolean isBlankSource(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isTagSpace(html.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isTagSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
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
      while (t < tokens && t < cursor + MAX_SCAN) {
        byte kind = kinds[t];
        if (kind == START) {
          if (tokenNamed(t, name) || "img".equals(name) && tokenNamed(t, "image")) {
            matched(t);
            int slot = put(element);
            starts[slot] = tokenStarts[t];
            ends[slot] = tokenEnds[t];
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
              starts[slot] = tokenStarts[found];
              ends[slot] = tokenEnds[found];
              cursor = found + 1;
              return;
            }
          }
          break;
        }
        if (kind == END && ("p".equals(name) || "br".equals(name)) && tokenNamed(t, name)) {
          // "</p>" with no paragraph open makes an empty one where it stands; "</br>" is read as "<br>".
          matched(t);
          int slot = put(element);
          starts[slot] = tokenStarts[t];
          ends[slot] = tokenStarts[t];
          return;
        }
        t++;
      }
      int slot = put(element);
      if (t >= tokens) {
        starts[slot] = html.length();
        ends[slot] = html.length();
        return;
      }
      addPending(element);
    }

    /** The first start tag named {@code name} within a few tokens from {@code from}, or -1. */
    private int startTagAhead(int from, String name) {
      for (int t = from; t < tokens && t < from + LOOK_AHEAD; t++) {
        if (kinds[t] == START && tokenNamed(t, name)) {
          return t;
        }
      }
      return -1;
    }

    /** A second {@code <html>} or {@code <head>} tag, which the tree builder ignores or merges. */
    private boolean isIgnoredStart(int t) {
      int nameStart = tokenStarts[t] + 1;
      return nameIs(nameStart, nameEnds[t], "html") || nameIs(nameStart, nameEnds[t], "head");
    }

    private boolean isMergedStart(int t) {
      int nameStart = tokenStarts[t] + 1;
      int length = nameEnds[t] - nameStart;
      if (length != 4 && length != 5) {
        return false;
      }
      for (String merged : MERGED_STARTS) {
        if (nameIs(nameStart, nameEnds[t], merged)) {
          return true;
        }
      }
      return false;
    }

    private void matchText(Node node, String text) {
      boolean blank = isBlank(text);
      int t = cursor;
      while (t < tokens && t < cursor + MAX_SCAN) {
        byte kind = kinds[t];
        if (kind == END || kind == COMMENT || kind == DOCTYPE) {
          t++;
          continue;
        }
        if (kind == TEXT) {
          boolean tokenBlank = isBlank(t);
          if (blank == tokenBlank) {
            matched(t);
            int slot = put(node);
            starts[slot] = tokenStarts[t];
            ends[slot] = tokenEnds[t];
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
      while (t < tokens && t < cursor + MAX_SCAN) {
        byte kind = kinds[t];
        if (kind == want) {
          matched(t);
          int slot = put(node);
          starts[slot] = tokenStarts[t];
          ends[slot] = tokenEnds[t];
          cursor = t + 1;
          return;
        }
        if (kind == END || kind == TEXT && isBlank(t) || kind == COMMENT || kind == DOCTYPE) {
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
      if ("body".equals(name) && lastBodyEnd >= 0 && starts[slot] != UNKNOWN
          && tokenStarts[lastBodyEnd] >= starts[slot]) {
        closeAt(slot, lastBodyEnd);
        return;
      }
      if ("html".equals(name) && lastHtmlEnd >= 0) {
        closeAt(slot, lastHtmlEnd);
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
        for (int t = cursor; t < tokens && t < cursor + MAX_SCAN; t++) {
          if (kinds[t] == END && tokenNamed(t, name)) {
            closeAt(slot, t);
            cursor = t + 1;
            return;
          }
        }
      }
      int t = cursor;
      while (t < tokens && t < cursor + MAX_CLOSE_SCAN) {
        byte kind = kinds[t];
        if (kind == END) {
          if (tokenNamed(t, name)) {
            closeAt(slot, t);
            if (RAW_TEXT.contains(name) && starts[slot] != UNKNOWN && !isForeign(element)) {
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
        if (kind == COMMENT || kind == TEXT && isBlank(t) || kind == START && isIgnoredStart(t)) {
          t++;
          continue;
        }
        break;
      }
      if (t < tokens && t >= cursor + MAX_CLOSE_SCAN) {
        return; // too far to tell: no end position
      }
      int at = t < tokens ? tokenStarts[t] : html.length();
      closeStarts[slot] = at;
      closeEnds[slot] = at;
    }

    private void closeAt(int slot, int t) {
      closeStarts[slot] = tokenStarts[t];
      closeEnds[slot] = tokenEnds[t];
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
        if (tokenNamed(t, e.normalName())) {
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
        starts[slot] = tokenStarts[t];
        ends[slot] = tokenStarts[t];
      }
      pendingCount = 0;
    }
  }
}
