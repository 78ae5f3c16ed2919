package io.github.newsmodel.events;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Span;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how a clause presents an event from the cue words of {@code modality-cues.tsv}: attributed
 * to a source ("according to", "said"), hedged ("likely", "expected to", "may"), negated ("did not",
 * "no"), in the future ("will", "scheduled to"), or framed as speculation for the rest of its
 * paragraph ("observers anticipate"). Each kind of cue is looked for in its own scope around the
 * event's cue words, so that a hedge in an unrelated clause does not reach the event:
 *
 * <ul>
 *   <li>reported: the sentence, up to {@value #REPORT_REACH} words either side of the event cue;
 *   <li>hedged: from the start of the clause to the end of the event's window;
 *   <li>negated: a few words either side of the event cue;
 *   <li>future: a few words before the event cue, and a few after it for nouns ("the meeting will").
 * </ul>
 *
 * A cue counts only in lower case, except as the first word of the sentence ("According to").
 * Negated wins over hedged, hedged over reported. Stateless and thread-safe.
 */
public final class ModalityReader {
  private static final int NEGATION_BEFORE = 4;
  /** How many words after an event cue a negation reaches, by default. */
  public static final int NEGATION_AFTER = 6;
  private static final int FUTURE_BEFORE = 6;
  /** How far either side of the cue an attribution reaches, in tokens. */
  private static final int REPORT_REACH = 80;
  private static final ModalityReader INSTANCE = new ModalityReader();

  /** The kinds of modality cue. */
  enum Kind {
    /** Attributed to a source. */
    REPORT,
    /** Speculation or expectation. */
    HEDGE,
    /** Denied or said not to exist. */
    NEGATE,
    /** The event lies ahead. */
    FUTURE,
    /** Hedges the rest of the paragraph too. */
    FRAME,
    /** Not a cue: a longer phrase that masks a shorter one ("not only"). */
    NONE
  }

  private final PhraseLexicon<Set<Kind>> cues;
  /**
   * The cues of kind {@link Kind#FRAME}: a sentence where none starts holds no frame cue, and
   * {@link #frameCue} looks up all cues only where one does.
   */
  private final PhraseLexicon<Set<Kind>> frameCues;

  private ModalityReader() {
    Map<String, Set<Kind>> phrases = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("modality-cues.tsv", 2)) {
      Set<Kind> kinds = EnumSet.noneOf(Kind.class);
      for (String kind : row[1].split("\\|")) {
        kinds.add(Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
      }
      phrases.putIfAbsent(row[0], kinds);
    }
    this.cues = PhraseLexicon.of(phrases);
    Map<String, Set<Kind>> framePhrases = new LinkedHashMap<>();
    for (Map.Entry<String, Set<Kind>> phrase : phrases.entrySet()) {
      if (phrase.getValue().contains(Kind.FRAME)) {
        framePhrases.put(phrase.getKey(), phrase.getValue());
      }
    }
    this.frameCues = PhraseLexicon.of(framePhrases);
  }

  /**
   * Returns the shared reader.
   *
   * @return the reader
   */
  public static ModalityReader instance() {
    return INSTANCE;
  }

  /**
   * Reads the modality of an event cue, with the default near scope after the cue.
   *
   * @param sentence the sentence
   * @param clauseStart the index of the first token of the cue's clause
   * @param cueFirst the index of the cue's first token
   * @param cueLast the index of the cue's last token
   * @param windowEnd the index after the last token of the event's window
   * @param frame a speculative frame cue earlier in the paragraph, if any
   * @return the modality
   */
  public Modality read(EventSentence sentence, int clauseStart, int cueFirst, int cueLast, int windowEnd,
      Optional<Span> frame) {
    return read(sentence, clauseStart, cueFirst, cueLast, cueLast + 1 + NEGATION_AFTER, windowEnd, frame);
  }

  /**
   * Reads the modality of an event cue.
   *
   * @param sentence the sentence
   * @param clauseStart the index of the first token of the cue's clause
   * @param cueFirst the index of the cue's first token
   * @param cueLast the index of the cue's last token
   * @param nearEnd the index after the words close enough to the cue to negate it or put it in the
   *     future ("the meeting between X and Y was postponed": the caller may count past names)
   * @param windowEnd the index after the last token of the event's window
   * @param frame a speculative frame cue earlier in the paragraph, if any
   * @return the modality
   */
  public Modality read(EventSentence sentence, int clauseStart, int cueFirst, int cueLast, int nearEnd,
      int windowEnd, Optional<Span> frame) {
    int negatedFrom = Math.max(clauseStart, cueFirst - NEGATION_BEFORE);
    int negatedTo = Math.min(windowEnd, nearEnd);
    int reportedFrom = Math.max(0, cueFirst - REPORT_REACH);
    int reportedTo = cueLast + 1 + REPORT_REACH;
    int futureBeforeFrom = Math.max(clauseStart, cueFirst - FUTURE_BEFORE);
    // Every scope lies in this range: its phrases are looked up once, and each scope reads them.
    int from = Math.min(Math.min(negatedFrom, clauseStart), Math.min(reportedFrom, Math.min(futureBeforeFrom, cueLast + 1)));
    int to = Math.max(Math.max(negatedTo, windowEnd), Math.max(reportedTo, cueFirst));
    PhraseStarts starts = phraseStarts(sentence, from, to);
    Span negated = starts.find(sentence, negatedFrom, negatedTo, Kind.NEGATE);
    Span hedged = starts.find(sentence, clauseStart, windowEnd, Kind.HEDGE);
    if (hedged == null) {
      hedged = starts.find(sentence, clauseStart, windowEnd, Kind.FRAME);
    }
    Span reported = starts.find(sentence, reportedFrom, reportedTo, Kind.REPORT);
    Span future = starts.find(sentence, futureBeforeFrom, cueFirst, Kind.FUTURE);
    if (future == null) {
      future = starts.find(sentence, cueLast + 1, negatedTo, Kind.FUTURE);
    }
    Assertion assertion = Assertion.ASSERTED;
    Span cue = null;
    if (negated != null) {
      assertion = Assertion.NEGATED;
      cue = negated;
    } else if (hedged != null) {
      assertion = Assertion.HEDGED;
      cue = hedged;
    } else if (frame.isPresent()) {
      assertion = Assertion.HEDGED;
      cue = frame.get();
    } else if (reported != null) {
      assertion = Assertion.REPORTED;
      cue = reported;
    }
    if (cue == null && future == null) {
      return Modality.ASSERTED;
    }
    return new Modality(assertion, Optional.ofNullable(cue), future != null, Optional.ofNullable(future));
  }

  /**
   * Finds a cue that frames the rest of its paragraph as speculation ("observers anticipate",
   * "looking ahead").
   *
   * @param sentence the sentence
   * @return the cue span, or empty
   */
  public Optional<Span> frameCue(EventSentence sentence) {
    // The cue found is a phrase of kind FRAME, so one of those starts where it does; most sentences
    // have none, and their cues are not looked up.
    boolean frameStarts = false;
    for (int i = frameCues.nextCandidate(sentence, 0); i < sentence.size() && !frameStarts;
        i = frameCues.nextCandidate(sentence, i + 1)) {
      frameStarts = frameCues.endAt(sentence, i) >= 0;
    }
    return frameStarts ? Optional.ofNullable(find(sentence, 0, sentence.size(), Kind.FRAME)) : Optional.empty();
  }

  /** Finds the first phrase of a kind in a token range, scanning the range (the reference for {@link PhraseStarts}). */
  Span find(EventSentence sentence, int from, int to, Kind kind) {
    // The phrases of the range, left to right, longest first, not overlapping (PhraseLexicon.findAll).
    int end = Math.min(to, sentence.size());
    int i = Math.max(0, from);
    while (i < end) {
      // No phrase starts at the tokens skipped.
      i = cues.nextCandidate(sentence, i, end);
      if (i >= end) {
        break;
      }
      // The phrase is looked up once, for both its end and its kinds.
      PhraseLexicon.Entry<Set<Kind>> phrase = cues.phraseAt(sentence, i);
      int last = phrase == null ? -1 : phrase.last(i);
      if (last < 0 || last >= end) {
        i++;
        continue;
      }
      if ((!sentence.capitalized(i) || i == 0) && phrase.value().contains(kind)) {
        return Span.of(sentence.start(i), sentence.end(last));
      }
      i = last + 1;
    }
    return null;
  }

  /** The phrases of a range without any. */
  private static final int[] NO_BOUNDS = new int[0];

  /** Looks up the longest phrase starting at each token of {@code [from, to)} of a sentence. */
  PhraseStarts phraseStarts(EventSentence sentence, int from, int to) {
    int end = Math.min(to, sentence.size());
    int count = 0;
    // The first and last token of each phrase, made with the first: most ranges hold none.
    int[] bounds = NO_BOUNDS;
    for (int i = cues.nextCandidate(sentence, from, end); i < end; i = cues.nextCandidate(sentence, i + 1, end)) {
      int last = cues.endAt(sentence, i);
      if (last >= 0) {
        if (2 * count == bounds.length) {
          bounds = Arrays.copyOf(bounds, Math.max(8, 2 * bounds.length));
        }
        bounds[2 * count] = i;
        bounds[2 * count + 1] = last;
        count++;
      }
    }
    return new PhraseStarts(bounds, count);
  }

  /**
   * The tokens of a range of a sentence where a phrase of the lexicon starts, in order, each with
   * the last token of the longest phrase starting there.
   */
  final class PhraseStarts {
    /** The first token of phrase {@code k} at {@code 2 * k}, its last at {@code 2 * k + 1}. */
    private final int[] bounds;
    private final int count;

    PhraseStarts(int[] bounds, int count) {
      this.bounds = bounds;
      this.count = count;
    }

    /**
     * Finds the first phrase of a kind in {@code [from, to)}, a part of the range looked up: the
     * phrases of the part, left to right, longest first, not overlapping (as {@link
     * PhraseLexicon#findAll} reads them), the first of the kind that counts.
     */
    Span find(EventSentence sentence, int from, int to, Kind kind) {
      int end = Math.min(to, sentence.size());
      int i = Math.max(0, from);
      for (int k = 0; k < count; k++) {
        int first = bounds[2 * k];
        if (first < i) {
          continue;
        }
        if (first >= end) {
          break;
        }
        int last = bounds[2 * k + 1];
        if (last >= end) {
          continue;
        }
        if ((!sentence.capitalized(first) || first == 0) && cues.valueAt(sentence, first).contains(kind)) {
          return Span.of(sentence.start(first), sentence.end(last));
        }
        i = last + 1;
      }
      return null;
    }
  }
}
