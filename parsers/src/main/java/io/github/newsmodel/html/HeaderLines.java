package io.github.newsmodel.html;

import java.util.Optional;

/**
 * Finds a byline or date written as a plain line next to the headline, without class names to
 * recognise it by: "By Jane Doe", "Office of the Spokesperson", "July 14, 2026". Looks at the few
 * text blocks just before the headline and those after it up to the first long paragraph.
 * Stateless.
 */
final class HeaderLines {
  private static final int BLOCKS_BEFORE = 3;
  private static final int BLOCKS_AFTER = 8;
  private static final int MAX_LINE = 120;
  private static final int PARAGRAPH = 200;

  private HeaderLines() {}

  /**
   * Finds a byline line near the headline.
   *
   * @param index the page index
   * @param headline the index of the headline element
   * @return the byline, or empty
   */
  static Optional<Found> byline(PageIndex index, int headline) {
    for (int j : nearby(index, headline)) {
      String text = Texts.visibleText(index.element(j), MAX_LINE + 1);
      if (text.isEmpty() || text.length() > MAX_LINE) {
        continue;
      }
      if (BylineCues.isOrgByline(text) && Texts.words(text) <= 8 && !text.endsWith(".")) {
        return Optional.of(new Found(text, "html.byline.line", 0.6, index.element(j), true));
      }
      Optional<String> author = BylineCleaner.fromLine(text);
      if (author.isPresent()) {
        return Optional.of(new Found(author.get(), "html.byline.line", 0.6, index.element(j), true));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a date line near the headline.
   *
   * @param index the page index
   * @param headline the index of the headline element
   * @param monthFirst whether ambiguous numeric dates are month-first
   * @return the date, or empty
   */
  static Optional<DateFinder.Dated> date(PageIndex index, int headline, boolean monthFirst) {
    for (int j : nearby(index, headline)) {
      String text = Texts.visibleText(index.element(j), MAX_LINE + 1);
      if (text.isEmpty() || text.length() > MAX_LINE) {
        continue;
      }
      Optional<DateText.Match> match = DateText.find(text, monthFirst);
      if (match.isPresent() && !DateCues.isModified(text.substring(0, match.get().start()))) {
        String quote = text.substring(match.get().start(), match.get().end());
        return Optional.of(new DateFinder.Dated(match.get().date(),
            new Found(quote, "html.published.line", 0.5, index.element(j), true), false));
      }
    }
    return Optional.empty();
  }

  /** The text blocks near the headline: a few before it (nearest first), then those after it. */
  private static int[] nearby(PageIndex index, int headline) {
    int[] found = new int[BLOCKS_BEFORE + BLOCKS_AFTER];
    int count = 0;
    int before = 0;
    for (int j = headline - 1; j >= 0 && before < BLOCKS_BEFORE; j--) {
      if (index.end(j) > headline) {
        continue;
      }
      if (index.ownText(j) > 0) {
        found[count++] = j;
        before++;
      }
    }
    int after = 0;
    for (int j = index.end(headline); j < index.size() && after < BLOCKS_AFTER; j++) {
      if (index.ownText(j) > 0) {
        if (index.ownText(j) >= PARAGRAPH) {
          break;
        }
        found[count++] = j;
        after++;
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }
}
