package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Institutions that name their state ({@code institutions.tsv}): "White House" → US, "Kremlin" →
 * RU. Loaded once per JVM; immutable and thread-safe.
 */
final class Institutions {
  /**
   * An institution found in a text.
   *
   * @param country its state's ISO code
   * @param span where it is written
   */
  record Found(String country, Span span) {}

  private record Entry(String name, String country) {}

  private static final List<Entry> ENTRIES = load();

  private Institutions() {}

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : LexiconResource.rows("institutions.tsv", 2)) {
      entries.add(new Entry(MatchText.fold(row[0]), row[1]));
    }
    return List.copyOf(entries);
  }

  /**
   * Finds the first listed institution written inside a span of the text, on word boundaries.
   *
   * @param text the document text
   * @param span the span to search
   * @return the institution, or empty
   */
  static Optional<Found> find(String text, Span span) {
    Found best = null;
    String part = MatchText.fold(text.substring(span.start(), span.end()));
    for (Entry entry : ENTRIES) {
      int at = part.indexOf(entry.name());
      while (at >= 0) {
        int end = at + entry.name().length();
        boolean bounded = (at == 0 || !Character.isLetterOrDigit(part.charAt(at - 1)))
            && (end == part.length() || !Character.isLetterOrDigit(part.charAt(end)));
        if (bounded) {
          if (best == null || span.start() + at < best.span().start()) {
            best = new Found(entry.country(), Span.of(span.start() + at, span.start() + end));
          }
          break;
        }
        at = part.indexOf(entry.name(), at + 1);
      }
    }
    return Optional.ofNullable(best);
  }
}
