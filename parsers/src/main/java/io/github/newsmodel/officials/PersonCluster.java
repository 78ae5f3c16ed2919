package io.github.newsmodel.officials;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The mentions that refer to one person, gathered by {@link Coreference}. Mutable while an
 * article is analysed; never shared between threads.
 */
final class PersonCluster {
  private final List<String> key;
  private static final Comparator<NamedMention> BY_NAME_START =
      Comparator.comparingInt(m -> m.name().start());
  private static final Comparator<Description> BY_SPAN_START =
      Comparator.comparingInt(d -> d.span().start());
  private final List<NamedMention> named = new ArrayList<>();
  private final List<Description> descriptions = new ArrayList<>();
  /** The named mentions in text order, sorted on first use after a change. */
  private List<NamedMention> sortedNamed;
  /** The descriptions in text order, sorted on first use after a change. */
  private List<Description> sortedDescriptions;

  /**
   * Starts a cluster with its fullest name.
   *
   * @param first the mention with the fullest name
   */
  PersonCluster(NamedMention first) {
    this.key = first.key();
    named.add(first);
  }

  /**
   * Returns the key words of the fullest name the cluster was started with.
   *
   * @return the key words
   */
  List<String> key() {
    return key;
  }

  /**
   * Adds a named mention.
   *
   * @param mention the mention
   */
  void add(NamedMention mention) {
    named.add(mention);
    sortedNamed = null;
  }

  /**
   * Adds a description that refers to this person.
   *
   * @param description the description
   */
  void add(Description description) {
    descriptions.add(description);
    sortedDescriptions = null;
  }

  /**
   * Adds every mention of another cluster of the same person.
   *
   * @param other the other cluster
   */
  void absorb(PersonCluster other) {
    named.addAll(other.named);
    descriptions.addAll(other.descriptions);
    sortedNamed = null;
    sortedDescriptions = null;
  }

  /**
   * Returns the named mentions, in text order.
   *
   * @return the mentions
   */
  List<NamedMention> named() {
    if (sortedNamed == null) {
      List<NamedMention> sorted = new ArrayList<>(named);
      sorted.sort(BY_NAME_START);
      sortedNamed = Collections.unmodifiableList(sorted);
    }
    return sortedNamed;
  }

  /**
   * Returns the descriptions, in text order.
   *
   * @return the descriptions
   */
  List<Description> descriptions() {
    if (sortedDescriptions == null) {
      List<Description> sorted = new ArrayList<>(descriptions);
      sorted.sort(BY_SPAN_START);
      sortedDescriptions = Collections.unmodifiableList(sorted);
    }
    return sortedDescriptions;
  }

  /**
   * Returns the start of the latest named mention before a position.
   *
   * @param position a text position
   * @return the start, or -1 when no mention precedes it
   */
  int lastMentionBefore(int position) {
    int best = -1;
    for (int mIndex = 0; mIndex < named.size(); mIndex++) {
      NamedMention m = named.get(mIndex);
      if (m.name().start() < position && m.name().start() > best) {
        best = m.name().start();
      }
    }
    return best;
  }

  /**
   * Returns the start of the first named mention.
   *
   * @return the start
   */
  int firstMention() {
    int first = Integer.MAX_VALUE;
    for (int mIndex = 0; mIndex < named.size(); mIndex++) {
      NamedMention m = named.get(mIndex);
      first = Math.min(first, m.name().start());
    }
    return first;
  }

  /**
   * Returns the mention that supplies the name: the fullest name, then the most honorifics, then
   * the most titles, then the earliest.
   *
   * @return the mention
   */
  NamedMention nameMention() {
    NamedMention best = null;
    List<NamedMention> sorted = named();
    for (int k = 0; k < sorted.size(); k++) {
      NamedMention m = sorted.get(k);
      if (best == null || better(m, best)) {
        best = m;
      }
    }
    return best;
  }

  private static boolean better(NamedMention a, NamedMention b) {
    if (a.nameWords() != b.nameWords()) {
      return a.nameWords() > b.nameWords();
    }
    if (a.key().size() != b.key().size()) {
      return a.key().size() > b.key().size();
    }
    boolean aRepeated = a.rule().equals(Rules.NAME_REPEATED);
    if (aRepeated != b.rule().equals(Rules.NAME_REPEATED)) {
      return !aRepeated;
    }
    if (a.honorifics().size() != b.honorifics().size()) {
      return a.honorifics().size() > b.honorifics().size();
    }
    return a.titles().size() > b.titles().size();
  }
}
