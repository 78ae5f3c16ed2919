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

  private ReadoutCues() {}

  private static List<Cue> load() {
    List<Cue> cues = new ArrayList<>();
    for (String[] row : LexiconResource.rows("readout-cues.tsv", 4)) {
      boolean line = row[1].equals("line");
      if (!line && !row[1].equals("phrase")) {
        throw new IllegalStateException("readout-cues.tsv: unknown match " + row[1]);
      }
      List<String> titles = row[3].equals("*") ? List.of()
          : Arrays.stream(row[3].split("\\|")).map(t -> MatchText.fold(t).toLowerCase(Locale.ROOT)).toList();
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
    Issuer best = null;
    for (Span line : TextSpans.lines(folded)) {
      Span trimmed = TextSpans.trim(folded, line.start(), line.end());
      if (trimmed.length() == 0 || best != null && trimmed.start() > best.span().start()) {
        continue;
      }
      String content = folded.substring(trimmed.start(), trimmed.end());
      for (Cue cue : CUES) {
        if (cue.wholeLine() && content.equalsIgnoreCase(cue.phrase())) {
          best = new Issuer(cue, trimmed);
          break;
        }
      }
    }
    for (Cue cue : CUES) {
      if (cue.wholeLine()) {
        continue;
      }
      int at = indexOfWord(folded, cue.phrase());
      if (at >= 0 && (best == null || at < best.span().start())) {
        best = new Issuer(cue, Span.of(at, at + cue.phrase().length()));
      }
    }
    return Optional.ofNullable(best);
  }

  private static int indexOfWord(String text, String phrase) {
    int from = 0;
    while (true) {
      int at = text.indexOf(phrase, from);
      if (at < 0) {
        return -1;
      }
      int end = at + phrase.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }
}
