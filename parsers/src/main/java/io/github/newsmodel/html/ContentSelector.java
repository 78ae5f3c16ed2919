package io.github.newsmodel.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article container in a {@link PageIndex}: every block scores by its own text (long,
 * punctuated, few links: positive; link lists and fragments: negative), each element sums its
 * blocks' scores in one backward pass, and the element with the best sum, weighted by semantic
 * hints ({@code article}, {@code main}, schema.org {@code articleBody}, class names), wins. Page
 * furniture (navigation, sidebars, footers by tag, role or class) is left out first; when that
 * leaves too little text the search is repeated without leaving it out. Sibling blocks of the
 * winner that score well are added, for articles split over several containers.
 * Stateless and thread-safe.
 */
final class ContentSelector {
  /** Below this much paragraph text the search is repeated without removing furniture. */
  static final int MIN_CONTENT = 250;

  /**
   * The selection: the container(s) in document order, the elements left out, and per element
   * the paragraph score of its subtree.
   *
   * @param roots the containers, in document order
   * @param excluded per element: left out as page furniture
   * @param good per element: the summed positive block scores of its subtree
   * @param score the paragraph score of the best container
   */
  record Selection(List<Integer> roots, boolean[] excluded, double[] good, double score) {}

  private ContentSelector() {}

  /**
   * Selects the article container.
   *
   * @param index the page index
   * @return the selection
   */
  static Selection select(PageIndex index) {
    Selection strict = select(index, true);
    if (strict.score() >= MIN_CONTENT || index.size() == 0) {
      return strict;
    }
    Selection relaxed = select(index, false);
    return relaxed.score() >= MIN_CONTENT && relaxed.score() > strict.score() * 1.5 ? relaxed : strict;
  }

  private static Selection select(PageIndex index, boolean removeFurniture) {
    int n = index.size();
    boolean[] excluded = new boolean[n];
    boolean[] inArticle = new boolean[n];
    for (int i = 0; i < n; i++) {
      int p = index.parent(i);
      inArticle[i] = (p >= 0 && inArticle[p]) || index.is(i, PageIndex.ARTICLE)
          || ClassHints.has(index.hints(i), ClassHints.Kind.BODY);
      excluded[i] = (p >= 0 && excluded[p])
          || (i > 0 && isNever(index, i))
          || (removeFurniture && i > 0 && isFurniture(index, i, p >= 0 && inArticle[p]));
    }
    double[] value = new double[n];
    double[] good = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      if (excluded[i]) {
        continue;
      }
      double own = blockScore(index, i);
      value[i] += own;
      good[i] += Math.max(0, own);
      int p = index.parent(i);
      if (p >= 0) {
        value[p] += value[i];
        good[p] += good[i];
      }
    }
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (excluded[i] || index.is(i, PageIndex.IN_LINK)) {
        continue;
      }
      double weight = weight(index, i);
      double score = (value[i] >= 0 ? value[i] * weight : value[i] / weight);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    List<Integer> roots = new ArrayList<>();
    int parent = index.parent(best);
    if (parent < 0 || n == 0) {
      roots.add(best);
    } else {
      double threshold = Math.max(60, value[best] * 0.25);
      for (int c = parent + 1; c < index.end(parent); c = index.end(c)) {
        if (c == best || (!excluded[c] && value[c] >= threshold && good[c] > 0
            && !ClassHints.has(index.hints(c), ClassHints.Kind.DROP))) {
          roots.add(c);
        }
      }
    }
    return new Selection(roots, excluded, good, n == 0 ? 0 : good[best]);
  }

  /**
   * Tells whether an element is page furniture: a navigation, aside or footer tag, a furniture
   * ARIA role, or (outside an article element) a furniture class name without a content word.
   */
  private static boolean isFurniture(PageIndex index, int i, boolean insideArticle) {
    if (index.is(i, PageIndex.ARTICLE) || index.is(i, PageIndex.MAIN)) {
      return false;
    }
    int hints = index.hints(i);
    if (ClassHints.has(hints, ClassHints.Kind.BODY)) {
      return false;
    }
    if (index.is(i, PageIndex.FURNITURE_TAG)) {
      return true;
    }
    return !insideArticle && ClassHints.has(hints, ClassHints.Kind.FURNITURE)
        && !ClassHints.has(hints, ClassHints.Kind.KEEP);
  }

  /** Tells whether an element is never part of an article: comments, cookie banners, share bars. */
  private static boolean isNever(PageIndex index, int i) {
    int hints = index.hints(i);
    return ClassHints.has(hints, ClassHints.Kind.NEVER) && !ClassHints.has(hints, ClassHints.Kind.BODY)
        && !index.is(i, PageIndex.ARTICLE) && !index.is(i, PageIndex.MAIN)
        && index.subtreeText(i) * 2 < index.subtreeText(0);
  }

  /**
   * Scores the text a block owns directly: long punctuated text with few links counts for the
   * block, link text and short fragments against it, headings count nothing.
   *
   * @param index the page index
   * @param i the element index
   * @return the score, positive for paragraph-like text
   */
  static double blockScore(PageIndex index, int i) {
    int text = index.ownText(i);
    if (text == 0 || index.is(i, PageIndex.HEADING)) {
      return 0;
    }
    double linkDensity = (double) index.ownLink(i) / text;
    if (linkDensity > 0.5) {
      return -text;
    }
    boolean sentence = index.ownPunctuation(i) > 0 || text >= 80;
    if (text < 25 || !sentence) {
      return -0.25 * text;
    }
    return (text - 20) * (1 - linkDensity);
  }

  /** A small bonus that lets a semantic article container win on pages with very little text. */
  private static double bonus(PageIndex index, int i) {
    if (ClassHints.has(index.hints(i), ClassHints.Kind.BODY) || index.is(i, PageIndex.ARTICLE)) {
      return 40;
    }
    return ClassHints.has(index.hints(i), ClassHints.Kind.POSITIVE) ? 15 : 0;
  }

  /** The weight of an element as container, from its tag and class hints. */
  private static double weight(PageIndex index, int i) {
    double weight = 1;
    int hints = index.hints(i);
    if (ClassHints.has(hints, ClassHints.Kind.BODY)) {
      weight += 0.25;
    }
    if (index.is(i, PageIndex.ARTICLE)) {
      weight += 0.15;
    }
    if (index.is(i, PageIndex.MAIN)) {
      weight += 0.05;
    }
    if (ClassHints.has(hints, ClassHints.Kind.POSITIVE)) {
      weight += 0.05;
    }
    if (ClassHints.has(hints, ClassHints.Kind.NEGATIVE)) {
      weight -= 0.25;
    }
    return weight;
  }
}
