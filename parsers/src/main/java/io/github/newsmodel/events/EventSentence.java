package io.github.newsmodel.events;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One sentence of the article as word tokens, with its place in the article: its index among the
 * sentences, the content block (paragraph, heading, headline) it belongs to, and whether it is the
 * headline. Tokens are read from the folded text, so curly quotes and dashes match their ASCII
 * forms; their spans are spans of the original text. Immutable.
 */
public final class EventSentence {
  /** One-character strings of the ASCII characters, so that punctuation tokens share their text. */
  private static final String[] ASCII_MARKS = new String[128];
  /** The lower-case text of a possessive {@code 's}. */
  private static final String POSSESSIVE_S = "'s";
  private static final int POSSESSIVE_S_HASH = POSSESSIVE_S.hashCode();
  /** What each ASCII character is to the tokenizer: {@link #SPACE}, {@link #WORD_CHAR} or {@link #OTHER}. */
  private static final byte[] ASCII_CLASSES = new byte[128];
  private static final byte SPACE = 0;
  private static final byte WORD_CHAR = 1;
  private static final byte OTHER = 2;
  private static final Token.Kind[] KINDS = Token.Kind.values();
  /** The bits of a token's traits that hold its kind's ordinal; then the flags. */
  private static final int KIND_BITS = 0b11;
  private static final int CAPITALIZED = 0b100;
  private static final int QUOTED = 0b1000;

  static {
    for (char c = 0; c < ASCII_MARKS.length; c++) {
      ASCII_MARKS[c] = String.valueOf(c);
      ASCII_CLASSES[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : Character.isLetterOrDigit(c) ? WORD_CHAR : OTHER;
    }
  }

  private final int index;
  private final Span span;
  private final int block;
  private final boolean headline;
  private final int size;
  /** The start (at {@code 2 * i}) and end (at {@code 2 * i + 1}) offset of each token. */
  private final int[] bounds;
  /** The kind's ordinal and the flags of each token. */
  private final byte[] traits;
  /** The lower-case text of each token; common words share one string (see {@link CommonWords}). */
  private final String[] lowers;
  /** The hash code of each token's lower-case text, computed once for the phrase lexicons' filters. */
  private final int[] lowerHashes;

  private EventSentence(int index, Span span, int block, boolean headline, TokenBuffer tokens) {
    this.index = index;
    this.span = span;
    this.block = block;
    this.headline = headline;
    this.size = tokens.size;
    this.bounds = Arrays.copyOf(tokens.bounds, 2 * size);
    this.traits = Arrays.copyOf(tokens.traits, size);
    this.lowers = Arrays.copyOf(tokens.lowers, size);
    this.lowerHashes = Arrays.copyOf(tokens.hashes, size);
  }

  /**
   * The tokens of a sentence being read, in arrays that grow as needed; reused from one sentence
   * to the next, each sentence copying its part at the exact size.
   */
  private static final class TokenBuffer {
    int size;
    int[] bounds;
    byte[] traits;
    String[] lowers;
    int[] hashes;
    /** Room for the lower-case characters of a word being cut. */
    char[] chars = new char[32];

    TokenBuffer(int capacity) {
      int n = Math.max(4, capacity);
      bounds = new int[2 * n];
      traits = new byte[n];
      lowers = new String[n];
      hashes = new int[n];
    }

    void add(int start, int end, String lower, int hash, Token.Kind kind, boolean capitalized, boolean quoted) {
      if (size == traits.length) {
        int n = size * 2;
        bounds = Arrays.copyOf(bounds, 2 * n);
        traits = Arrays.copyOf(traits, n);
        lowers = Arrays.copyOf(lowers, n);
        hashes = Arrays.copyOf(hashes, n);
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      traits[size] = (byte) (kind.ordinal() | (capitalized ? CAPITALIZED : 0) | (quoted ? QUOTED : 0));
      lowers[size] = lower;
      hashes[size] = hash;
      size++;
    }

    /** Empties the buffer for the next sentence, dropping its strings. */
    void clear() {
      Arrays.fill(lowers, 0, size, null);
      size = 0;
    }
  }

  /**
   * Tokenizes every sentence of an article's content blocks.
   *
   * @param context the article being analysed
   * @return the sentences, in text order
   */
  public static List<EventSentence> of(AnalysisContext context) {
    List<Span> blocks = context.contentBlocks();
    List<Span> headlines = new ArrayList<>();
    for (Block block : context.article().blocks()) {
      if (block.kind() == BlockKind.HEADLINE) {
        headlines.add(block.span());
      }
    }
    List<Span> spans = context.sentences();
    EventSentence[] sentences = new EventSentence[spans.size()];
    TokenBuffer tokens = new TokenBuffer(64);
    int blockIndex = 0;
    for (int s = 0; s < sentences.length; s++) {
      Span sentence = spans.get(s);
      while (blockIndex < blocks.size() && blocks.get(blockIndex).end() < sentence.end()) {
        blockIndex++;
      }
      boolean headline = false;
      for (Span h : headlines) {
        headline |= h.contains(sentence);
      }
      tokens.clear();
      tokenize(context.folded(), sentence, tokens);
      sentences[s] = new EventSentence(s, sentence, blockIndex, headline, tokens);
    }
    return List.of(sentences);
  }

  /**
   * Tokenizes one sentence.
   *
   * @param folded the folded document text
   * @param index the sentence's index in the article
   * @param span the sentence span
   * @param block the index of its content block
   * @param headline whether it is (part of) the headline
   * @return the sentence
   */
  public static EventSentence of(String folded, int index, Span span, int block, boolean headline) {
    TokenBuffer tokens = new TokenBuffer(Math.min(span.length(), 64));
    tokenize(folded, span, tokens);
    return new EventSentence(index, span, block, headline, tokens);
  }

  private static void tokenize(String folded, Span span, TokenBuffer out) {
    int end = Math.min(span.end(), folded.length());
    int i = Math.min(span.start(), end);
    boolean quoted = false;
    while (i < end) {
      char c = folded.charAt(i);
      byte type = c < ASCII_CLASSES.length ? ASCII_CLASSES[c]
          : Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : Character.isLetterOrDigit(c) ? WORD_CHAR : OTHER;
      if (type == SPACE) {
        i++;
      } else if (type == WORD_CHAR) {
        i = word(folded, i, end, quoted, out);
      } else if (c == '\'' && isPossessive(folded, i, end)) {
        int j = i + 1 < end && (folded.charAt(i + 1) == 's' || folded.charAt(i + 1) == 'S') ? i + 2 : i + 1;
        String lower = j == i + 2 ? POSSESSIVE_S : ASCII_MARKS['\''];
        out.add(i, j, lower, j == i + 2 ? POSSESSIVE_S_HASH : '\'', Token.Kind.POSSESSIVE, false, quoted);
        i = j;
      } else {
        String mark = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
        // The hash code of a one-character string is its character.
        out.add(i, i + 1, mark, c, Token.Kind.PUNCT, false, quoted);
        if (c == '"') {
          quoted = !quoted;
        }
        i++;
      }
    }
  }

  /**
   * Cuts the word or number that starts at {@code from}, computing the hash code of its lower case
   * as its characters are read. A common word takes its canonical string; any other ASCII word is
   * lower-cased once into a new string; a word with other characters is lower-cased by
   * {@link String#toLowerCase(Locale)}.
   *
   * @return the end of the word
   */
  private static int word(String s, int from, int end, boolean quoted, TokenBuffer out) {
    int j = from;
    int hash = 0;
    boolean ascii = true;
    boolean upper = false;
    while (j < end) {
      char c = s.charAt(j);
      if (c < 0x80 ? ASCII_CLASSES[c] == WORD_CHAR
          : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((c == '-' || c == '\'') && j + 1 < end && Character.isLetter(s.charAt(j + 1))
          && !(c == '\'' && isPossessive(s, j, end))) {
        j++;
      } else {
        break;
      }
      ascii &= c < 0x80;
      boolean capital = c >= 'A' && c <= 'Z';
      upper |= capital;
      hash = 31 * hash + (capital ? c + ('a' - 'A') : c);
    }
    String lower = null;
    if (!ascii) {
      lower = s.substring(from, j).toLowerCase(Locale.ROOT);
      hash = lower.hashCode();
    } else {
      lower = CommonWords.find(s, from, j, hash);
    }
    if (lower == null) {
      lower = upper ? asciiLowerCase(s, from, j, out) : s.substring(from, j);
    }
    char first = s.charAt(from);
    Token.Kind kind = Character.isDigit(first) ? Token.Kind.NUMBER : Token.Kind.WORD;
    out.add(from, j, lower, hash, kind, Character.isUpperCase(first), quoted);
    return j;
  }

  /** The lower case of an ASCII part of a text, written through the buffer's characters. */
  private static String asciiLowerCase(String s, int from, int to, TokenBuffer out) {
    int n = to - from;
    if (out.chars.length < n) {
      out.chars = new char[Math.max(n, 2 * out.chars.length)];
    }
    char[] chars = out.chars;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(from + k);
      chars[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(chars, 0, n);
  }

  /** An apostrophe that ends a word as {@code 's}, or follows a plural {@code s} before a non-letter. */
  private static boolean isPossessive(String s, int at, int end) {
    if (at == 0 || !Character.isLetter(s.charAt(at - 1))) {
      return false;
    }
    char next = at + 1 < end ? s.charAt(at + 1) : ' ';
    if (next == 's' || next == 'S') {
      return at + 2 >= end || !Character.isLetter(s.charAt(at + 2));
    }
    return (s.charAt(at - 1) == 's' || s.charAt(at - 1) == 'S') && !Character.isLetter(next);
  }

  /**
   * Returns the index of this sentence among the article's sentences.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns the sentence span.
   *
   * @return the span
   */
  public Span span() {
    return span;
  }

  /**
   * Returns the index of the content block holding the sentence.
   *
   * @return the block index
   */
  public int block() {
    return block;
  }

  /**
   * Tells whether the sentence is the headline.
   *
   * @return true for the headline
   */
  public boolean headline() {
    return headline;
  }

  /**
   * Returns the tokens, each made when it is read: the per-index accessors ({@link #start},
   * {@link #lower}, {@link #kind} ...) read a token without making one.
   *
   * @return the tokens in text order
   */
  public List<Token> tokens() {
    return new TokenList();
  }

  /** The tokens of the sentence as a list, made on demand. */
  private final class TokenList extends AbstractList<Token> implements RandomAccess {
    @Override
    public Token get(int i) {
      return token(i);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Returns the number of tokens.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns a token, made on demand.
   *
   * @param i the index
   * @return the token
   * @throws IndexOutOfBoundsException if {@code i} is not a token index
   */
  public Token token(int i) {
    Objects.checkIndex(i, size);
    return new Token(start(i), end(i), lowers[i], kind(i), capitalized(i), quoted(i));
  }

  /**
   * Returns the text offset where a token starts.
   *
   * @param i the token index, in range
   * @return the inclusive start offset
   */
  public int start(int i) {
    return bounds[2 * i];
  }

  /**
   * Returns the text offset where a token ends.
   *
   * @param i the token index, in range
   * @return the exclusive end offset
   */
  public int end(int i) {
    return bounds[2 * i + 1];
  }

  /**
   * Returns what a token is.
   *
   * @param i the token index, in range
   * @return its kind
   */
  public Token.Kind kind(int i) {
    return KINDS[traits[i] & KIND_BITS];
  }

  /**
   * Tells whether a token is of a kind.
   *
   * @param i the token index; outside the sentence, no token is of any kind
   * @param kind the kind
   * @return true when token {@code i} exists and is of that kind
   */
  public boolean is(int i, Token.Kind kind) {
    return i >= 0 && i < size && (traits[i] & KIND_BITS) == kind.ordinal();
  }

  /**
   * Tells whether a token is a word or a number.
   *
   * @param i the token index, in range
   * @return true for {@link Token.Kind#WORD} and {@link Token.Kind#NUMBER}
   */
  public boolean isWordLike(int i) {
    Token.Kind kind = kind(i);
    return kind == Token.Kind.WORD || kind == Token.Kind.NUMBER;
  }

  /**
   * Tells whether a token starts with an upper-case letter.
   *
   * @param i the token index, in range
   * @return true when capitalized
   */
  public boolean capitalized(int i) {
    return (traits[i] & CAPITALIZED) != 0;
  }

  /**
   * Tells whether a token lies inside double quotation marks.
   *
   * @param i the token index, in range
   * @return true when quoted
   */
  public boolean quoted(int i) {
    return (traits[i] & QUOTED) != 0;
  }

  /**
   * Returns the lower-case form of a token, or the empty string outside the sentence.
   *
   * @param i the index
   * @return the folded lower-case token
   */
  public String lower(int i) {
    return i >= 0 && i < size ? lowers[i] : "";
  }

  /**
   * Returns the hash code of a token's lower-case text ({@code lower(i).hashCode()}).
   *
   * @param i the token index, in range
   * @return the hash code
   */
  int lowerHash(int i) {
    return lowerHashes[i];
  }

  /**
   * Tells whether token {@code i} is the word {@code word} (lower case).
   *
   * @param i the index
   * @param word the word, lower case
   * @return true on a match
   */
  public boolean isWord(int i, String word) {
    return i >= 0 && i < size && lowers[i].equals(word);
  }

  /**
   * Tells whether token {@code i} is the punctuation mark {@code c}.
   *
   * @param i the index
   * @param c the mark
   * @return true on a match
   */
  public boolean isPunct(int i, char c) {
    // A punctuation token is one character long.
    return is(i, Token.Kind.PUNCT) && lowers[i].charAt(0) == c;
  }

  /**
   * Returns the index of the first token that starts at or after an offset.
   *
   * @param offset a text offset
   * @return the token index, or {@link #size()} when none does
   */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the text offset where token {@code i} starts, or the sentence end past the last token.
   *
   * @param i the index
   * @return the offset
   */
  public int startOf(int i) {
    if (i >= size) {
      return size == 0 ? span.end() : bounds[2 * size - 1];
    }
    if (size == 0) {
      throw new IndexOutOfBoundsException("no tokens");
    }
    return bounds[2 * Math.max(0, i)];
  }

  /**
   * Returns the text offset where token {@code i} ends, or the sentence start before the first token.
   *
   * @param i the index
   * @return the offset
   */
  public int endOf(int i) {
    if (i < 0) {
      return size == 0 ? span.start() : bounds[0];
    }
    if (size == 0) {
      throw new IndexOutOfBoundsException("no tokens");
    }
    return bounds[2 * Math.min(i, size - 1) + 1];
  }
}
