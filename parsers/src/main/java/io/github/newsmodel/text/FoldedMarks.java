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
  private final MatchText text;
  private final String folded;
  /**
   * For each of the four characters: {@code *From} is where its last search started and {@code
   * *At} what it found, its first position at or after there (the text's length when there is none).
   */
  private int lineFeedFrom = Integer.MAX_VALUE;
  private int lineFeedAt;
  private int periodFrom = Integer.MAX_VALUE;
  private int periodAt;
  private int exclamationFrom = Integer.MAX_VALUE;
  private int exclamationAt;
  private int questionFrom = Integer.MAX_VALUE;
  private int questionAt;

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
    // A remembered position is the first at or after 'from' when the search that found it started
    // at or before 'from' and it lies at or after 'from'.
    if (from < lineFeedFrom || lineFeedAt < from) {
      lineFeedFrom = from;
      lineFeedAt = find('\n', from);
    }
    if (from < periodFrom || periodAt < from) {
      periodFrom = from;
      periodAt = find('.', from);
    }
    if (from < exclamationFrom || exclamationAt < from) {
      exclamationFrom = from;
      exclamationAt = find('!', from);
    }
    if (from < questionFrom || questionAt < from) {
      questionFrom = from;
      questionAt = find('?', from);
    }
    return Math.min(Math.min(Math.min(lineFeedAt, periodAt), Math.min(exclamationAt, questionAt)), end);
  }

  /** The first position of {@code c} at or after {@code from}, or the text's length. */
  private int find(char c, int from) {
    int at = folded.indexOf(c, from);
    return at < 0 ? folded.length() : at;
  }
}
