package io.github.newsmodel.structure;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of cue phrases read from a two-column lexicon (phrase, kind), matched case-insensitively
 * at a position of a folded line. A cue's words match whole words, any run of spaces between them;
 * a cue written with a final {@code :} needs that colon (after optional spaces). After the cue, an
 * optional {@code :}, {@code -} or {@code |} and spaces are skipped. Longer cues are tried first.
 * A phrase written with a leading backslash ({@code \###}) starts with the character after it.
 * Immutable and thread-safe.
 */
final class Cues {
  /** Runs of spaces between the words of a cue, compiled once. */
  private static final Pattern SPACES = Pattern.compile(" +");

  /**
   * A cue phrase.
   *
   * @param words its lower-case words
   * @param colon whether a colon must follow
   * @param kind the kind column of the lexicon
   */
  record Cue(List<String> words, boolean colon, String kind) {}

  /**
   * A cue found in a line.
   *
   * @param cue the cue
   * @param start where the cue starts in the line
   * @param valueStart where the text after the cue and its separator starts in the line
   */
  record Match(Cue cue, int start, int valueStart) {}

  private final List<Cue> cues;
  /**
   * For each ASCII character, the cues (in order) whose first character can match it ignoring
   * case: those starting with that letter in either case, and those starting beyond ASCII, where
   * case folding has exceptions ("\u017F" matches "s"). A line starting beyond ASCII tries all.
   */
  private final List<List<Cue>> byAsciiFirst;

  private Cues(List<Cue> cues) {
    this.cues = cues;
    List<List<Cue>> byFirst = new ArrayList<>(128);
    for (char c = 0; c < 128; c++) {
      byFirst.add(new ArrayList<>());
    }
    for (Cue cue : cues) {
      char first = cue.words().get(0).isEmpty() ? 0 : cue.words().get(0).charAt(0);
      if (first >= 128 || first == 0) {
        for (List<Cue> candidates : byFirst) {
          candidates.add(cue);
        }
      } else if (first >= 'a' && first <= 'z') {
        byFirst.get(first).add(cue);
        byFirst.get(first - ('a' - 'A')).add(cue);
      } else {
        byFirst.get(first).add(cue);
        if (first >= 'A' && first <= 'Z') {
          byFirst.get(first + ('a' - 'A')).add(cue);
        }
      }
    }
    for (int c = 0; c < byFirst.size(); c++) {
      byFirst.set(c, List.copyOf(byFirst.get(c)));
    }
    this.byAsciiFirst = List.copyOf(byFirst);
  }

  /**
   * Loads a cue lexicon.
   *
   * @param file the lexicon file name
   * @return the cues
   */
  static Cues load(String file) {
    List<Cue> cues = new ArrayList<>();
    for (String[] row : LexiconResource.rows(file, 2)) {
      String phrase = unescape(row[0]).toLowerCase(Locale.ROOT);
      boolean colon = phrase.endsWith(":");
      if (colon) {
        phrase = phrase.substring(0, phrase.length() - 1).strip();
      }
      cues.add(new Cue(List.of(SPACES.split(phrase)), colon, row[1]));
    }
    cues.sort(Comparator.comparingInt((Cue c) -> -String.join(" ", c.words()).length()));
    return new Cues(List.copyOf(cues));
  }

  /** Drops the backslash that lets a cue start with {@code #}, which would otherwise open a comment. */
  private static String unescape(String phrase) {
    return phrase.startsWith("\\") ? phrase.substring(1) : phrase;
  }

  /**
   * Matches a cue at a position of a line.
   *
   * @param line the folded line
   * @param at where the cue must start
   * @return the longest cue found there, or empty
   */
  Optional<Match> at(String line, int at) {
    return at(line, 0, line.length(), at);
  }

  /**
   * Matches a cue at a position of a line given as a part of a longer text, as {@link #at(String,
   * int)} matches it in a copy of that part.
   *
   * @param text the folded text holding the line
   * @param from where the line starts in {@code text}
   * @param to where the line ends in {@code text}
   * @param at where the cue must start, relative to {@code from}
   * @return the longest cue found there, with positions relative to {@code from}, or empty
   */
  Optional<Match> at(String text, int from, int to, int at) {
    int start = from + at;
    List<Cue> candidates = cues;
    if (start < to && text.charAt(start) < 128) {
      candidates = byAsciiFirst.get(text.charAt(start));
    }
    for (int c = 0; c < candidates.size(); c++) {
      Cue cue = candidates.get(c);
      int end = matchWords(text, start, to, cue.words());
      if (end < 0) {
        continue;
      }
      int i = skipSpaces(text, end, to);
      if (cue.colon()) {
        if (i >= to || text.charAt(i) != ':') {
          continue;
        }
        i = skipSpaces(text, i + 1, to);
      } else if (i < to && (text.charAt(i) == ':' || text.charAt(i) == '|'
          || text.charAt(i) == '-' && i > end)) {
        i = skipSpaces(text, i + 1, to);
      }
      return Optional.of(new Match(cue, at, i - from));
    }
    return Optional.empty();
  }

  private static int matchWords(String text, int at, int to, List<String> words) {
    int i = at;
    for (int w = 0; w < words.size(); w++) {
      if (w > 0) {
        int j = skipSpaces(text, i, to);
        if (j == i) {
          return -1;
        }
        i = j;
      }
      String word = words.get(w);
      if (i + word.length() > to || !text.regionMatches(true, i, word, 0, word.length())) {
        return -1;
      }
      i += word.length();
    }
    String last = words.get(words.size() - 1);
    boolean wordLike = Character.isLetterOrDigit(last.charAt(last.length() - 1));
    if (wordLike && i < to && Character.isLetterOrDigit(text.charAt(i))) {
      return -1;
    }
    return i;
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to && TextSpans.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
