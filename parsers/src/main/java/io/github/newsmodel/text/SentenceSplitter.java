package io.github.newsmodel.text;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a span of text into sentences. A sentence ends at {@code .}, {@code !} or {@code ?}
 * (with any closing quotes and brackets) followed by whitespace and an upper-case letter, digit or
 * opening quote, unless the word before the period is a known abbreviation
 * ({@code abbreviations.txt}: "U.S.", "Dr.", "Maj. Gen.", "H.E.", "Dec. 8", "p.m.", "No.") or a
 * single upper-case initial ("Antony J. Blinken"). A line break always ends a sentence.
 *
 * <p>Runs in one pass, linear in the length of the span. Thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = new HashSet<>(LexiconResource.lines("abbreviations.txt"));
  private static final SentenceSplitter INSTANCE = new SentenceSplitter();

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
    List<Span> sentences = new ArrayList<>();
    int start = span.start();
    int end = span.end();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        add(sentences, text, start, i);
        start = i + 1;
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
    return sentences;
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
      if (text.charAt(word) == '\n') {
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
    String token = tokenBefore(text, sentenceStart, mark);
    if (token.isEmpty()) {
      return true;
    }
    if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
      return false; // an initial: "Antony J. Blinken"
    }
    if (ABBREVIATIONS.contains(token)) {
      return false;
    }
    // Dotted acronyms not in the lexicon ("U.S.A.") and inner initials ("J.R.R.").
    return !(token.length() >= 3 && token.charAt(1) == '.' && Character.isLetter(token.charAt(0)));
  }

  /** Returns the word that ends at {@code mark}, including inner periods ("U.S" for "U.S."). */
  private static String tokenBefore(String text, int sentenceStart, int mark) {
    int s = mark;
    while (s > sentenceStart) {
      char p = text.charAt(s - 1);
      if (Character.isLetterOrDigit(p) || p == '.') {
        s--;
      } else {
        break;
      }
    }
    return text.substring(s, mark);
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
  }
}
