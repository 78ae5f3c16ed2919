package io.github.newsmodel.text;

/**
 * Finds, in the folded copy of a text, the characters the {@link SentenceSplitter} decides on: the
 * line feeds (every line terminator folds to one) and the sentence marks {@code .}, {@code !} and
 * {@code ?}. Each of the four characters is found by {@link String#indexOf(int, int)}, a search the
 * virtual machine runs many characters at a time, and the next position of each is remembered, so
 * that splitting the blocks of a text in text order searches each part of the text once per
 * character. Not thread-safe: one per text being split.
 */
public final class FoldedMarks {
  /** The position found before any search: before every position asked about, so that one is searched. */
  private static final int NOT_SEARCHED = -1;
  private final MatchText text;
  private final String folded;
  /**
   * For each of the four characters: {@code *From} is where it was last searched from and {@code
   * *At} its first position at or after there (the text's length when there is none).
   */
  private int lineFeedFrom;
  private int lineFeedAt = NOT_SEARCHED;
  private int periodFrom;
  private int periodAt = NOT_SEARCHED;
  private int exclamationFrom;
  private int exclamationAt = NOT_SEARCHED;
  private int questionFrom;
  private int questionAt = NOT_SEARCHED;

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
    // A position remembered is the first at or after 'from' when it was found from a position at or
    // before 'from' and lies at or after 'from'; else it is searched for again.
    if (from < lineFeedFrom || lineFeedAt < from) {
      lineFeedAt = search('\n', from, lineFeedFrom, lineFeedAt);
      lineFeedFrom = from;
    }
    if (from < periodFrom || periodAt < from) {
      periodAt = search('.', from, periodFrom, periodAt);
      periodFrom = from;
    }
    if (from < exclamationFrom || exclamationAt < from) {
      exclamationAt = search('!', from, exclamationFrom, exclamationAt);
      exclamationFrom = from;
    }
    if (from < questionFrom || questionAt < from) {
      questionAt = search('?', from, questionFrom, questionAt);
      questionFrom = from;
    }
    return Math.min(Math.min(Math.min(lineFeedAt, periodAt), Math.min(exclamationAt, questionAt)), end);
  }

  /**
   * The first position of {@code c} at or after {@code from}, given {@code at}, the first at or
   * after {@code searchedFrom}, when that is not it. Searching on from a position beyond the last
   * one found costs the distance to the next one; searching back before the last search costs the
   * distance to where that one started: splitting blocks in text order, or in reverse, reads each
   * character once.
   */
  private int search(char c, int from, int searchedFrom, int at) {
    if (from > at) {
      return find(c, from);
    }
    for (int k = from; k < searchedFrom; k++) {
      if (folded.charAt(k) == c) {
        return k;
      }
    }
    return at;
  }

  /** The first position of {@code c} at or after {@code from}, or the text's length. */
  private int find(char c, int from) {
    int at = folded.indexOf(c, from);
    return at < 0 ? folded.length() : at;
  }
}
