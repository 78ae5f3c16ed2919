package io.github.newsmodel.text;

/**
 * Finds, in the folded copy of a text, the characters the {@link SentenceSplitter} decides on: the
 * line feeds (every line terminator folds to one) and the sentence marks {@code .}, {@code !} and
 * {@code ?}. Going forward, each of the four characters is found by {@link String#indexOf(int,
 * int)}, a search the virtual machine runs many characters at a time, and the next position of
 * each is remembered, so that splitting the blocks of a text in text order searches each part of
 * the text once per character. A search before the positions remembered reads the characters one
 * by one, no further than the end of the span being split, and remembers a range found without
 * the character: in any order of spans, the characters read are at most four times the lengths of
 * the spans split plus four times the text's length.
 *
 * <p>A stateful cursor over one text, not thread-safe: one per text being split (the analysis
 * context of a parse makes one).
 */
public final class FoldedMarks {
  /** The characters looked for, in the order of the arrays below. */
  private static final char[] MARKS = {'\n', '.', '!', '?'};
  /** The position found before any search: before every position asked about, so that one is searched. */
  private static final int NOT_SEARCHED = -1;
  private final MatchText text;
  private final String folded;
  /**
   * For each mark: {@code searchedFrom} is where the last forward search started and {@code at} the
   * mark's first position at or after there (the text's length when there is none).
   */
  private final int[] searchedFrom = new int[MARKS.length];
  private final int[] at = {NOT_SEARCHED, NOT_SEARCHED, NOT_SEARCHED, NOT_SEARCHED};
  /**
   * For each mark, what the last search back found: from {@code backFrom}, the mark's first position
   * is {@code backAt} when {@code backFound}, else there is none before {@code backAt} (an empty
   * range at first).
   */
  private final int[] backFrom = new int[MARKS.length];
  private final int[] backAt = new int[MARKS.length];
  private final boolean[] backFound = new boolean[MARKS.length];
  /** The characters read so far, by both kinds of search (for tests of the bound above). */
  private long charactersRead;

  /**
   * Creates a finder over a text.
   *
   * @param text the text with its folded copy
   */
  public FoldedMarks(MatchText text) {
    this.text = text;
    this.folded = text.folded();
  }

  /**
   * Returns the text searched.
   *
   * @return the text with its folded copy
   */
  public MatchText text() {
    return text;
  }

  /**
   * Returns the first position from {@code from} where the folded copy holds a line feed or a
   * sentence mark, as a character-by-character scan finds it.
   *
   * @param from the first position looked at
   * @param end the position after the last one looked at
   * @return the position, or {@code end} when there is none before it
   */
  int next(int from, int end) {
    int next = end;
    for (int m = 0; m < MARKS.length; m++) {
      next = Math.min(next, next(m, from, end));
    }
    return next;
  }

  /** The first position of mark {@code m} in {@code [from, end)}, or a position at or after {@code end}. */
  private int next(int m, int from, int end) {
    if (from >= searchedFrom[m] && from <= at[m]) {
      // Remembered: the mark's first position at or after 'from'.
      return at[m];
    }
    if (from > at[m]) {
      // Forward, beyond the position remembered: search on and remember.
      int found = folded.indexOf(MARKS[m], from);
      found = found < 0 ? folded.length() : found;
      charactersRead += found - from;
      searchedFrom[m] = from;
      at[m] = found;
      return found;
    }
    // Back, before the last forward search: read no further than the end of the span, starting
    // where the last search back stopped when it covers 'from'.
    int readFrom = from;
    if (from >= backFrom[m] && from <= backAt[m]) {
      if (backFound[m] || end <= backAt[m]) {
        return backFound[m] ? backAt[m] : end;
      }
      readFrom = backAt[m];
    }
    int limit = Math.min(searchedFrom[m], end);
    char mark = MARKS[m];
    for (int k = readFrom; k < limit; k++) {
      if (folded.charAt(k) == mark) {
        charactersRead += k - readFrom;
        remember(m, from, k, true);
        return k;
      }
    }
    charactersRead += Math.max(0, limit - readFrom);
    if (limit == searchedFrom[m]) {
      // Nothing between here and the last forward search: its answer holds from here on.
      searchedFrom[m] = from;
      return at[m];
    }
    remember(m, from, limit, false);
    return end;
  }

  private void remember(int m, int from, int position, boolean found) {
    backFrom[m] = from;
    backAt[m] = position;
    backFound[m] = found;
  }

  /** The characters read so far by the searches (for tests). */
  long charactersRead() {
    return charactersRead;
  }
}
