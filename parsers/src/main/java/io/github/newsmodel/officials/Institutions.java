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
  /** For each ASCII character, the institutions (in order) whose folded name starts with it. */
  private static final List<List<Entry>> BY_FIRST = byFirst();

  private Institutions() {}

  private static List<List<Entry>> byFirst() {
    List<List<Entry>> byFirst = new ArrayList<>(128);
    for (char c = 0; c < 128; c++) {
      byFirst.add(new ArrayList<>());
    }
    for (Entry entry : ENTRIES) {
      if (entry.name().charAt(0) < 128) {
        byFirst.get(entry.name().charAt(0)).add(entry);
      }
    }
    for (int c = 0; c < byFirst.size(); c++) {
      byFirst.set(c, List.copyOf(byFirst.get(c)));
    }
    return List.copyOf(byFirst);
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : LexiconResource.rows("institutions.tsv", 2)) {
      if (row[0].isEmpty()) {
        throw new IllegalStateException("institutions.tsv: empty name");
      }
      entries.add(new Entry(MatchText.fold(row[0]), row[1]));
    }
    return List.copyOf(entries);
  }

  /**
   * Finds the institution written first inside a span of the text, on word boundaries (the first
   * listed among those written at the same place), comparing the folded text.
   *
   * @param text the document text
   * @param span the span to search
   * @return the institution, or empty
   */
  static Optional<Found> find(String text, Span span) {
    int from = span.start();
    int to = span.end();
    for (int at = from; at < to; at++) {
      char c = MatchText.fold(text.charAt(at));
      List<Entry> candidates = c < BY_FIRST.size() ? BY_FIRST.get(c) : ENTRIES;
      if (candidates.isEmpty() || at > from && Character.isLetterOrDigit(MatchText.fold(text.charAt(at - 1)))) {
        continue;
      }
      for (int k = 0; k < candidates.size(); k++) {
        Entry entry = candidates.get(k);
        int end = at + entry.name().length();
        if (end <= to && foldedMatch(text, at, entry.name())
            && (end == to || !Character.isLetterOrDigit(MatchText.fold(text.charAt(end))))) {
          return Optional.of(new Found(entry.country(), Span.of(at, end)));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean foldedMatch(String text, int at, String name) {
    for (int k = 0; k < name.length(); k++) {
      if (MatchText.fold(text.charAt(at + k)) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
