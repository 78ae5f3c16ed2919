package io.github.newsmodel.html;

import java.util.Arrays;
import java.util.Set;

/**
 * The tokens of an HTML source as the parser's tokeniser cuts them, with their offsets: start tags,
 * end tags, runs of text (raw-text element content included), comments and doctype. One scan, no
 * attribute values or entity decoding: only where each token starts and ends, and a tag's name.
 * {@link SourcePositions} walks a parsed page alongside them. Built by {@link #scan}; not shared
 * between threads.
 */
final class SourceTokens {
  /** A start tag. */
  static final byte START = 1;
  /** An end tag. */
  static final byte END = 2;
  /** A run of text. */
  static final byte TEXT = 3;
  /** A comment, bogus comments ({@code <?...>}, {@code <!...>}) included. */
  static final byte COMMENT = 4;
  /** A doctype. */
  static final byte DOCTYPE = 5;

  /** Elements whose content the tokeniser reads as text up to the matching end tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
      "noembed", "noframes");

  private final String html;
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

  private SourceTokens(String html) {
    this.html = html;
  }

  /**
   * Scans a source.
   *
   * @param html the decoded page source
   * @return its tokens
   */
  static SourceTokens scan(String html) {
    SourceTokens tokens = new SourceTokens(html);
    tokens.scan();
    return tokens;
  }

  /** Returns the number of tokens. */
  int size() {
    return tokens;
  }

  /** Returns the kind of token {@code t}: {@link #START}, {@link #END}, {@link #TEXT}, ... */
  byte kind(int t) {
    return kinds[t];
  }

  /** Returns where token {@code t} starts in the source. */
  int start(int t) {
    return tokenStarts[t];
  }

  /** Returns where token {@code t} ends in the source. */
  int end(int t) {
    return tokenEnds[t];
  }

  /** Tells whether text token {@code t} is all white space. */
  boolean isBlank(int t) {
    return blanks[t];
  }

  /** Tells whether tag token {@code t} has the name {@code name} (lower case), ignoring case. */
  boolean isNamed(int t, String name) {
    int nameStart = tokenStarts[t] + (kinds[t] == END ? 2 : 1);
    return nameIs(nameStart, nameEnds[t], name);
  }

  /** Returns the index of the last {@code </body>} tag, or -1. */
  int lastBodyEnd() {
    return lastBodyEnd;
  }

  /** Returns the index of the last {@code </html>} tag, or -1. */
  int lastHtmlEnd() {
    return lastHtmlEnd;
  }

  /** Tells whether the tokeniser reads an element's content as raw text. */
  static boolean isRawText(String name) {
    return RAW_TEXT.contains(name);
  }

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

  private boolean isBlankSource(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isTagSpace(html.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a string is all white space as the tokeniser reads it. */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isTagSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
