package io.github.newsmodel.meetings;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.PhraseLexicon;
import io.github.newsmodel.lexicon.LexiconResource;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of meetings: event cues and the words around them ({@code meeting-cues.tsv}), topic
 * cues ({@code topic-cues.tsv}) and venues with a known country ({@code venues.tsv}). Loaded once
 * per JVM; immutable and thread-safe.
 */
final class MeetingLexicon {
  private static final MeetingLexicon INSTANCE = new MeetingLexicon();

  /** The flags and role of an event cue phrase. */
  private record CueEntry(CueRole role, Set<String> flags) {}

  private final PhraseLexicon<CueEntry> eventCues;
  /** The phrases of each context role, by the role's ordinal; null for a role without phrases or an event role. */
  private final PhraseLexicon<?>[] context;
  /**
   * The phrases of the roles that tell how a meeting was held ({@link CueRole#PHONE}, {@link
   * CueRole#VIDEO}, {@link CueRole#IN_PERSON}), together: read for the tokens where none starts.
   */
  private final PhraseLexicon<Boolean> modeWords;
  /**
   * The words that may start a place of a meeting clause, together: "in", "at" and the phrases of
   * {@link CueRole#VISIT} and {@link CueRole#MARGINS}; read for the tokens where none starts.
   */
  private final PhraseLexicon<Boolean> placeStarts;
  private final PhraseLexicon<Boolean> topicTriggers;
  private final PhraseLexicon<Boolean> topicsAfterCue;
  private final Map<String, String> venueCountries;

  private MeetingLexicon() {
    Map<String, CueEntry> events = new LinkedHashMap<>();
    Map<CueRole, Map<String, Boolean>> words = new EnumMap<>(CueRole.class);
    for (String[] row : LexiconResource.rows("meeting-cues.tsv", 2)) {
      CueRole role = CueRole.parse(row[1]);
      if (role.isEvent()) {
        Set<String> flags = row.length > 2 && !row[2].isEmpty() ? Set.of(row[2].split(",")) : Set.of();
        events.putIfAbsent(row[0], new CueEntry(role, flags));
      } else {
        words.computeIfAbsent(role, r -> new LinkedHashMap<>()).putIfAbsent(row[0], Boolean.TRUE);
      }
    }
    this.eventCues = PhraseLexicon.of(events);
    PhraseLexicon<?>[] byRole = new PhraseLexicon<?>[CueRole.values().length];
    words.forEach((role, phrases) -> byRole[role.ordinal()] = PhraseLexicon.of(phrases));
    this.context = byRole;
    this.modeWords = PhraseLexicon.of(union(words, Map.of(), CueRole.PHONE, CueRole.VIDEO, CueRole.IN_PERSON));
    this.placeStarts = PhraseLexicon.of(union(words, Map.of("in", Boolean.TRUE, "at", Boolean.TRUE), CueRole.VISIT,
        CueRole.MARGINS));
    Map<String, Boolean> triggers = new LinkedHashMap<>();
    Map<String, Boolean> afterCue = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("topic-cues.tsv", 2)) {
      (row[1].equals("after-cue") ? afterCue : triggers).putIfAbsent(row[0], Boolean.TRUE);
    }
    this.topicTriggers = PhraseLexicon.of(triggers);
    this.topicsAfterCue = PhraseLexicon.of(afterCue);
    Map<String, String> venues = new HashMap<>();
    for (String[] row : LexiconResource.rows("venues.tsv", 2)) {
      venues.putIfAbsent(row[0], row[1]);
    }
    this.venueCountries = Map.copyOf(venues);
  }

  /** The phrases of some roles and some other phrases, in one map. */
  private static Map<String, Boolean> union(Map<CueRole, Map<String, Boolean>> words, Map<String, Boolean> others,
      CueRole... roles) {
    Map<String, Boolean> all = new LinkedHashMap<>(others);
    for (CueRole role : roles) {
      all.putAll(words.getOrDefault(role, Map.of()));
    }
    return all;
  }

  /**
   * Returns the shared lexicon.
   *
   * @return the lexicon
   */
  static MeetingLexicon instance() {
    return INSTANCE;
  }

  /**
   * Finds the event cue that starts at a token, longest first.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the cue, or null
   */
  EventCue eventCueAt(EventSentence sentence, int at) {
    PhraseLexicon.Match<CueEntry> match = eventCues.longestAt(sentence, at);
    return match == null ? null : new EventCue(match.first(), match.last(), match.value().role(),
        match.value().flags());
  }

  /**
   * Returns the first token at or after {@code from} where an event cue may start: none starts
   * before it (see {@link PhraseLexicon#nextCandidate}).
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @return the token index, or the sentence's size
   */
  int nextEventCueCandidate(EventSentence sentence, int from) {
    return eventCues.nextCandidate(sentence, from);
  }

  /**
   * Returns the first token at or after {@code from} where a phrase of a context role may start:
   * none starts before it (see {@link PhraseLexicon#nextCandidate}).
   *
   * @param role the role
   * @param sentence the sentence
   * @param from the first token index looked at
   * @return the token index, or the sentence's size
   */
  int nextCandidate(CueRole role, EventSentence sentence, int from) {
    PhraseLexicon<?> words = context[role.ordinal()];
    return words == null ? sentence.size() : words.nextCandidate(sentence, from);
  }

  /**
   * Returns the first token at or after {@code from} where a phrase of {@link CueRole#PHONE},
   * {@link CueRole#VIDEO} or {@link CueRole#IN_PERSON} may start: none starts before it.
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @param to the index after the last token looked at: the end of the reader's window
   * @return the token index, or {@code min(to, sentence.size())} when there is none in the range
   */
  int nextModeCandidate(EventSentence sentence, int from, int to) {
    return modeWords.nextCandidate(sentence, from, to);
  }

  /**
   * Returns the first token at or after {@code from} that may be "in", "at" or the start of a phrase
   * of {@link CueRole#VISIT} or {@link CueRole#MARGINS}: none of them starts before it.
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @param to the index after the last token looked at: the end of the reader's window
   * @return the token index, or {@code min(to, sentence.size())} when there is none in the range
   */
  int nextPlaceCandidate(EventSentence sentence, int from, int to) {
    return placeStarts.nextCandidate(sentence, from, to);
  }

  /**
   * Returns the first token at or after {@code from} where a topic trigger may start: none starts
   * before it.
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @param to the index after the last token looked at: the end of the reader's window
   * @return the token index, or {@code min(to, sentence.size())} when there is none in the range
   */
  int nextTopicTriggerCandidate(EventSentence sentence, int from, int to) {
    return topicTriggers.nextCandidate(sentence, from, to);
  }

  /**
   * Finds a phrase of a context role that starts at a token.
   *
   * @param role the role
   * @param sentence the sentence
   * @param at the token index
   * @return the index of the phrase's last token, or -1 when none starts there
   */
  int endOf(CueRole role, EventSentence sentence, int at) {
    PhraseLexicon<?> words = context[role.ordinal()];
    return words == null ? -1 : words.endAt(sentence, at);
  }

  /**
   * Tells whether a phrase of a context role starts at a token.
   *
   * @param role the role
   * @param sentence the sentence
   * @param at the token index
   * @return true when one does
   */
  boolean is(CueRole role, EventSentence sentence, int at) {
    return endOf(role, sentence, at) >= 0;
  }

  /**
   * Finds a topic trigger at a token.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the index of its last token, or -1
   */
  int topicTriggerEnd(EventSentence sentence, int at) {
    return topicTriggers.endAt(sentence, at);
  }

  /**
   * Finds a preposition that introduces topics right after a meeting noun.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the index of its last token, or -1
   */
  int topicAfterCueEnd(EventSentence sentence, int at) {
    return topicsAfterCue.endAt(sentence, at);
  }

  /**
   * Returns the country of a venue with a known country.
   *
   * @param venue the venue as written
   * @return the ISO code, or empty
   */
  Optional<String> venueCountry(String venue) {
    return Optional.ofNullable(venueCountries.get(venue));
  }
}
