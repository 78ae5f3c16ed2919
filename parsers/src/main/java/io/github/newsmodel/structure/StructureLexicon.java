package io.github.newsmodel.structure;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.text.TextSpans;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cue words of plain-text structure: byline cues ({@code byline-cues.tsv}), credit cues
 * ({@code credit-cues.tsv}), footer cues ({@code footer-cues.tsv}), date-line cues
 * ({@code date-line-cues.tsv}), release labels ({@code kicker-cues.txt}), role words
 * ({@code role-words.txt}), title-case minor words ({@code minor-words.txt}) and dateline regions
 * ({@code regions.tsv}). Loaded once per JVM; immutable and thread-safe.
 */
final class StructureLexicon {
  private static final StructureLexicon INSTANCE = new StructureLexicon();

  private final Cues bylineCues = Cues.load("byline-cues.tsv");
  private final Cues creditCues = Cues.load("credit-cues.tsv");
  private final Cues footerCues = Cues.load("footer-cues.tsv");
  private final Cues dateLineCues = Cues.load("date-line-cues.tsv");
  private final Set<String> roleWords = lowerSet("role-words.txt");
  /** {@link #roleWords} (in lower case), looked up with a range of a text. */
  private final WordTable<Boolean> roleWordTable = WordTable.ofWords(roleWords);
  private final Set<String> minorWords = Set.copyOf(LexiconResource.lines("minor-words.txt"));
  /** {@link #minorWords}, looked up with a range of a text. */
  private final WordTable<Boolean> minorWordTable = WordTable.ofWords(minorWords);
  private final Set<String> kickers = lowerSet("kicker-cues.txt");
  /** {@link #kickers} (in lower case), looked up with a range of a text. */
  private final WordTable<Boolean> kickerTable = WordTable.ofWords(kickers);
  private final int longestKicker = kickers.stream().mapToInt(String::length).max().orElse(0);
  private final Map<String, String> regions;
  private final Set<String> counterWords;
  /** {@link #counterWords} (in lower case), looked up with a range of a text. */
  private final WordTable<Boolean> counterWordTable;

  private StructureLexicon() {
    Set<String> counters = new HashSet<>();
    for (String[] row : LexiconResource.rows("footer-cues.tsv", 2)) {
      if (row[1].equals("counter")) {
        counters.add(row[0].toLowerCase(Locale.ROOT));
      }
    }
    counterWords = Set.copyOf(counters);
    counterWordTable = WordTable.ofWords(counterWords);
    Map<String, String> regionCodes = new HashMap<>();
    for (String[] row : LexiconResource.rows("regions.tsv", 2)) {
      regionCodes.putIfAbsent(row[0], row[1]);
      if (row.length > 2) {
        for (String alias : row[2].split("\\|")) {
          if (!alias.isEmpty()) {
            regionCodes.putIfAbsent(alias, row[1]);
          }
        }
      }
    }
    regions = Map.copyOf(regionCodes);
  }

  static StructureLexicon instance() {
    return INSTANCE;
  }

  private static Set<String> lowerSet(String file) {
    Set<String> words = new HashSet<>();
    for (String line : LexiconResource.lines(file)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  Cues bylineCues() {
    return bylineCues;
  }

  Cues creditCues() {
    return creditCues;
  }

  Cues footerCues() {
    return footerCues;
  }

  Cues dateLineCues() {
    return dateLineCues;
  }

  /**
   * Tells whether a range of a text names a role, in any case, as {@link #isRoleWord(String)}
   * tells it of a copy of the range.
   */
  boolean isRoleWord(String text, int from, int to) {
    return roleWordTable.getIgnoreCase(text, from, to) != null;
  }

  /** Tells whether a word names a role ("Spokesperson"), in any case. */
  boolean isRoleWord(String word) {
    return roleWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Tells whether a word is one title case leaves in lower case ("of"), as written. */
  boolean isMinorWord(String word) {
    return minorWords.contains(word);
  }

  /**
   * Tells whether a line of the text is a release label, as {@link #isKicker(String)}: a short ASCII
   * line is read in place (its lower case has the same positions); only a short line beyond ASCII,
   * or with irregular spaces, is cut.
   */
  boolean isKicker(TextLine line) {
    int visible = 0;
    for (int i = 0; i < line.length() && visible <= longestKicker + 1; i++) {
      visible += TextSpans.isSpace(line.foldedCharAt(i)) ? 0 : 1;
    }
    if (visible > longestKicker + 1) {
      return false;
    }
    String folded = line.foldedText();
    int s = line.start();
    int e = line.end();
    for (int i = s; i < e; i++) {
      if (folded.charAt(i) >= 0x80) {
        return isKicker(line.folded());
      }
    }
    while (s < e && Character.isWhitespace(folded.charAt(s))) {
      s++;
    }
    e = stripEnd(folded, s, e);
    if (e > s && folded.charAt(e - 1) == ':') {
      e = stripEnd(folded, s, e - 1);
    }
    for (int i = s; i < e; i++) {
      char c = folded.charAt(i);
      if (TextSpans.isSpace(c) && (c != ' ' || i == s || i == e - 1 || TextSpans.isSpace(folded.charAt(i - 1)))) {
        return isKicker(line.folded()); // spaces to normalise first
      }
    }
    return s < e ? kickerTable.getIgnoreCase(folded, s, e) != null : kickers.contains("");
  }

  /** The end of {@code [from, to)} once trailing white space ({@link String#strip()}) is dropped. */
  private static int stripEnd(String s, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Tells whether a whole line is a release label ("Media Note"), in any case, a final colon allowed. */
  boolean isKicker(String line) {
    // A line with more visible characters than the longest label (and its colon) is none: no copies.
    int visible = 0;
    for (int i = 0; i < line.length() && visible <= longestKicker + 1; i++) {
      visible += TextSpans.isSpace(line.charAt(i)) ? 0 : 1;
    }
    if (visible > longestKicker + 1) {
      return false;
    }
    String lower = line.strip().toLowerCase(Locale.ROOT);
    if (lower.endsWith(":")) {
      lower = lower.substring(0, lower.length() - 1).strip();
    }
    return kickers.contains(LineShape.normalizeSpaces(lower));
  }

  /** Returns the country of a region written after a dateline city ("Texas", "Calif."), if known. */
  Optional<String> regionCountry(String written) {
    return Optional.ofNullable(regions.get(written));
  }

  /**
   * Tells whether a range of a text is one title case leaves in lower case, as {@link
   * #isMinorWord(String)} tells it of a copy of the range.
   */
  boolean isMinorWord(String text, int from, int to) {
    return minorWordTable.contains(text, from, to);
  }

  /**
   * Tells whether a range of a text is a counter word, in any case, as {@link
   * #isCounterWord(String)} tells it of a copy of the range.
   */
  boolean isCounterWord(String text, int from, int to) {
    return counterWordTable.getIgnoreCase(text, from, to) != null;
  }

  /** Tells whether a word belongs to view or share counters ("views"), in any case. */
  boolean isCounterWord(String word) {
    return counterWords.contains(word.toLowerCase(Locale.ROOT));
  }
}
