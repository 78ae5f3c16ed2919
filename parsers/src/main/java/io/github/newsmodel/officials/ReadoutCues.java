package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
        if (folded.equals(own) || folded.startsWith(own + " ")) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Cue> CUES = load();
  private static final List<Cue> LINE_CUES = CUES.stream().filter(Cue::wholeLine).toList();
  private static final List<Cue> PHRASE_CUES = CUES.stream().filter(c -> !c.wholeLine()).toList();
  /** For each ASCII character, the phrase cues (in order) that start with it. */
  private static final List<List<Cue>> PHRASES_BY_FIRST = phrasesByFirst();
  /** For each ASCII character, whether a phrase cue starts with it. */
  private static final boolean[] STARTS_PHRASE = startsPhrase();

  private ReadoutCues() {}

  private static boolean[] startsPhrase() {
    boolean[] starts = new boolean[PHRASES_BY_FIRST.size()];
    for (int c = 0; c < starts.length; c++) {
      starts[c] = !PHRASES_BY_FIRST.get(c).isEmpty();
    }
    return starts;
  }

  private static List<List<Cue>> phrasesByFirst() {
    List<List<Cue>> byFirst = new ArrayList<>(128);
    for (char c = 0; c < 128; c++) {
      byFirst.add(new ArrayList<>());
    }
    for (Cue cue : PHRASE_CUES) {
      if (cue.phrase().charAt(0) < 128) {
        byFirst.get(cue.phrase().charAt(0)).add(cue);
      }
    }
    for (int c = 0; c < byFirst.size(); c++) {
      byFirst.set(c, List.copyOf(byFirst.get(c)));
    }
    return List.copyOf(byFirst);
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
    // The first position where a phrase cue is written on word boundaries (the first listed cue
    // among those written there), if before the line cue: what a search per cue would give.
    boolean afterLetterOrDigit = false;
    for (int at = 0; at < limit; at++) {
      char c = folded.charAt(at);
      boolean inWord = afterLetterOrDigit;
      afterLetterOrDigit = Character.isLetterOrDigit(c);
      if (inWord || c < STARTS_PHRASE.length && !STARTS_PHRASE[c]) {
        continue;
      }
      List<Cue> candidates = c < PHRASES_BY_FIRST.size() ? PHRASES_BY_FIRST.get(c) : PHRASE_CUES;
      for (Cue cue : candidates) {
        String phrase = cue.phrase();
        int end = at + phrase.length();
        if (folded.startsWith(phrase, at)
            && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
          return Optional.of(new Issuer(cue, Span.of(at, end)));
        }
      }
    }
    return Optional.ofNullable(best);
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
      Span trimmed = TextSpans.trim(folded, lineStart, lineEnd);
      for (Cue cue : LINE_CUES) {
        if (trimmed.length() > 0 && trimmed.length() == cue.phrase().length()
            && folded.regionMatches(true, trimmed.start(), cue.phrase(), 0, trimmed.length())) {
          return new Issuer(cue, trimmed);
        }
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }
}
