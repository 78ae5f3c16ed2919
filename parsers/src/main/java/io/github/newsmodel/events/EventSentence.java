package io.github.newsmodel.events;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One sentence of the article as word tokens, with its place in the article: its index among the
 * sentences, the content block (paragraph, heading, headline) it belongs to, and whether it is the
 * headline. Tokens are read from the folded text, so curly quotes and dashes match their ASCII
 * forms; their spans are spans of the original text. Immutable.
 */
public final class EventSentence {
  /** One-character strings of the ASCII characters, so that punctuation tokens share their text. */
  private static final String[] ASCII_MARKS = new String[128];

  static {
    for (char c = 0; c < ASCII_MARKS.length; c++) {
      ASCII_MARKS[c] = String.valueOf(c);
    }
  }

  private final int index;
  private final Span span;
  private final int block;
  private final boolean headline;
  private final List<Token> tokens;
  /** The hash code of each token's lower-case text, computed once for the phrase lexicons' filters. */
  private final int[] lowerHashes;

  private EventSentence(int index, Span span, int block, boolean headline, Tokenized tokenized) {
    this.index = index;
    this.span = span;
    this.block = block;
    this.headline = headline;
    this.tokens = Collections.unmodifiableList(tokenized.tokens);
    this.lowerHashes = Arrays.copyOf(tokenized.hashes, tokenized.tokens.size());
  }

  /** Tokens being read, with the hash codes of their lower-case texts, computed as they are cut. */
  private static final class Tokenized {
    final List<Token> tokens = new ArrayList<>();
    int[] hashes = new int[16];

    void add(Token token, int hash) {
      if (tokens.size() == hashes.length) {
        hashes = Arrays.copyOf(hashes, hashes.length * 2);
      }
      hashes[tokens.size()] = hash;
      tokens.add(token);
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
    List<EventSentence> sentences = new ArrayList<>();
    int blockIndex = 0;
    for (Span sentence : context.sentences()) {
      while (blockIndex < blocks.size() && blocks.get(blockIndex).end() < sentence.end()) {
        blockIndex++;
      }
      boolean headline = false;
      for (Span h : headlines) {
        headline |= h.contains(sentence);
      }
      sentences.add(of(context.folded(), sentences.size(), sentence, blockIndex, headline));
    }
    return List.copyOf(sentences);
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
    Tokenized tokenized = new Tokenized();
    tokenize(folded, span, tokenized);
    return new EventSentence(index, span, block, headline, tokenized);
  }

  /**
   * Splits a span of folded text into tokens.
   *
   * @param folded the folded text
   * @param span the part to split
   * @return the tokens
   */
  static List<Token> tokenize(String folded, Span span) {
    Tokenized tokenized = new Tokenized();
    tokenize(folded, span, tokenized);
    return Collections.unmodifiableList(tokenized.tokens);
  }

  private static void tokenize(String folded, Span span, Tokenized out) {
    int end = Math.min(span.end(), folded.length());
    int i = Math.min(span.start(), end);
    boolean quoted = false;
    while (i < end) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(folded, i, end);
        String lower = lowerWord(folded, i, j);
        Token.Kind kind = Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.WORD;
        out.add(new Token(i, j, lower, kind, Character.isUpperCase(c), quoted), lower.hashCode());
        i = j;
      } else if (c == '\'' && isPossessive(folded, i, end)) {
        int j = i + 1 < end && (folded.charAt(i + 1) == 's' || folded.charAt(i + 1) == 'S') ? i + 2 : i + 1;
        String lower = folded.substring(i, j).toLowerCase(Locale.ROOT);
        out.add(new Token(i, j, lower, Token.Kind.POSSESSIVE, false, quoted), lower.hashCode());
        i = j;
      } else {
        String mark = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
        out.add(new Token(i, i + 1, mark, Token.Kind.PUNCT, false, quoted), mark.hashCode());
        if (c == '"') {
          quoted = !quoted;
        }
        i++;
      }
    }
  }

  /**
   * {@code s.substring(from, to).toLowerCase(Locale.ROOT)}, cut once when the word is ASCII. Its
   * hash code is computed at once, while its characters are still in the cache: the phrase
   * lexicons look every word up by it.
   */
  private static String lowerWord(String s, int from, int to) {
    String lower = lowerCopy(s, from, to);
    lower.hashCode();
    return lower;
  }

  private static String lowerCopy(String s, int from, int to) {
    boolean upper = false;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c >= 0x80) {
        return s.substring(from, to).toLowerCase(Locale.ROOT);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return s.substring(from, to);
    }
    char[] lower = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      lower[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(lower);
  }

  private static int wordEnd(String s, int from, int end) {
    int j = from;
    while (j < end) {
      char c = s.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((c == '-' || c == '\'') && j + 1 < end && Character.isLetter(s.charAt(j + 1))
          && !(c == '\'' && isPossessive(s, j, end))) {
        j++;
      } else {
        break;
      }
    }
    return j;
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
   * Returns the tokens.
   *
   * @return the tokens in text order
   */
  public List<Token> tokens() {
    return tokens;
  }

  /**
   * Returns the number of tokens.
   *
   * @return the size
   */
  public int size() {
    return tokens.size();
  }

  /**
   * Returns a token.
   *
   * @param i the index
   * @return the token
   */
  public Token token(int i) {
    return tokens.get(i);
  }

  /**
   * Returns the lower-case form of a token, or the empty string outside the sentence.
   *
   * @param i the index
   * @return the folded lower-case token
   */
  public String lower(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
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
    return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(word);
  }

  /**
   * Tells whether token {@code i} is the punctuation mark {@code c}.
   *
   * @param i the index
   * @param c the mark
   * @return true on a match
   */
  public boolean isPunct(int i, char c) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(c);
  }

  /**
   * Returns the index of the first token that starts at or after an offset.
   *
   * @param offset a text offset
   * @return the token index, or {@link #size()} when none does
   */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
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
    if (i >= tokens.size()) {
      return tokens.isEmpty() ? span.end() : tokens.get(tokens.size() - 1).end();
    }
    return tokens.get(Math.max(0, i)).start();
  }

  /**
   * Returns the text offset where token {@code i} ends, or the sentence start before the first token.
   *
   * @param i the index
   * @return the offset
   */
  public int endOf(int i) {
    if (i < 0) {
      return tokens.isEmpty() ? span.start() : tokens.get(0).start();
    }
    return tokens.get(Math.min(i, tokens.size() - 1)).end();
  }
}
