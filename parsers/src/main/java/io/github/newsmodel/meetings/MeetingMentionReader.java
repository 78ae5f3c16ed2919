package io.github.newsmodel.meetings;

import io.github.newsmodel.events.ArticleSentences;
import io.github.newsmodel.events.DateAnchors;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.Modality;
import io.github.newsmodel.events.ModalityReader;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.Places;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.meetings.MeetingMention.Anaphor;
import io.github.newsmodel.meetings.MeetingMention.ModeReading;
import io.github.newsmodel.meetings.MeetingMention.Participant;
import io.github.newsmodel.meetings.MeetingMention.Tense;
import io.github.newsmodel.model.MeetingMode;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the meeting mentions of a sentence: finds the meeting cues ({@code meeting-cues.tsv}), and
 * for each cue its clause (from the last semicolon before it), its window (up to a purpose clause,
 * a relative clause or the next cue), and the people on each side, by the officials' mention spans:
 *
 * <ul>
 *   <li>verbs ("met", "welcomed", "signed"): the people before the verb in its clause, and the
 *       people in its window ("with ...", "by ...");
 *   <li>nouns ("meeting", "talks"): the possessor ("Secretary Blinken's meeting"), the people after
 *       "with"/"between" in the window, and the subject of a light verb ("held talks", "joined X's
 *       meeting");
 *   <li>"discussed": its subject, and people after "with";
 *   <li>"in attendance", "witnessed": everyone named in the sentence joins the meeting just reported.
 * </ul>
 *
 * People before "said" or after "according to" are sources, not participants; people inside
 * quotation marks do not take part in a meeting reported outside them. A cue without named people
 * is kept as an anaphor when a determiner, a group word ("officials", "they") or a state as signer
 * shows that it reports a meeting. A pronoun subject ("She is expected to meet ...") stands for the
 * first person named in the last sentence that names one. Mutable (remembers the last place visited
 * and the last person named); one per document.
 */
final class MeetingMentionReader {
  /** The cue roles that tell how a meeting was held, in order of preference. */
  private static final CueRole[] MODE_ROLES = {CueRole.PHONE, CueRole.VIDEO, CueRole.IN_PERSON};
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");
  private static final Set<String> OWNERS = Set.of("their", "his", "her");
  private static final Set<String> PLACE_WORDS = Set.of("at", "in", "the", "today", "yesterday", "on", "his", "her",
      "their", "office", "palace", "residence");
  private static final int LIGHT_REACH = 8;
  private static final int OBJECT_DISTANCE = 3;
  private static final int OBJECT_REACH = 8;
  private static final int WITH_DISTANCE = 3;
  private static final int PRONOUN_DISTANCE = 4;
  /** How far a clause reaches back, and a window forward, in tokens: bounds the work per cue. */
  static final int MAX_REACH = 250;
  private static final int MAX_OCCURRENCE_DISTANCE = 60;

  private final MeetingLexicon lexicon = MeetingLexicon.instance();
  private final ModalityReader modalities = ModalityReader.instance();
  private final OfficialMentions mentions;
  private final Places places;
  private final LocationReader locations;
  private final TopicReader topics;
  private final Optional<LocalDate> reference;
  /**
   * The document's sentences, in text order as {@link #read} reads them, with the speculative frame
   * earlier in a sentence's paragraph ({@link ArticleSentences#frameBefore}), asked only for a cue
   * whose modality is read.
   */
  private final ArticleSentences analysed;
  /**
   * The place of the last visit reported in the sentences before {@link #visitsReadTo}, or empty:
   * the sentences are read for visits only when a meeting "during his visit" asks for one.
   */
  private Optional<Places.Place> lastVisited = Optional.empty();
  /** The index of the first sentence not yet read for visits: all those before it have been. */
  private int visitsReadTo;
  /** The first person named outside quotes in the last sentence that named one, or null. */
  private OfficialMentions.Mention lastFirstMention;

  /**
   * Creates a reader for one document.
   *
   * @param text the document text
   * @param mentions the officials' mentions
   * @param reference the date "today" refers to
   * @param analysed the document's sentences, whose frames the reader asks for
   */
  MeetingMentionReader(String text, OfficialMentions mentions, Optional<LocalDate> reference,
      ArticleSentences analysed) {
    this.mentions = mentions;
    this.places = new Places(text);
    this.locations = new LocationReader(text, mentions);
    this.topics = new TopicReader(mentions);
    this.reference = reference;
    this.analysed = analysed;
  }

  /**
   * Reads the meeting mentions of a sentence. Sentences must be read in text order.
   *
   * @param sentence the sentence
   * @param dates the date expressions of the sentence
   * @return the mentions: the named ones, or else at most one anaphor
   */
  List<MeetingMention> read(EventSentence sentence, List<DateMention> dates) {
    List<EventCue> cues = cues(sentence);
    if (cues.isEmpty()) {
      remember(sentence);
      return List.of();
    }
    List<MeetingMention> named = new ArrayList<>();
    MeetingMention anaphor = null;
    for (EventCue cue : cues) {
      if (cue.role() == CueRole.JOIN && !sentence.quoted(cue.first())
          && (!sentence.capitalized(cue.first()) || cue.first() == 0)) {
        MeetingMention join = join(sentence, cue);
        remember(sentence);
        return join == null ? List.of() : List.of(join);
      }
    }
    for (int k = 0; k < cues.size(); k++) {
      int next = k + 1;
      while (next < cues.size() && governed(sentence, cues.get(next))) {
        next++;
      }
      int limit = next < cues.size() ? cues.get(next).first() : sentence.size();
      MeetingMention previous = named.isEmpty() ? null : named.get(named.size() - 1);
      MeetingMention mention = read(sentence, cues.get(k), limit, dates, previous);
      if (mention == null) {
        continue;
      }
      if (mention.named()) {
        named.add(mention);
      } else if (anaphor == null) {
        anaphor = mention;
      }
    }
    remember(sentence);
    for (int k = named.size() - 1; k > 0; k--) {
      if (named.get(k).coordinated()) {
        named.set(k - 1, named.get(k - 1).withDetails(named.get(k)));
      }
    }
    if (!named.isEmpty()) {
      if (anaphor != null && !anaphor.modality().speculative()) {
        MeetingMention last = named.get(named.size() - 1);
        named.set(named.size() - 1, last.withDetails(anaphor));
      }
      return named;
    }
    return anaphor == null ? List.of() : List.of(anaphor);
  }

  /** A meeting noun after a preposition ("hosted X for talks in Ankara") belongs to the cue before it. */
  private static boolean governed(EventSentence sentence, EventCue cue) {
    int before = cue.first() - 1;
    return cue.role() == CueRole.NOUN && (sentence.isWord(before, "for") || sentence.isWord(before, "in")
        || sentence.isWord(before, "at") || sentence.isWord(before, "during"));
  }

  /** Finds the meeting cues of a sentence; the list is made for the first cue, most sentences having none. */
  private List<EventCue> cues(EventSentence sentence) {
    List<EventCue> cues = List.of();
    int i = 0;
    while (i < sentence.size() && cues.size() < MeetingExtractor.MAX_MENTIONS) {
      // No cue starts at the tokens skipped.
      i = lexicon.nextEventCueCandidate(sentence, i);
      if (i >= sentence.size()) {
        break;
      }
      EventCue cue = lexicon.eventCueAt(sentence, i);
      if (cue != null && mentions.covers(sentence.start(i))) {
        cue = null;
      }
      if (cue != null && (!cue.has("with") || withAfter(sentence, cue.last() + 1, cue.last() + 1 + WITH_DISTANCE) >= 0)) {
        if (cues.isEmpty()) {
          cues = new ArrayList<>();
        }
        cues.add(cue);
        i = cue.last() + 1;
      } else {
        i++;
      }
    }
    return cues;
  }

  /** Remembers the first person a sentence names. */
  private void remember(EventSentence sentence) {
    int first = mentions.firstWithin(sentence.span().start());
    int end = mentions.endWithin(first, sentence.span().end());
    for (int k = first; k < end; k++) {
      OfficialMentions.Mention m = mentions.get(k);
      int at = sentence.firstAtOrAfter(m.span().start());
      if (at < sentence.size() && !sentence.quoted(at)) {
        lastFirstMention = m;
        break;
      }
    }
  }

  /**
   * Returns the place of the last visit reported before a sentence (see {@link #lastVisitIn}): the
   * sentences not yet looked at are read back from it, and those before the last that names a visit
   * need not be read at all.
   */
  private Optional<Places.Place> lastVisitedBefore(EventSentence sentence) {
    int before = sentence.index();
    for (int s = before - 1; s >= visitsReadTo; s--) {
      Optional<Places.Place> visited = lastVisitIn(analysed.sentences().get(s));
      if (visited.isPresent()) {
        lastVisited = visited;
        break;
      }
    }
    visitsReadTo = Math.max(visitsReadTo, before);
    return lastVisited;
  }

  /** The place of the last visit a sentence reports, read after a word of travel, or empty. */
  private Optional<Places.Place> lastVisitIn(EventSentence sentence) {
    Optional<Places.Place> last = Optional.empty();
    // The tokens where no word of travel starts are skipped.
    for (int j = lexicon.nextCandidate(CueRole.TRAVEL, sentence, 0); j < sentence.size();
        j = lexicon.nextCandidate(CueRole.TRAVEL, sentence, j + 1)) {
      Optional<Places.Place> visited = locations.visitedAt(sentence, j);
      if (visited.isPresent()) {
        last = visited;
      }
    }
    return last;
  }

  private MeetingMention read(EventSentence sentence, EventCue cue, int limit, List<DateMention> dates,
      MeetingMention previous) {
    boolean quoted = sentence.quoted(cue.first());
    int clauseStart = clauseStart(sentence, cue.first());
    int windowEnd = windowEnd(sentence, cue, limit);
    List<Participant> subjects = new ArrayList<>();
    List<Participant> objects = new ArrayList<>();
    Anaphor anaphor = Anaphor.NONE;
    CueRole role = cue.role();
    boolean verbal = role != CueRole.NOUN || BE.contains(sentence.lower(cue.first() - 1));
    boolean shared = verbal && previous != null && previous.cue().role() != CueRole.NOUN
        && followsAnd(sentence, previous.cue().last(), cue.first());
    if (!quoted) {
      if (shared) {
        subjects.addAll(previous.subjects());
        addPeople(objects, sentence, cue.last() + 1, windowEnd, "meeting.participant.object");
      } else if (verbal) {
        addPeople(subjects, sentence, clauseStart, cue.first(), "meeting.participant.subject");
        if (role != CueRole.DISCUSS || sentence.isWord(cue.last() + 1, "with")) {
          addPeople(objects, sentence, cue.last() + 1, windowEnd, "meeting.participant.object");
        }
      } else {
        NounFrame noun = nounFrame(sentence, cue, clauseStart);
        if (noun.lightVerb() >= 0) {
          addPeople(subjects, sentence, clauseStart, noun.lightVerb(), "meeting.participant.subject");
        } else if (noun.ownerDeterminer() >= 0) {
          addPeople(subjects, sentence, clauseStart, noun.ownerDeterminer(), "meeting.participant.owner");
        }
        noun.possessor().ifPresent(p -> addOnce(subjects, Participant.of(p, "meeting.participant.possessor")));
        int with = withAfter(sentence, cue.last() + 1, windowEnd);
        if (with >= 0) {
          addPeople(objects, sentence, with + 1, windowEnd, "meeting.participant.object");
        }
        anaphor = noun.anaphor();
      }
      if (cue.has("object") && !objectFollows(sentence, cue, objects)) {
        return null;
      }
      if (cue.has("with") && withAfter(sentence, cue.last() + 1, Math.min(windowEnd, cue.last() + 1 + WITH_DISTANCE))
          < 0) {
        return null;
      }
      // The referent is looked for only where a pronoun could be the subject.
      Optional<String> referent = subjects.isEmpty() && verbal ? referent(sentence, clauseStart) : Optional.empty();
      if (referent.isPresent()) {
        String id = referent.get();
        pronounBefore(sentence, clauseStart, cue.first()).ifPresent(span -> {
          subjects.add(new Participant(id, span, "meeting.participant.pronoun"));
          objects.removeIf(o -> o.officialId().equals(id));
        });
      }
    }
    int named = subjects.size() + objects.size();
    if (named > 0 && (!valid(sentence, cue, subjects, objects, windowEnd, verbal) || appeal(sentence, cue, windowEnd)
        || distinct(subjects, objects) == 1 && role != CueRole.DISCUSS
        && !counterpartShown(sentence, clauseStart, windowEnd))) {
      subjects.clear();
      objects.clear();
      named = 0;
    }
    if (named == 0) {
      anaphor = anonymous(sentence, cue, clauseStart, verbal, anaphor);
      if (anaphor == Anaphor.NONE) {
        return null;
      }
    } else {
      anaphor = Anaphor.NONE;
    }
    Modality modality = modalities.read(sentence, clauseStart, cue.first(), cue.last(), nearEnd(sentence, cue),
        windowEnd, analysed.frameBefore(sentence));
    boolean secondary = role == CueRole.DISCUSS;
    int placeEnd = verbal ? windowEnd : occurrenceEnd(sentence, cue, windowEnd);
    Optional<DateMention> date = secondary ? Optional.empty() : date(sentence, cue, clauseStart, placeEnd, dates);
    Tense tense = tense(sentence, cue, verbal, modality, date);
    PlaceReading place = secondary ? PlaceReading.NONE
        : travelled(sentence, clauseStart, withVisit(sentence, locations.read(sentence, clauseStart, placeEnd)));
    List<Span> topicSpans = modality.speculativePast() ? List.of() : topics.read(sentence, cue);
    boolean each = cue.has("each") && objects.size() > 1 || separately(sentence, cue, windowEnd);
    Optional<Participant> host = cue.has("host") && subjects.size() == 1 ? Optional.of(subjects.get(0))
        : Optional.empty();
    return new MeetingMention(sentence, cue, List.copyOf(subjects), List.copyOf(objects), anaphor, each, shared, host,
        modality, tense, date, place, topicSpans, mode(sentence, cue, clauseStart, windowEnd));
  }

  /**
   * Extends a meeting noun's window over the predicate that says where and when it took place
   * ("A meeting between officials focused on security took place Thursday at the NCC").
   */
  private int occurrenceEnd(EventSentence sentence, EventCue cue, int windowEnd) {
    for (int j = windowEnd; j < Math.min(sentence.size(), windowEnd + MAX_OCCURRENCE_DISTANCE); j++) {
      if (sentence.isPunct(j, ';') || sentence.isPunct(j, ':') || lexicon.eventCueAt(sentence, j) != null) {
        return windowEnd;
      }
      int occurred = lexicon.endOf(CueRole.OCCURRED, sentence, j);
      if (occurred >= 0 && !mentions.covers(sentence.start(j))) {
        return Math.max(windowEnd, windowEnd(sentence, new EventCue(j, occurred, cue.role(), cue.flags()),
            sentence.size()));
      }
    }
    return windowEnd;
  }

  /** Fills the place of a meeting in a "where" clause from the travel before it ("will travel to Beijing, where"). */
  private PlaceReading travelled(EventSentence sentence, int clauseStart, PlaceReading place) {
    if (clauseStart == 0 || !sentence.isWord(clauseStart - 1, "where") || place.city().isPresent()
        || place.country().isPresent()) {
      return place;
    }
    for (int j = clauseStart - 2; j >= 0; j--) {
      Optional<Places.Place> visited = locations.visitedAt(sentence, j);
      if (visited.isPresent()) {
        return visited.get().city() != null
            ? new PlaceReading(place.venue(), place.venueCountry(), visited, Optional.empty(), false)
            : new PlaceReading(place.venue(), place.venueCountry(), Optional.empty(), visited, false);
      }
    }
    return place;
  }

  /** Fills the place of a meeting "during his visit" from the last visit reported before its sentence. */
  private PlaceReading withVisit(EventSentence sentence, PlaceReading place) {
    if (!place.duringVisit() || place.city().isPresent() || place.country().isPresent()) {
      return place;
    }
    Optional<Places.Place> lastVisited = lastVisitedBefore(sentence);
    if (lastVisited.isEmpty()) {
      return place;
    }
    Places.Place visited = lastVisited.get();
    return visited.city() != null
        ? new PlaceReading(place.venue(), place.venueCountry(), lastVisited, Optional.empty(), true)
        : new PlaceReading(place.venue(), place.venueCountry(), Optional.empty(), lastVisited, true);
  }

  private MeetingMention join(EventSentence sentence, EventCue cue) {
    List<Participant> people = new ArrayList<>();
    for (OfficialMentions.Mention m : mentions.within(sentence.span().start(), sentence.span().end())) {
      int at = sentence.firstAtOrAfter(m.span().start());
      if (at < sentence.size() && !sentence.quoted(at) && !isSource(sentence, m)) {
        addOnce(people, Participant.of(m, "meeting.participant.join"));
      }
    }
    if (people.isEmpty()) {
      return null;
    }
    Modality modality = modalities.read(sentence, 0, cue.first(), cue.last(), sentence.size(),
        analysed.frameBefore(sentence));
    return new MeetingMention(sentence, cue, List.of(), List.copyOf(people), Anaphor.JOIN, false, false,
        Optional.empty(),
        modality, Tense.NEUTRAL, Optional.empty(), PlaceReading.NONE, List.of(), Optional.empty());
  }

  /** The frame around a meeting noun: its light verb, possessor and determiner. */
  private record NounFrame(int lightVerb, Optional<OfficialMentions.Mention> possessor, int ownerDeterminer,
      Anaphor anaphor) {}

  private NounFrame nounFrame(EventSentence sentence, EventCue cue, int clauseStart) {
    int k = cue.first() - 1;
    Optional<OfficialMentions.Mention> possessor = Optional.empty();
    Anaphor anaphor = Anaphor.NONE;
    int ownerDeterminer = -1;
    while (k >= clauseStart) {
      if (sentence.kind(k) == Token.Kind.POSSESSIVE) {
        Optional<OfficialMentions.Mention> owner = mentions.endingAt(sentence.start(k));
        if (owner.isPresent() && possessor.isEmpty()) {
          possessor = owner;
          k = sentence.firstAtOrAfter(owner.get().span().start()) - 1;
          anaphor = Anaphor.BACK;
          continue;
        }
        k--;
        continue;
      }
      if (lexicon.is(CueRole.DEFINITE, sentence, k)) {
        anaphor = Anaphor.BACK;
        if (OWNERS.contains(sentence.lower(k)) && ownerDeterminer < 0) {
          ownerDeterminer = k;
        }
      } else if (lexicon.is(CueRole.INDEFINITE, sentence, k) && anaphor == Anaphor.NONE) {
        anaphor = Anaphor.NEAR;
      }
      if (lexicon.is(CueRole.MODIFIER, sentence, k)) {
        k--;
        continue;
      }
      break;
    }
    if (anaphor == Anaphor.NONE && opensSentence(sentence, k + 1)) {
      anaphor = Anaphor.NEAR;
    }
    int light = lightVerbEndingAt(sentence, clauseStart, k);
    for (int j = k; light < 0 && j > Math.max(clauseStart, k - LIGHT_REACH) && placeWord(sentence, j); j--) {
      light = lightVerbEndingAt(sentence, clauseStart, j - 1);
    }
    return new NounFrame(light, possessor, ownerDeterminer, anaphor);
  }

  /** Returns the first token of a light verb whose last token is {@code k}, or -1. */
  private int lightVerbEndingAt(EventSentence sentence, int clauseStart, int k) {
    for (int s = Math.max(clauseStart, k - 2); s <= k && s >= 0; s++) {
      if (lexicon.endOf(CueRole.LIGHT, sentence, s) == k) {
        return s;
      }
    }
    return -1;
  }

  /** A word of a place or time phrase between a light verb and its noun ("received at the Amiri Diwan today a call"). */
  private static boolean placeWord(EventSentence sentence, int j) {
    return sentence.capitalized(j) || sentence.isPunct(j, ',') || PLACE_WORDS.contains(sentence.lower(j));
  }

  /** Whether only list numbers, list letters ("a)") and punctuation stand before token {@code k}. */
  private static boolean opensSentence(EventSentence sentence, int k) {
    for (int i = 0; i < k; i++) {
      boolean listLetter = sentence.kind(i) == Token.Kind.WORD && sentence.isPunct(i + 1, ')')
          && sentence.lower(i).length() == 1;
      if (sentence.kind(i) == Token.Kind.WORD && !listLetter) {
        return false;
      }
    }
    return true;
  }

  private int clauseStart(EventSentence sentence, int cueFirst) {
    boolean quoted = sentence.quoted(cueFirst);
    int bound = Math.max(0, cueFirst - MAX_REACH);
    for (int k = cueFirst - 1; k >= bound; k--) {
      if (sentence.isPunct(k, ';') || quoted && sentence.isPunct(k, '"')
          || lexicon.is(CueRole.RELATIVE, sentence, k)) {
        return k + 1;
      }
    }
    return bound;
  }

  private int windowEnd(EventSentence sentence, EventCue cue, int limit) {
    int end = Math.min(Math.min(limit, sentence.size()), cue.last() + 1 + MAX_REACH);
    for (int j = cue.last() + 1; j < end; j++) {
      if (sentence.isPunct(j, ';') || sentence.isPunct(j, ':')
          || sentence.quoted(j) != sentence.quoted(cue.first())) {
        return j;
      }
      // A stop word inside an official's mention does not end the window.
      if (lexicon.is(CueRole.STOP, sentence, j) && !mentions.covers(sentence.start(j))) {
        if (!sentence.isWord(j, "to") || purposeAfter(sentence, j + 1)) {
          return j;
        }
      }
    }
    return end;
  }

  /** Whether the word after "to" starts a purpose clause: a lower-case word, not a determiner. */
  private boolean purposeAfter(EventSentence sentence, int k) {
    if (k >= sentence.size()) {
      return false;
    }
    return sentence.kind(k) == Token.Kind.WORD && !sentence.capitalized(k)
        && !lexicon.is(CueRole.DEFINITE, sentence, k) && !lexicon.is(CueRole.INDEFINITE, sentence, k)
        && !lexicon.is(CueRole.MODIFIER, sentence, k);
  }

  private List<Participant> people(EventSentence sentence, int fromToken, int toToken, String rule) {
    List<Participant> found = new ArrayList<>();
    addPeople(found, sentence, fromToken, toToken, rule);
    return found;
  }

  /**
   * Adds to a list the people named in tokens {@code [fromToken, toToken)}, each once among those
   * it adds, as appending {@link #people} would without making its list.
   */
  private void addPeople(List<Participant> found, EventSentence sentence, int fromToken, int toToken,
      String rule) {
    if (fromToken >= toToken) {
      return;
    }
    int added = found.size();
    int from = sentence.startOf(fromToken);
    int to = sentence.endOf(toToken - 1);
    int first = mentions.firstWithin(from);
    int end = mentions.endWithin(first, to);
    for (int k = first; k < end; k++) {
      OfficialMentions.Mention m = mentions.get(k);
      int at = sentence.firstAtOrAfter(m.span().start());
      if (at < sentence.size() && sentence.quoted(at) != sentence.quoted(Math.max(0, fromToken))) {
        continue;
      }
      if (!isSource(sentence, m)) {
        addOnce(found, added, Participant.of(m, rule));
      }
    }
  }

  /** A person introduced as a source: "according to X", or "X said". */
  private boolean isSource(EventSentence sentence, OfficialMentions.Mention m) {
    int first = sentence.firstAtOrAfter(m.span().start());
    for (int s = Math.max(0, first - 3); s < first; s++) {
      if (lexicon.endOf(CueRole.SOURCE, sentence, s) == first - 1) {
        return true;
      }
    }
    int after = sentence.firstAtOrAfter(m.span().end());
    if (sentence.isPunct(after, ',')) {
      after++;
    }
    return lexicon.is(CueRole.SPEECH, sentence, after);
  }

  private int withAfter(EventSentence sentence, int from, int to) {
    for (int j = from; j < Math.min(to, sentence.size()); j++) {
      if (lexicon.is(CueRole.WITH, sentence, j) && !mentions.covers(sentence.start(j))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether the first person after a cue that needs one ("received", "welcomed") follows at once:
   * within {@value #OBJECT_DISTANCE} tokens, or after lower-case words only ("received in his office
   * today H.E. X").
   */
  private boolean objectFollows(EventSentence sentence, EventCue cue, List<Participant> objects) {
    if (objects.isEmpty()) {
      return false;
    }
    int at = sentence.firstAtOrAfter(objects.get(0).span().start());
    if (at - cue.last() <= OBJECT_DISTANCE) {
      return true;
    }
    if (at - cue.last() > OBJECT_REACH) {
      return false;
    }
    for (int k = cue.last() + 1; k < at; k++) {
      if (sentence.capitalized(k) || sentence.kind(k) == Token.Kind.NUMBER || sentence.isPunct(k, '.')
          || sentence.isPunct(k, ';')) {
        return false;
      }
    }
    return true;
  }

  private Optional<Span> pronounBefore(EventSentence sentence, int clauseStart, int cueFirst) {
    for (int k = cueFirst - 1; k >= Math.max(clauseStart, cueFirst - PRONOUN_DISTANCE); k--) {
      if (lexicon.is(CueRole.PRONOUN, sentence, k)) {
        return Optional.of(Span.of(sentence.start(k), sentence.end(k)));
      }
    }
    return Optional.empty();
  }

  /** Whether a cue with named people reports a meeting rather than a use of the word. */
  private boolean valid(EventSentence sentence, EventCue cue, List<Participant> subjects, List<Participant> objects,
      int windowEnd, boolean verbal) {
    int people = subjects.size() + objects.size();
    return switch (cue.role()) {
      case MEET -> !objects.isEmpty() || subjects.size() >= 2 || !cue.has("object")
          && withAfter(sentence, cue.last() + 1, Math.min(windowEnd, cue.last() + 1 + WITH_DISTANCE)) >= 0;
      case SIGN -> people >= 2;
      case NOUN -> !verbal || people >= 2 || !objects.isEmpty()
          || withAfter(sentence, cue.last() + 1, Math.min(windowEnd, cue.last() + 1 + WITH_DISTANCE)) >= 0;
      default -> people > 0;
    };
  }

  /** The number of distinct people among subjects and objects (the lists are short: compared pairwise). */
  private static int distinct(List<Participant> subjects, List<Participant> objects) {
    int all = subjects.size() + objects.size();
    int count = 0;
    for (int i = 0; i < all; i++) {
      String id = (i < subjects.size() ? subjects.get(i) : objects.get(i - subjects.size())).officialId();
      boolean seen = false;
      for (int k = 0; k < i && !seen; k++) {
        seen = (k < subjects.size() ? subjects.get(k) : objects.get(k - subjects.size())).officialId().equals(id);
      }
      count += seen ? 0 : 1;
    }
    return count;
  }

  /**
   * Returns whom a pronoun in a clause stands for: the first person named earlier in the sentence,
   * before the clause, else the first person named in the last sentence that names one.
   */
  private Optional<String> referent(EventSentence sentence, int clauseStart) {
    if (clauseStart > 0) {
      List<Participant> before = people(sentence, 0, clauseStart, "meeting.participant.pronoun");
      if (!before.isEmpty()) {
        return Optional.of(before.get(0).officialId());
      }
    }
    return lastFirstMention == null ? Optional.empty() : Optional.of(lastFirstMention.officialId());
  }

  /** The index after the first words after a cue that are not names (the reach of "was postponed"). */
  private int nearEnd(EventSentence sentence, EventCue cue) {
    int words = 0;
    int j = cue.last() + 1;
    while (j < sentence.size() && words < ModalityReader.NEGATION_AFTER) {
      if (!mentions.covers(sentence.start(j))) {
        words++;
      }
      j++;
    }
    return j;
  }

  /**
   * Whether a verb cue directly follows "and" after an earlier cue of the sentence, so that both
   * verbs share a subject ("called on A and met B"), not "..., and B signed".
   */
  private static boolean followsAnd(EventSentence sentence, int previousLast, int cueFirst) {
    int k = cueFirst - 1;
    while (k > previousLast && (sentence.isWord(k, "also") || sentence.isWord(k, "later") || sentence.isWord(k, "then")
        || sentence.isWord(k, "separately"))) {
      k--;
    }
    return k > previousLast && sentence.isWord(k, "and") && !sentence.isPunct(k - 1, ',');
  }

  /** "Called on X to do Y" is an appeal, not a visit. */
  private boolean appeal(EventSentence sentence, EventCue cue, int windowEnd) {
    return cue.has("each") && cue.role() == CueRole.MEET && sentence.isWord(windowEnd, "to")
        && purposeAfter(sentence, windowEnd + 1);
  }

  /**
   * Whether a clause with one named person shows the other side: a word such as "officials" or
   * "counterpart", a group word, or a country, outside the officials' mentions.
   */
  private boolean counterpartShown(EventSentence sentence, int clauseStart, int windowEnd) {
    for (int k = clauseStart; k < windowEnd; k++) {
      // A word inside an official's mention does not count: the cheap tests come first, and a
      // country is looked for only at a capitalised word outside the mentions.
      if (lexicon.is(CueRole.COUNTERPART, sentence, k) || lexicon.is(CueRole.GROUP, sentence, k)) {
        if (!mentions.covers(sentence.start(k))) {
          return true;
        }
      } else if (sentence.capitalized(k) && !mentions.covers(sentence.start(k))
          && places.countryAt(sentence, k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** How a cue without named people reports a meeting, if it does. */
  private Anaphor anonymous(EventSentence sentence, EventCue cue, int clauseStart, boolean verbal, Anaphor noun) {
    if (cue.role() == CueRole.NOUN && !verbal) {
      return noun;
    }
    if (cue.role() == CueRole.SIGN && cue.first() > 0 && lexicon.is(CueRole.DEFINITE, sentence, cue.first() - 1)) {
      return Anaphor.BACK;
    }
    for (int k = clauseStart; k < cue.first(); k++) {
      if (lexicon.is(CueRole.GROUP, sentence, k)) {
        String word = sentence.lower(k);
        return word.equals("they") || word.equals("both") || word.equals("the") ? Anaphor.BACK : Anaphor.NEAR;
      }
      if (cue.role() == CueRole.SIGN && places.countryAt(sentence, k).isPresent()) {
        return Anaphor.NEAR;
      }
    }
    return Anaphor.NONE;
  }

  private Optional<DateMention> date(EventSentence sentence, EventCue cue, int clauseStart, int windowEnd,
      List<DateMention> dates) {
    int from = sentence.startOf(clauseStart);
    int to = sentence.endOf(windowEnd - 1);
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    Span cueSpan = cue.span(sentence);
    List<DateMention> inRange = DateAnchors.within(dates, from, to);
    for (int k = 0; k < inRange.size(); k++) {
      DateMention d = inRange.get(k);
      if (mentions.covers(d.span().start())) {
        continue;
      }
      int distance = d.span().end() <= cueSpan.start() ? cueSpan.start() - d.span().end()
          : Math.max(0, d.span().start() - cueSpan.end());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private Tense tense(EventSentence sentence, EventCue cue, boolean verbal, Modality modality,
      Optional<DateMention> date) {
    if (modality.future()) {
      return Tense.FUTURE;
    }
    String word = sentence.lower(cue.first());
    boolean baseForm = word.equals("meet") || word.equals("sign") || word.equals("call") || word.equals("host")
        || word.equals("receive") || word.equals("welcome") || word.equals("hold");
    if (verbal && !baseForm && !sentence.headline()) {
      return Tense.PAST;
    }
    if (date.isPresent() && date.get().date().isPresent() && reference.isPresent()
        && date.get().date().get().isAfter(reference.get())) {
      return Tense.FUTURE;
    }
    return Tense.NEUTRAL;
  }

  private boolean separately(EventSentence sentence, EventCue cue, int windowEnd) {
    for (int j = Math.max(0, cue.first() - 2); j < Math.min(windowEnd, cue.last() + 3); j++) {
      if (sentence.isWord(j, "separately")) {
        return true;
      }
    }
    return false;
  }

  private Optional<ModeReading> mode(EventSentence sentence, EventCue cue, int clauseStart, int windowEnd) {
    Span cueSpan = cue.span(sentence);
    if (cue.has("phone")) {
      return Optional.of(new ModeReading(MeetingMode.PHONE, cueSpan, "meeting.mode.cue"));
    }
    if (cue.has("video")) {
      return Optional.of(new ModeReading(MeetingMode.VIDEO, cueSpan, "meeting.mode.cue"));
    }
    // The tokens where no word of a mode starts are skipped.
    for (int j = lexicon.nextModeCandidate(sentence, clauseStart, windowEnd); j < windowEnd;
        j = lexicon.nextModeCandidate(sentence, j + 1, windowEnd)) {
      // The words are looked up first, and a word inside an official's mention is then passed over.
      for (int r = 0; r < MODE_ROLES.length; r++) {
        CueRole role = MODE_ROLES[r];
        int end = lexicon.endOf(role, sentence, j);
        if (end >= 0) {
          if (mentions.covers(sentence.start(j))) {
            break;
          }
          MeetingMode mode = role == CueRole.PHONE ? MeetingMode.PHONE
              : role == CueRole.VIDEO ? MeetingMode.VIDEO : MeetingMode.IN_PERSON;
          return Optional.of(new ModeReading(mode, Span.of(sentence.start(j), sentence.end(end)),
              "meeting.mode.words"));
        }
      }
    }
    if (cue.has("in-person")) {
      return Optional.of(new ModeReading(MeetingMode.IN_PERSON, cueSpan, "meeting.mode.cue"));
    }
    return Optional.empty();
  }

  /** Adds a participant unless the list already has the same official. */
  private static void addOnce(List<Participant> list, Participant p) {
    addOnce(list, 0, p);
  }

  /** Adds a participant unless one of the list's participants from index {@code from} on is the same official. */
  private static void addOnce(List<Participant> list, int from, Participant p) {
    for (int k = from; k < list.size(); k++) {
      if (list.get(k).officialId().equals(p.officialId())) {
        return;
      }
    }
    list.add(p);
  }
}
