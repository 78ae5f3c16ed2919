package io.github.newsmodel.temporal;

import java.util.Optional;

/**
 * Reads the tense hint of a date expression from its clause: the nearest tense cue word before it
 * ({@code tense-cues.tsv}: "will", "was", "met", ...), else the nearest one after it, where a
 * lower-case word ending in "ed" that is not a listed cue counts as past. The clause ends at
 * sentence punctuation, a semicolon or a line break; at most a few words are read each way, so the
 * cost per expression is bounded. The cue words were classified with the tokens ({@link
 * DateTokens#tenseCue(int)}). Stateless.
 */
final class TenseDetector {
  private static final int WORDS_BEFORE = 12;
  private static final int WORDS_AFTER = 8;
  /** Tokens looked at on each side at most, words or not, so that runs of numbers or punctuation stay cheap. */
  private static final int MAX_STEPS = 40;

  /**
   * Returns the tense hint of the expression spanning tokens {@code [first, last]}.
   *
   * @param tokens the tokens
   * @param first the first token of the expression
   * @param last the last token of the expression
   * @return the tense, or {@link Tense#UNKNOWN}
   */
  Tense around(DateTokens tokens, int first, int last) {
    int seen = 0;
    int steps = 0;
    for (int i = first - 1; i >= 0 && seen < WORDS_BEFORE && steps++ < MAX_STEPS; i--) {
      if (endsClause(tokens, i) || tokens.lineBreakBefore(i + 1)) {
        break;
      }
      if (tokens.isWord(i)) {
        seen++;
        Optional<Tense> tense = cue(tokens, i);
        if (tense.isPresent()) {
          return tense.get();
        }
      }
    }
    seen = 0;
    steps = 0;
    for (int i = last + 1; i < tokens.size() && seen < WORDS_AFTER && steps++ < MAX_STEPS; i++) {
      if (endsClause(tokens, i) || tokens.lineBreakBefore(i)) {
        break;
      }
      if (tokens.isWord(i)) {
        seen++;
        Optional<Tense> tense = cue(tokens, i);
        if (tense.isPresent()) {
          return tense.get();
        }
      }
    }
    return Tense.UNKNOWN;
  }

  private Optional<Tense> cue(DateTokens tokens, int i) {
    Tense listed = tokens.tenseCue(i);
    if (listed != null) {
      return Optional.of(listed);
    }
    // A word in lower case is its own lower-case form: "...ed" of five letters or more.
    int length = tokens.length(i);
    if (length >= 5 && length <= DateTokens.MAX_WORD && tokens.endsWith(i, "ed") && tokens.isLowerCase(i)) {
      return Optional.of(Tense.PAST);
    }
    return Optional.empty();
  }

  private static boolean endsClause(DateTokens tokens, int i) {
    return tokens.isPunct(i, '.') && !tokens.isWord(i - 1) || tokens.isPunct(i, '!') || tokens.isPunct(i, '?')
        || tokens.isPunct(i, ';') || tokens.isPunct(i, '.') && tokens.isWord(i - 1) && !tokens.isCapitalised(i - 1);
  }
}
