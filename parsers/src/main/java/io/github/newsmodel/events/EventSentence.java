package io.github.newsmodel.events;

import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.temporal.DateScanner;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One sentence of the article as word tokens, with its place in the article: its index among the
 * sentences, the content block (paragraph, heading, headline) it belongs to, and whether it is the
 * headline. Tokens are read from the folded text, so curly quotes and dashes match their ASCII
 * forms; their spans are spans of the original text. Immutable to its readers, but not to be
 * shared between threads: the lower-case text of a word that is no common word is cut when first
 * read, through working memory shared by the sentences of one article.
 */
public final class EventSentence {
  /** One-character strings of the ASCII characters, so that punctuation tokens share their text. */
  private static final String[] ASCII_MARKS = new String[128];
  /** The lower-case text of a possessive {@code 's}. */
  private static final String POSSESSIVE_S = "'s";
  private static final int POSSESSIVE_S_HASH = POSSESSIVE_S.hashCode();
  /** Whether the "s" of a possessive, a word of its own to the date scanner, may start a date. */
  private static final boolean S_STARTS_DATE = DateScanner.startWords().contains("s");
  /** What each ASCII character is to the tokenizer: {@link #SPACE}, {@link #WORD_CHAR} or {@link #OTHER}. */
  private static final byte[] ASCII_CLASSES = new byte[128];
  private static final byte SPACE = 0;
  private static final byte WORD_CHAR = 1;
  private static final byte OTHER = 2;
  private static final Token.Kind[] KINDS = Token.Kind.values();
  /** The bits of a token's traits that hold its kind's ordinal; then the flags, then the token's length. */
  private static final int KIND_BITS = 0b11;
  private static final int CAPITALIZED = 0b100;
  private static final int QUOTED = 0b1000;
  private static final int LENGTH_SHIFT = 4;
  /**
   * The length field of a token of this length or longer: its end is found by reading the word
   * again ({@link #wordEnd}); only words and numbers are so long.
   */
  private static final int LONG = (Character.MAX_VALUE >>> LENGTH_SHIFT);
  /** The bits of a token's hash kept: more than the phrase lexicons' filters read. */
  private static final int HASH_BITS = 0xFFFF;

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
  /** The position of the sentence's first token in the token arrays, which it may share with other sentences. */
  private final int first;
  private final int size;
  /** The start offset of each token {@code t = first + i}. */
  private final int[] starts;
  /** The kind's ordinal, the flags and the length (up to {@link #LONG}) of each token. */
  private final char[] traits;
  /**
   * The lower-case text of each token; common words share one string (see {@link CommonWords}).
   * Null for an ASCII word that is no common word until its text is first read (see {@link #lower}).
   */
  private final String[] lowers;
  /**
   * The low bits ({@link #HASH_BITS}) of the hash code of each token's lower-case text, computed
   * once for the phrase lexicons' filters and {@link #isWord}.
   */
  private final char[] lowerHashes;
  /** The tokens' text, from which the lower-case text of words is cut when first read. */
  private final TokenBuffer source;
  /** Whether the sentence may hold a date expression (see {@link #mayHoldDate()}). */
  private final boolean mayHoldDate;

  /** Takes the tokens read since the last sentence, leaving them in the buffer's arrays. */
  private EventSentence(int index, Span span, int block, boolean headline, TokenBuffer tokens) {
    this.index = index;
    this.span = span;
    this.block = block;
    this.headline = headline;
    this.first = tokens.sentenceStart;
    this.size = tokens.size - first;
    this.starts = tokens.starts;
    this.traits = tokens.traits;
    this.lowers = tokens.lowers;
    this.lowerHashes = tokens.hashes;
    this.source = tokens;
    this.mayHoldDate = tokens.mayHoldDate;
    tokens.sentenceStart = tokens.size;
    tokens.mayHoldDate = false;
    tokens.afterDatePhraseFirst = false;
  }

  /**
   * The tokens of an article's sentences, in chunks of parallel arrays that the sentences share:
   * each sentence keeps the chunk its tokens are in and where they start, so no sentence copies its
   * tokens. When a chunk is full, a new one is started and the tokens of the sentence being read
   * move to it, so that every sentence lies in one chunk; full chunks are never written again.
   */
  private static final class TokenBuffer {
    /** The folded text the tokens are read from. */
    final String folded;
    /** The number of tokens written to the current chunk. */
    int size;
    /** The position in the current chunk of the first token of the sentence being read. */
    int sentenceStart;
    /** How many tokens the chunks after the first have room for (more when a sentence needs it). */
    final int nextCapacity;
    int[] starts;
    char[] traits;
    String[] lowers;
    char[] hashes;
    /**
     * Room for the characters of the sentence being tokenized (see {@link #characters}), and once
     * the sentences are tokenized for the lower-case characters of a word being cut.
     */
    char[] chars;
    /**
     * Whether the sentence being read may hold a date expression: it has a digit, a character
     * beyond ASCII or a word that may start a date ({@link DateScanner#startWords()}), alone or
     * joined to others by a hyphen or an apostrophe.
     */
    boolean mayHoldDate;
    /**
     * Whether the last token read is the first word of a relative date of several words ("last"
     * of "last week"), so that the date starts there if the next token is a second word of one.
     */
    boolean afterDatePhraseFirst;

    TokenBuffer(String folded, int capacity, int nextCapacity, int longestSentence) {
      this.folded = folded;
      // A sentence is copied with the character before it.
      this.chars = new char[Math.max(32, longestSentence + 1)];
      this.nextCapacity = Math.max(4, nextCapacity);
      allocate(Math.max(4, capacity));
    }

    private void allocate(int n) {
      starts = new int[n];
      traits = new char[n];
      lowers = new String[n];
      hashes = new char[n];
    }

    void add(int start, int end, String lower, int hash, Token.Kind kind, boolean capitalized, boolean quoted) {
      afterDatePhraseFirst = false;
      if (size == traits.length) {
        startChunk();
      }
      starts[size] = start;
      traits[size] = (char) (kind.ordinal() | (capitalized ? CAPITALIZED : 0) | (quoted ? QUOTED : 0)
          | Math.min(end - start, LONG) << LENGTH_SHIFT);
      lowers[size] = lower;
      hashes[size] = (char) (hash & HASH_BITS);
      size++;
    }

    /** Starts a new chunk, moving into it the tokens of the sentence being read. */
    private void startChunk() {
      int moving = size - sentenceStart;
      int[] oldStarts = starts;
      char[] oldTraits = traits;
      String[] oldLowers = lowers;
      char[] oldHashes = hashes;
      allocate(Math.max(nextCapacity, 2 * moving));
      System.arraycopy(oldStarts, sentenceStart, starts, 0, moving);
      System.arraycopy(oldTraits, sentenceStart, traits, 0, moving);
      System.arraycopy(oldLowers, sentenceStart, lowers, 0, moving);
      System.arraycopy(oldHashes, sentenceStart, hashes, 0, moving);
      size = moving;
      sentenceStart = 0;
    }

    /**
     * Copies {@code text[from, to)} into the buffer's room for a sentence's characters, grown as
     * needed, and returns it: a tight loop reads an array more cheaply than a string.
     */
    char[] characters(String text, int from, int to) {
      if (chars.length < to - from) {
        chars = new char[Math.max(to - from, 2 * chars.length)];
      }
      text.getChars(from, to, chars, 0);
      return chars;
    }

    /** Tells whether the lower case of an ASCII part of the folded text is a word, without cutting it. */
    boolean equalsAsciiLowerCase(int from, int to, String word) {
      if (to - from != word.length()) {
        return false;
      }
      for (int k = from; k < to; k++) {
        char c = folded.charAt(k);
        if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k - from)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The lower case of an ASCII part of the folded text, written through the buffer's characters
     * when it has capitals.
     */
    String asciiLowerCase(int from, int to) {
      boolean upper = false;
      for (int k = from; k < to && !upper; k++) {
        char c = folded.charAt(k);
        upper = c >= 'A' && c <= 'Z';
      }
      if (!upper) {
        return folded.substring(from, to);
      }
      int n = to - from;
      if (chars.length < n) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      for (int k = 0; k < n; k++) {
        char c = folded.charAt(from + k);
        chars[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
      return new String(chars, 0, n);
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
    int characters = 0;
    int longest = 0;
    for (int s = 0; s < spans.size(); s++) {
      characters += spans.get(s).length();
      longest = Math.max(longest, spans.get(s).length());
    }
    // About one token in six characters of running text: the first chunk holds most of an
    // article's tokens and small chunks the rest (a first chunk large enough for all wastes more).
    TokenBuffer tokens = new TokenBuffer(context.folded(), characters / 6 + 8, characters / 48 + 16, longest);
    int blockIndex = 0;
    for (int s = 0; s < sentences.length; s++) {
      Span sentence = spans.get(s);
      while (blockIndex < blocks.size() && blocks.get(blockIndex).end() < sentence.end()) {
        blockIndex++;
      }
      boolean headline = false;
      for (int h = 0; h < headlines.size(); h++) {
        headline |= headlines.get(h).contains(sentence);
      }
      tokenize(sentence, tokens);
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
    TokenBuffer tokens = new TokenBuffer(folded, Math.min(span.length() / 4 + 4, 64), 64, span.length());
    tokenize(span, tokens);
    return new EventSentence(index, span, block, headline, tokens);
  }

  private static void tokenize(Span span, TokenBuffer out) {
    String folded = out.folded;
    int end = Math.min(span.end(), folded.length());
    int i = Math.min(span.start(), end);
    // The sentence's characters are read from a copy, from the one before it (a possessive's
    // apostrophe looks back at it): cs[k - base] is the folded text's character k.
    int base = Math.max(0, i - 1);
    char[] cs = out.characters(folded, base, end);
    boolean quoted = false;
    while (i < end) {
      char c = cs[i - base];
      byte type = c < ASCII_CLASSES.length ? ASCII_CLASSES[c]
          : Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : Character.isLetterOrDigit(c) ? WORD_CHAR : OTHER;
      if (type == SPACE) {
        i++;
      } else if (type == WORD_CHAR) {
        i = word(folded, cs, base, i, end, quoted, out);
      } else if (c == '\'' && isPossessive(cs, base, i, end)) {
        int j = i + 1 < end && (cs[i + 1 - base] == 's' || cs[i + 1 - base] == 'S') ? i + 2 : i + 1;
        String lower = j == i + 2 ? POSSESSIVE_S : ASCII_MARKS['\''];
        out.mayHoldDate |= j == i + 2 && S_STARTS_DATE;
        out.add(i, j, lower, j == i + 2 ? POSSESSIVE_S_HASH : '\'', Token.Kind.POSSESSIVE, false, quoted);
        i = j;
      } else {
        String mark = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
        out.mayHoldDate |= c >= ASCII_MARKS.length;
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
   * as its characters are read. A common word takes its canonical string; any other ASCII word gets
   * its string when it is first read ({@link #lower}), since most are never read; a word with other
   * characters is lower-cased by {@link String#toLowerCase(Locale)}. The characters are read from
   * {@code cs}, where the folded text {@code s}'s character k is {@code cs[k - base]}.
   *
   * @return the end of the word
   */
  private static int word(String s, char[] cs, int base, int from, int end, boolean quoted, TokenBuffer out) {
    int j = from;
    int hash = 0;
    // The lower case packed seven bits a character (see CommonWords): exact for short ASCII words only.
    long packed = 0;
    boolean ascii = true;
    // A digit, or a hyphen or apostrophe joining letter runs, one of which may be a date word.
    boolean digitOrJoiner = false;
    while (j < end) {
      char c = cs[j - base];
      // An ASCII letter or digit continues the word, read once; any other ASCII character but a
      // hyphen or an apostrophe ends it; the others are tested whole.
      if (c >= 0x80 || ASCII_CLASSES[c] != WORD_CHAR) {
        if (c < 0x80 && c != '-' && c != '\'' || !continuesWord(cs, base, j, end)) {
          break;
        }
        ascii &= c < 0x80;
      }
      j++;
      int lowerChar = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      hash = 31 * hash + lowerChar;
      packed = packed << 7 | lowerChar;
      // Of the characters of a word, only digits, '-' and '\'' come before the letters.
      digitOrJoiner |= c <= '9';
    }
    String lower = null;
    int dateRoles = 0;
    if (!ascii) {
      lower = s.substring(from, j).toLowerCase(Locale.ROOT);
      hash = lower.hashCode();
      out.mayHoldDate = true;
    } else {
      int common = CommonWords.indexOf(s, from, j, hash, packed);
      if (common >= 0) {
        lower = CommonWords.word(common);
        dateRoles = CommonWords.dateRoles(common);
      }
      // Every word with a role in dates is a common word.
      out.mayHoldDate |= digitOrJoiner || (dateRoles & CommonWords.DATE_START) != 0
          || out.afterDatePhraseFirst && (dateRoles & CommonWords.DATE_PHRASE_SECOND) != 0;
    }
    char first = cs[from - base];
    // An ASCII character is told without the Unicode tables.
    boolean digit = first < 0x80 ? first >= '0' && first <= '9' : Character.isDigit(first);
    boolean upper = first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
    out.add(from, j, lower, hash, digit ? Token.Kind.NUMBER : Token.Kind.WORD, upper, quoted);
    out.afterDatePhraseFirst = (dateRoles & CommonWords.DATE_PHRASE_FIRST) != 0;
    return j;
  }

  /**
   * Tells whether the character at {@code j} belongs to the word being read: a letter, digit or
   * combining mark, or a hyphen or apostrophe joining two letters (not a possessive's).
   */
  private static boolean continuesWord(char[] cs, int base, int j, int end) {
    char c = cs[j - base];
    if (c < 0x80 ? ASCII_CLASSES[c] == WORD_CHAR
        : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
      return true;
    }
    return (c == '-' || c == '\'') && j + 1 < end && Character.isLetter(cs[j + 1 - base])
        && !(c == '\'' && isPossessive(cs, base, j, end));
  }

  /**
   * Reads again the end of a word or number token too long for its length to be kept (see {@link
   * #LONG}): the word that starts there ends where it ended when the sentence was tokenized.
   */
  private int wordEnd(int from) {
    String folded = source.folded;
    int end = Math.min(span.end(), folded.length());
    // So long a word is rare: its characters are copied anew.
    char[] cs = folded.substring(from, end).toCharArray();
    int j = from;
    while (j < end && continuesWord(cs, from, j, end)) {
      j++;
    }
    return j;
  }

  /** An apostrophe that ends a word as {@code 's}, or follows a plural {@code s} before a non-letter. */
  private static boolean isPossessive(char[] cs, int base, int at, int end) {
    if (at == 0 || !Character.isLetter(cs[at - 1 - base])) {
      return false;
    }
    char next = at + 1 < end ? cs[at + 1 - base] : ' ';
    if (next == 's' || next == 'S') {
      return at + 2 >= end || !Character.isLetter(cs[at + 2 - base]);
    }
    char before = cs[at - 1 - base];
    return (before == 's' || before == 'S') && !Character.isLetter(next);
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
   * Tells whether the sentence may hold a date expression: false only when it has no digit, no
   * character beyond ASCII and no word that may start a date ({@link DateScanner#startWords()}),
   * alone or joined to others by a hyphen or an apostrophe, so that a date search of its span finds
   * nothing.
   *
   * @return false when the sentence surely holds no date expression
   */
  boolean mayHoldDate() {
    return mayHoldDate;
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
    return new Token(start(i), end(i), lower(i), kind(i), capitalized(i), quoted(i));
  }

  /**
   * Returns the text offset where a token starts.
   *
   * @param i the token index, in range
   * @return the inclusive start offset
   */
  public int start(int i) {
    return starts[first + i];
  }

  /**
   * Returns the text offset where a token ends.
   *
   * @param i the token index, in range
   * @return the exclusive end offset
   */
  public int end(int i) {
    int start = starts[first + i];
    int length = traits[first + i] >>> LENGTH_SHIFT;
    return length < LONG ? start + length : wordEnd(start);
  }

  /**
   * Returns what a token is.
   *
   * @param i the token index, in range
   * @return its kind
   */
  public Token.Kind kind(int i) {
    return KINDS[traits[first + i] & KIND_BITS];
  }

  /**
   * Tells whether a token is of a kind.
   *
   * @param i the token index; outside the sentence, no token is of any kind
   * @param kind the kind
   * @return true when token {@code i} exists and is of that kind
   */
  public boolean is(int i, Token.Kind kind) {
    return i >= 0 && i < size && (traits[first + i] & KIND_BITS) == kind.ordinal();
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
    return (traits[first + i] & CAPITALIZED) != 0;
  }

  /**
   * Tells whether a token lies inside double quotation marks.
   *
   * @param i the token index, in range
   * @return true when quoted
   */
  public boolean quoted(int i) {
    return (traits[first + i] & QUOTED) != 0;
  }

  /**
   * Returns the lower-case form of a token, or the empty string outside the sentence.
   *
   * @param i the index
   * @return the folded lower-case token
   */
  public String lower(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    String lower = lowers[first + i];
    return lower != null ? lower : cutLower(i);
  }

  /** Cuts the lower-case text of an ASCII word that is no common word, on its first read, and keeps it. */
  private String cutLower(int i) {
    String lower = source.asciiLowerCase(start(i), end(i));
    lowers[first + i] = lower;
    return lower;
  }

  /**
   * Returns the low bits of the hash code of a token's lower-case text ({@code lower(i).hashCode()
   * & 0xFFFF}).
   *
   * @param i the token index, in range
   * @return the low 16 bits of the hash code
   */
  int lowerHash(int i) {
    return lowerHashes[first + i];
  }

  /**
   * Returns the index of the first token at or after {@code from} whose kept hash bits pass a
   * filter of words: bit {@code (keptHash * 0x9E3779B9) >>> filterShift} of {@code filter} (as
   * {@link PhraseLexicon} indexes its filter of first words) is set. A tight loop over the sentence's
   * hash bits, for readers that look up a lexicon at every token, most of which pass no filter.
   *
   * @param filter the filter's bits, {@code 1L << bit} of word {@code bit >>> 6}
   * @param filterShift how far the product is shifted to index the filter
   * @param from the first token index looked at
   * @param to the index after the last token looked at (at most {@link #size()})
   * @return the token index, or {@code min(to, size())} when no token of {@code [from, to)} passes
   */
  int nextPassing(long[] filter, int filterShift, int from, int to) {
    int end = first + Math.min(to, size);
    for (int t = first + Math.max(0, from); t < end; t++) {
      int bit = (lowerHashes[t] * 0x9E3779B9) >>> filterShift;
      if ((filter[bit >>> 6] & (1L << bit)) != 0) {
        return t - first;
      }
    }
    return end - first;
  }

  /**
   * Returns the bits of a word's hash code that a sentence keeps of a token whose lower-case text
   * is that word, as {@link #lowerHash} returns them.
   *
   * @param lower the lower-case word
   * @return the low 16 bits of its hash code
   */
  static int keptHash(String lower) {
    return lower.hashCode() & HASH_BITS;
  }

  /**
   * Tells whether token {@code i} is the word {@code word} (lower case).
   *
   * @param i the index
   * @param word the word, lower case
   * @return true on a match
   */
  public boolean isWord(int i, String word) {
    return isWord(i, word, word.hashCode() & HASH_BITS);
  }

  /**
   * Tells whether token {@code i} is a word whose kept hash bits ({@link #keptHash}) are known, without
   * reading the word's string unless the token's bits are those.
   */
  boolean isWord(int i, String word, int keptHash) {
    if (i < 0 || i >= size || lowerHashes[first + i] != keptHash) {
      return false;
    }
    String lower = lowers[first + i];
    return lower != null ? lower.equals(word) : source.equalsAsciiLowerCase(start(i), end(i), word);
  }

  /**
   * Tells whether the lower-case form of token {@code i} is one of a table's words, as {@code
   * words.get(lower(i)) != null} tells, without cutting the text of an uncommon word.
   *
   * @param i the index; outside the sentence, the token is the empty string
   * @param words the words, in lower case
   * @return true when the token is one of them
   */
  public boolean isWordIn(int i, WordTable<?> words) {
    return valueIn(i, words) != null;
  }

  /**
   * Returns the value a table gives the lower-case form of token {@code i}, as {@code
   * words.get(lower(i))} does, without cutting the text of an uncommon word.
   *
   * @param i the index; outside the sentence, the token is the empty string
   * @param words the words, in lower case
   * @param <V> the value type
   * @return the value, or null when the token is none of the words
   */
  <V> V valueIn(int i, WordTable<V> words) {
    if (i < 0 || i >= size) {
      return words.get("");
    }
    String lower = lowers[first + i];
    // A token without its string yet is an ASCII word, whose lower case is that of the root locale.
    return lower != null ? words.get(lower) : words.getIgnoreCase(source.folded, start(i), end(i));
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
    return is(i, Token.Kind.PUNCT) && lowers[first + i].charAt(0) == c;
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
      if (starts[first + mid] < offset) {
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
      return size == 0 ? span.end() : end(size - 1);
    }
    if (size == 0) {
      throw new IndexOutOfBoundsException("no tokens");
    }
    return starts[first + Math.max(0, i)];
  }

  /**
   * Returns the text offset where token {@code i} ends, or the sentence start before the first token.
   *
   * @param i the index
   * @return the offset
   */
  public int endOf(int i) {
    if (i < 0) {
      return size == 0 ? span.start() : starts[first];
    }
    if (size == 0) {
      throw new IndexOutOfBoundsException("no tokens");
    }
    return end(Math.min(i, size - 1));
  }
}
