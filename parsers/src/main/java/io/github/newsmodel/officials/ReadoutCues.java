package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readout cues lexicon ({@code readout-cues.tsv}): sign-offs, bylines and phrases that show
 * which government issued a text ("Office of the Spokesperson", "The White House", "MINISTRY OF
 * LAW"), with the titles of that government's own officials. Loaded once per JVM; immutable and
 * thread-safe.
 */
final class ReadoutCues {
  /**
   * One cue.
   *
   * @param phrase the phrase, folded
   * @param wholeLine whether the phrase must be a whole line (compared ignoring case)
   * @param country the issuing government's ISO code
   * @param titles the starts of its own officials' titles, in lower case; empty for every title
   */
  record Cue(String phrase, boolean wholeLine, String country, List<String> titles) {}

  /**
   * The issuing government found in a text.
   *
   * @param cue the cue that showed it
   * @param span where the cue is written
   */
  record Issuer(Cue cue, Span span) {

    /**
     * Tells whether a title is one of the issuing government's own.
     *
     * @param title a title without nationality words
     * @return true when it starts with one of the cue's titles, or the cue covers every title
     */
    boolean ownsTitle(String title) {
      if (cue.titles().isEmpty()) {
        return true;
      }
      String folded = MatchText.fold(title).toLowerCase(Locale.ROOT);
      for (String own : cue.titles()) {
        if (folded.startsWith(own) && (folded.length() == own.length() || folded.charAt(own.length()) == ' ')) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Cue> CUES = load();
  private static final List<Cue> LINE_CUES = CUES.stream().filter(Cue::wholeLine).toList();
  private static final List<Cue> PHRASE_CUES = CUES.stream().filter(c -> !c.wholeLine()).toList();
  /** The phrase cues grouped by their first character, each group in the order listed. */
  private static final List<List<Cue>> PHRASE_GROUPS = groups(PHRASE_CUES);
  /** By group: the longest start its phrases share (at least their first character), searched for. */
  private static final List<String> GROUP_PREFIXES = PHRASE_GROUPS.stream().map(ReadoutCues::sharedStart).toList();

  private ReadoutCues() {}

  /**
   * Returns every cue, in the order listed.
   *
   * @return the cues
   */
  static List<Cue> cues() {
    return CUES;
  }

  private static List<Cue> load() {
    List<Cue> cues = new ArrayList<>();
    for (String[] row : LexiconResource.rows("readout-cues.tsv", 4)) {
      boolean line = row[1].equals("line");
      if (!line && !row[1].equals("phrase")) {
        throw new IllegalStateException("readout-cues.tsv: unknown match " + row[1]);
      }
      List<String> titles = row[3].equals("*") ? List.of()
          : Arrays.stream(row[3].split("\\|")).map(t -> MatchText.fold(t).toLowerCase(Locale.ROOT)).toList();
      if (row[0].isEmpty()) {
        throw new IllegalStateException("readout-cues.tsv: empty cue");
      }
      cues.add(new Cue(MatchText.fold(row[0]), line, row[2], titles));
    }
    return List.copyOf(cues);
  }

  /** Cues grouped by the first character of their phrase, groups and cues in the order listed. */
  private static List<List<Cue>> groups(List<Cue> cues) {
    Map<Character, List<Cue>> byFirst = new LinkedHashMap<>();
    for (Cue cue : cues) {
      byFirst.computeIfAbsent(cue.phrase().charAt(0), c -> new ArrayList<>()).add(cue);
    }
    return byFirst.values().stream().map(List::copyOf).toList();
  }

  /** The longest start that all phrases of a group share. */
  private static String sharedStart(List<Cue> group) {
    String shared = group.get(0).phrase();
    for (Cue cue : group) {
      int k = 0;
      while (k < shared.length() && k < cue.phrase().length() && shared.charAt(k) == cue.phrase().charAt(k)) {
        k++;
      }
      shared = shared.substring(0, k);
    }
    return shared;
  }

  /**
   * Finds the issuing government of a text: the cue written first.
   *
   * @param text the document text
   * @param folded its folded copy
   * @return the issuer, or empty when no cue is written
   */
  static Optional<Issuer> find(String text, String folded) {
    Issuer best = lineCue(folded);
    int limit = best == null ? folded.length() : best.span().start();
    // The first position where a phrase cue is written on word boundaries, if before the line cue;
    // the first listed cue among those written there. Cues written at one place start with the
    // same character: each group is searched once, by the start its phrases share.
    for (int g = 0; g < PHRASE_GROUPS.size(); g++) {
      List<Cue> group = PHRASE_GROUPS.get(g);
      String prefix = GROUP_PREFIXES.get(g);
      for (int at = folded.indexOf(prefix); at >= 0 && at < limit; at = folded.indexOf(prefix, at + 1)) {
        Cue found = firstWrittenAt(folded, group, at);
        if (found != null) {
          best = new Issuer(found, Span.of(at, at + found.phrase().length()));
          limit = at;
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first cue of a group written at a position on word boundaries, or null. */
  private static Cue firstWrittenAt(String folded, List<Cue> group, int at) {
    for (int k = 0; k < group.size(); k++) {
      String phrase = group.get(k).phrase();
      if (folded.startsWith(phrase, at) && onWordBoundaries(folded, at, at + phrase.length())) {
        return group.get(k);
      }
    }
    return null;
  }

  /** Whether {@code folded[at, end)} has a letter or digit on neither side. */
  private static boolean onWordBoundaries(String folded, int at, int end) {
    return (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
        && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
  }

  /**
   * The first line that is a whole-line cue, compared ignoring case; the first listed cue wins.
   * Folding leaves line feeds as the only line ends, found with {@link String#indexOf(int, int)}.
   */
  private static Issuer lineCue(String folded) {
    int n = folded.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = folded.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      // The line trimmed, as TextSpans.trim gives it, read in place.
      int start = lineStart;
      int end = lineEnd;
      while (start < end && TextSpans.isSpace(folded.charAt(start))) {
        start++;
      }
      while (end > start && TextSpans.isSpace(folded.charAt(end - 1))) {
        end--;
      }
      int length = end - start;
      for (int k = 0; k < LINE_CUES.size() && length > 0; k++) {
        Cue cue = LINE_CUES.get(k);
        if (length == cue.phrase().length() && folded.regionMatches(true, start, cue.phrase(), 0, length)) {
          return new Issuer(cue, Span.of(start, end));
        }
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }
}
