package io.github.newsmodel.text;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a span of text into sentences. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (with any closing quotes and brackets) followed by whitespace and an upper-case letter, digit or
 * opening quote, except:
 *
 * <ul>
 *   <li>after a known abbreviation ({@code abbreviations.txt}: "Dr.", "Maj. Gen.", "H.E.",
 *       "Dec. 8", "No."), a single capital initial ("Antony J. Blinken") or a dotted acronym
 *       ("U.S.A."); but abbreviations marked {@code may-end} ("U.S.", "p.m.", "Inc."), initials and
 *       acronyms do end a sentence when the next word is a usual sentence opener
 *       ({@code sentence-starters.txt}: "The", "He", ...);
 *   <li>after a list number or letter opening the sentence ("1. The Government", "a. Exchanging").
 * </ul>
 *
 * A line break ends a sentence, unless it only wraps one: the line before ends in a letter, digit
 * or comma and the next one starts in lower case.
 *
 * <p>Runs in one pass, linear in the length of the span (the word before a period is read at most
 * {@value #MAX_TOKEN} characters back); through a {@link FoldedMarks}, the search for the marks is
 * linear in the text over all the blocks split in text order. Thread-safe.
 */
public final class SentenceSplitter {
  private static final int MAX_TOKEN = 24;
  /** The characters below 64 that end a line or may end a sentence, as bits. */
  private static final long MARKS_AND_BREAKS = 1L << '\n' | 1L << '\r' | 1L << '.' | 1L << '!' | 1L << '?';
  /** The same in a folded copy of a text, where every line terminator is a line feed. */
  private static final long FOLDED_MARKS_AND_BREAKS = 1L << '\n' | 1L << '.' | 1L << '!' | 1L << '?';
  private static final int MAX_ENUMERATOR = 3;
  /** The abbreviations, those that may end a sentence, and the usual sentence openers, looked up by range. */
  private static final WordTable<Boolean> ABBREVIATIONS;
  private static final WordTable<Boolean> MAY_END;
  private static final WordTable<Boolean> STARTERS = WordTable.ofWords(LexiconResource.lines("sentence-starters.txt"));
  private static final SentenceSplitter INSTANCE = new SentenceSplitter();

  static {
    Set<String> abbreviations = new HashSet<>();
    Set<String> mayEnd = new HashSet<>();
    for (String[] row : LexiconResource.rows("abbreviations.txt", 1)) {
      abbreviations.add(row[0]);
      if (row.length > 1 && row[1].equals("may-end")) {
        mayEnd.add(row[0]);
      }
    }
    ABBREVIATIONS = WordTable.ofWords(abbreviations);
    MAY_END = WordTable.ofWords(mayEnd);
  }

  private SentenceSplitter() {}

  /**
   * Returns the shared splitter.
   *
   * @return the splitter
   */
  public static SentenceSplitter instance() {
    return INSTANCE;
  }

  /**
   * Splits {@code text[span]} into sentences, each trimmed of surrounding whitespace.
   *
   * @param text the whole text
   * @param span the part to split
   * @return the sentence spans, in order, none empty
   */
  public List<Span> split(String text, Span span) {
    return split(text, span.start(), span.end());
  }

  /**
   * Splits {@code text[from, to)} into sentences, each trimmed of surrounding whitespace.
   *
   * @param text the whole text
   * @param from inclusive start of the part to split
   * @param to exclusive end of the part to split
   * @return the sentence spans, in order, none empty
   */
  public List<Span> split(String text, int from, int to) {
    List<Span> sentences = new ArrayList<>();
    split(text, from, to, sentences);
    return sentences;
  }

  /**
   * Splits {@code text[from, to)} into sentences as {@link #split(String, int, int)} does, adding
   * them to a list of the caller's (which may be reused from one call to the next).
   *
   * @param text the whole text
   * @param from inclusive start of the part to split
   * @param to exclusive end of the part to split
   * @param sentences where the sentence spans are added, in order, none empty
   */
  public void split(String text, int from, int to, List<Span> sentences) {
    split(text, null, null, from, to, sentences);
  }

  /**
   * Splits {@code text[from, to)} into sentences as {@link #split(String, int, int, List)} does,
   * finding the line breaks and sentence marks to decide on in the folded copy, where each of them
   * is one of four ASCII characters and the copy is usually stored in one byte per character.
   *
   * @param text the whole text with its folded copy
   * @param from inclusive start of the part to split
   * @param to exclusive end of the part to split
   * @param sentences where the sentence spans are added, in order, none empty
   */
  public void split(MatchText text, int from, int to, List<Span> sentences) {
    split(text.original(), text.folded(), null, from, to, sentences);
  }

  /**
   * Splits {@code text[from, to)} into sentences as {@link #split(MatchText, int, int, List)} does,
   * finding the line breaks and sentence marks through a finder that remembers where the next of
   * each is: splitting the blocks of a text in text order with one finder searches the text once
   * (rather than once per block), each character by a search that reads many at a time.
   *
   * @param marks the finder over the text and its folded copy
   * @param from inclusive start of the part to split
   * @param to exclusive end of the part to split
   * @param sentences where the sentence spans are added, in order, none empty
   */
  public void split(FoldedMarks marks, int from, int to, List<Span> sentences) {
    split(marks.text().original(), null, marks, from, to, sentences);
  }

  /**
   * The split; the marks are found by {@code marks}, else in {@code folded}, the text's folded copy,
   * else in the text.
   */
  private void split(String text, String folded, FoldedMarks marks, int from, int to, List<Span> sentences) {
    int start = Math.min(from, text.length());
    int end = Math.min(to, text.length());
    int i = start;
    while (i < end) {
      if (marks != null || folded != null) {
        i = marks != null ? marks.next(i, end) : nextFoldedMarkOrBreak(folded, i, end);
        if (i == end) {
          break;
        }
      }
      char c = text.charAt(i);
      if (c < 64 ? (MARKS_AND_BREAKS & (1L << c)) == 0 : c != '\u0085' && c != '\u2028' && c != '\u2029') {
        i++; // neither a line break nor a sentence mark: nothing to decide
        continue;
      }
      if (isLineBreak(c)) {
        if (!wrapsSentence(text, start, i, end)) {
          add(sentences, text, start, i);
          start = i + 1;
        }
      } else if ((c == '.' || c == '!' || c == '?') && isBoundary(text, start, i, end)) {
        int close = i + 1;
        while (close < end && isCloser(text.charAt(close))) {
          close++;
        }
        add(sentences, text, start, close);
        start = close;
        i = close - 1;
      }
      i++;
    }
    add(sentences, text, start, end);
  }

  /**
   * The first position from {@code i} where the folded copy holds a line feed or a sentence mark,
   * or {@code end}: every line terminator folds to a line feed, and nothing else folds to one of
   * these four characters.
   */
  private static int nextFoldedMarkOrBreak(String folded, int i, int end) {
    while (i < end) {
      char c = folded.charAt(i);
      if (c < 64 && (FOLDED_MARKS_AND_BREAKS & (1L << c)) != 0) {
        return i;
      }
      i++;
    }
    return end;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** A line break inside a sentence: letter, digit or comma before, lower-case letter after. */
  private static boolean wrapsSentence(String text, int sentenceStart, int lineBreak, int end) {
    int before = lineBreak - 1;
    while (before >= sentenceStart && TextSpans.isSpace(text.charAt(before))) {
      before--;
    }
    int after = lineBreak + 1;
    if (after < end && text.charAt(lineBreak) == '\r' && text.charAt(after) == '\n') {
      after++;
    }
    while (after < end && text.charAt(after) == ' ' || after < end && text.charAt(after) == '\t') {
      after++;
    }
    if (before < sentenceStart || after >= end) {
      return false;
    }
    char last = text.charAt(before);
    return (Character.isLetterOrDigit(last) || last == ',') && Character.isLowerCase(text.charAt(after));
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    Span trimmed = TextSpans.trim(text, start, end);
    if (trimmed.length() > 0) {
      sentences.add(trimmed);
    }
  }

  private static boolean isBoundary(String text, int sentenceStart, int mark, int end) {
    int next = mark + 1;
    while (next < end && isCloser(text.charAt(next))) {
      next++;
    }
    if (next >= end) {
      return true;
    }
    if (!TextSpans.isSpace(text.charAt(next))) {
      return false;
    }
    int word = next;
    while (word < end && TextSpans.isSpace(text.charAt(word))) {
      if (isLineBreak(text.charAt(word))) {
        return true;
      }
      word++;
    }
    if (word >= end) {
      return true;
    }
    char first = text.charAt(word);
    boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first)
        || Character.isTitleCase(first) || Character.isLetter(first) && !Character.isLowerCase(first);
    if (!startsSentence) {
      return false;
    }
    if (text.charAt(mark) != '.') {
      return true;
    }
    // The word before the mark is text[token, mark): looked up in place, never cut.
    int token = tokenStart(text, sentenceStart, mark);
    int length = mark - token;
    if (length == 0) {
      return true;
    }
    if (isEnumerator(text, sentenceStart, token, mark)) {
      return false;
    }
    boolean initial = length == 1 && Character.isUpperCase(text.charAt(token));
    boolean acronym = length >= 3 && text.charAt(token + 1) == '.' && Character.isLetter(text.charAt(token));
    boolean mayEnd = MAY_END.contains(text, token, mark);
    if (ABBREVIATIONS.contains(text, token, mark) && !mayEnd) {
      return false;
    }
    if (initial || acronym || mayEnd) {
      return STARTERS.contains(text, word, wordEnd(text, word, end));
    }
    return true;
  }

  /** A list number or letter ({@code text[token, mark)}) that is all the sentence holds so far ("1.", "a.", "iv."). */
  private static boolean isEnumerator(String text, int sentenceStart, int token, int mark) {
    if (mark - token > MAX_ENUMERATOR || text.lastIndexOf('.', mark - 1) >= token) {
      return false;
    }
    // The sentence so far, trimmed, is the token itself when it starts there: the token has no spaces.
    int s = sentenceStart;
    while (s < mark && TextSpans.isSpace(text.charAt(s))) {
      s++;
    }
    return s == token;
  }

  /** Returns where the word that ends at {@code mark} starts, inner periods included ("U.S" for "U.S."). */
  private static int tokenStart(String text, int sentenceStart, int mark) {
    int s = mark;
    while (s > sentenceStart && mark - s <= MAX_TOKEN) {
      char p = text.charAt(s - 1);
      if (Character.isLetterOrDigit(p) || p == '.') {
        s--;
      } else {
        break;
      }
    }
    return s;
  }

  /** Returns the end of the letters starting at {@code from}, at most {@value #MAX_TOKEN} of them. */
  private static int wordEnd(String text, int from, int end) {
    int e = from;
    while (e < end && e - from < MAX_TOKEN && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
  }
}
