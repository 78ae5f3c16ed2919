package io.github.newsmodel.agreements;

import io.github.newsmodel.agreements.AgreementLexicon.Action;
import io.github.newsmodel.agreements.AgreementLexicon.KindEntry;
import io.github.newsmodel.agreements.AgreementLexicon.Role;
import io.github.newsmodel.agreements.InstrumentMention.ActionReading;
import io.github.newsmodel.events.ArticleSentences;
import io.github.newsmodel.events.DateAnchors;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.Modality;
import io.github.newsmodel.events.ModalityReader;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.PhraseLexicon;
import io.github.newsmodel.events.Places;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the instruments a sentence mentions ({@code agreement-kinds.tsv}) and reads, for each:
 *
 * <ul>
 *   <li>its name: capitalised words before the kind ("Nuclear Cooperation Memorandum of
 *       Understanding"), up to two lower-case modifiers ("air transport agreement"), an acronym in
 *       brackets, and a tail after "on", "concerning", "in support of" ... ({@code tail} cues);
 *   <li>a count ("two MOUs"), and whether a word like "any" or "similar" makes the words vague;
 *   <li>the action ({@code agreement-cues.tsv}): a verb or noun before it ("signed a", "the signing
 *       of the", "agreed on"), or after it ("the MOU was signed by"); an instrument coordinated with
 *       one before it ("a Letter of Intent and a Joint Statement") shares its action;
 *   <li>the modality of the action's clause ({@link ModalityReader}) and its date expression.
 * </ul>
 *
 * Words inside officials' mentions are never read as instruments. Immutable; one per document.
 */
final class InstrumentFinder {
  private static final int MAX_PREMODIFIERS = 5;
  private static final int MAX_LOWER_PREMODIFIERS = 2;
  private static final int MAX_TAIL = 15;
  private static final int MAX_SKIP = 4;
  private static final int MAX_COUNT = 12;
  private static final int MAX_DATE_DISTANCE = 10;
  /** How far a clause reaches either way from an instrument, in tokens: bounds the work per mention. */
  private static final int MAX_REACH = 250;
  private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
  private static final Set<String> COORDINATION = Set.of("and", ",", "a", "an", "the", "as", "well");
  private static final WordTable<Boolean> TAIL_STOPS = WordTable.ofWords(List.of("which", "that", "was", "were",
      "is", "are", "will", "has", "have", "today", "yesterday", "by", "signed", "between", "with", "at", "during",
      "when", "while", "under"));
  private static final WordTable<Boolean> FUNCTION_WORDS = WordTable.ofWords(List.of("of", "the", "and", "on", "in",
      "for", "to", "a", "an", "as", "from", "with", "between", "concerning", "regarding"));

  private final AgreementLexicon lexicon = AgreementLexicon.instance();
  private final ModalityReader modalities = ModalityReader.instance();
  private final OfficialMentions mentions;
  private final Places places;
  /**
   * The document's sentences, with the speculative frame earlier in a sentence's paragraph ({@link
   * ArticleSentences#frameBefore}), asked only for an instrument whose modality is read.
   */
  private final ArticleSentences analysed;

  /**
   * Creates a finder for one document.
   *
   * @param text the document text
   * @param mentions the officials' mentions
   * @param analysed the document's sentences, whose frames the finder asks for
   */
  InstrumentFinder(String text, OfficialMentions mentions, ArticleSentences analysed) {
    this.mentions = mentions;
    this.places = new Places(text);
    this.analysed = analysed;
  }

  /**
   * Finds the instruments of a sentence.
   *
   * @param sentence the sentence
   * @param dates its date expressions
   * @param max the most mentions to return
   * @return the instrument mentions, in text order
   */
  List<InstrumentMention> find(EventSentence sentence, List<DateMention> dates, int max) {
    // Most sentences name no instrument: their list is made with the first mention.
    List<InstrumentMention> found = List.of();
    int i = 0;
    while (i < sentence.size() && found.size() < max) {
      // No kind starts at the tokens skipped.
      i = lexicon.nextKindCandidate(sentence, i);
      if (i >= sentence.size()) {
        break;
      }
      // The kind is looked up first: few tokens start one, and a token inside a mention starts none.
      PhraseLexicon.Match<KindEntry> match = lexicon.kindAt(sentence, i);
      if (match != null && inMention(sentence, i)) {
        match = null;
      }
      if (match == null || match.value().excluded()) {
        i = match == null ? i + 1 : match.last() + 1;
        continue;
      }
      if (found.isEmpty()) {
        found = new ArrayList<>();
      }
      InstrumentMention mention = read(sentence, match, dates);
      if (!found.isEmpty() && mention.action().isEmpty()) {
        InstrumentMention previous = found.get(found.size() - 1);
        if (previous.action().isPresent() && coordinated(sentence, previous.nameLast(), mention.nameFirst())) {
          ActionReading a = previous.action().get();
          mention = mention.withAction(new ActionReading(a.status(), a.span(), a.first(), a.last(), a.before(),
              a.signer(), true), previous.modality(), Optional.empty());
        }
      }
      if (mention.action().isPresent()) {
        ActionReading a = mention.action().get();
        Optional<DateMention> date = nearestDate(sentence, dates, Math.min(a.first(), mention.nameFirst()),
            Math.max(a.last(), mention.nameLast()), a.span());
        mention = mention.withAction(a, mention.modality(), date);
        InstrumentMention previous = found.isEmpty() ? null : found.get(found.size() - 1);
        if (a.coordinated() && previous != null && previous.date().isEmpty() && date.isPresent()) {
          found.set(found.size() - 1, previous.withAction(previous.action().get(), previous.modality(), date));
        }
      }
      found.add(mention);
      i = Math.max(match.last(), mention.nameLast()) + 1;
    }
    return found;
  }

  private InstrumentMention read(EventSentence sentence, PhraseLexicon.Match<KindEntry> match, List<DateMention> dates) {
    KindEntry entry = match.value();
    int premodStart = match.first();
    int lower = 0;
    boolean excluded = false;
    for (int k = match.first() - 1; k >= 0 && match.first() - k <= MAX_PREMODIFIERS; k--) {
      if (!sentence.isWordLike(k) || lexicon.is(Role.SKIP, sentence, k) || lexicon.is(Role.VAGUE, sentence, k)
          || lexicon.beforeEndingAt(sentence, k) != null || inMention(sentence, k)) {
        break;
      }
      if (!sentence.capitalized(k)) {
        PhraseLexicon.Match<KindEntry> modifier = lexicon.kindAt(sentence, k);
        if (modifier != null && !modifier.value().excluded() || !isModifierWord(sentence, k)) {
          break;
        }
        excluded |= modifier != null;
        if (++lower > MAX_LOWER_PREMODIFIERS) {
          break;
        }
      }
      premodStart = k;
    }
    int nameLast = match.last();
    if (sentence.isPunct(nameLast + 1, '(') && sentence.isPunct(nameLast + 3, ')')
        && sentence.capitalized(nameLast + 2)) {
      nameLast += 3;
    }
    Optional<Span> tail = Optional.empty();
    int tailCue = lexicon.endOf(Role.TAIL, sentence, nameLast + 1);
    List<Span> items = List.of();
    if (tailCue >= 0) {
      int tailEnd = tailEnd(sentence, tailCue + 1, dates, false);
      int tailStart = tailCue + 1 < sentence.size() ? sentence.start(tailCue + 1) : -1;
      boolean dated = dateStartsAt(dates, tailStart);
      if (tailEnd > tailCue + 1 && !dated) {
        tail = Optional.of(Span.of(sentence.start(tailCue + 1), sentence.end(tailEnd - 1)));
        nameLast = tailEnd - 1;
        if (entry.plural()) {
          items = listItems(sentence, tailCue + 1, dates);
          if (items.size() >= 2) {
            nameLast = sentence.firstAtOrAfter(items.get(items.size() - 1).end()) - 1;
          }
        }
      }
    }
    Optional<Span> premodifier = premodifier(sentence, premodStart, match.first());
    int count = count(sentence, premodStart - 1);
    if (count == 1 && items.size() >= 2) {
      count = items.size();
    } else if (items.size() != count) {
      items = List.of();
    }
    boolean vague = lexicon.is(Role.VAGUE, sentence, premodStart - 1) || lexicon.is(Role.VAGUE, sentence, premodStart - 2);
    boolean generic = entry.generic() && !sentence.capitalized(match.first())
        && premodStart == match.first() && tail.isEmpty() && count == 1;
    Optional<ActionReading> action = action(sentence, premodStart, nameLast);
    Modality modality = Modality.ASSERTED;
    if (action.isPresent()) {
      int first = Math.min(action.get().first(), premodStart);
      int last = Math.max(action.get().last(), nameLast);
      modality = modalities.read(sentence, clauseStart(sentence, first), action.get().first(), action.get().last(),
          clauseEnd(sentence, last), analysed.frameBefore(sentence));
    }
    List<String> nameWords = nameWords(sentence, premodStart, match.first(), tail);
    return new InstrumentMention(sentence, match.span(sentence), Optional.ofNullable(entry.kind()), premodStart,
        nameLast, nameWords, premodifier, tail, count, items, entry.plural(), generic, vague, excluded, action,
        modality, Optional.empty());
  }

  /** A lower-case word that can modify an instrument noun: not a function word, verb form or conjunction. */
  private static boolean isModifierWord(EventSentence sentence, int k) {
    String w = sentence.lower(k);
    return sentence.kind(k) == Token.Kind.WORD && FUNCTION_WORDS.get(w) == null && !w.equals("or") && !w.equals("but")
        && !w.endsWith("ing") && !w.endsWith("ed");
  }

  private Optional<ActionReading> action(EventSentence sentence, int premodStart, int nameLast) {
    int k = premodStart - 1;
    int skipped = 0;
    while (k >= 0 && skipped < MAX_SKIP && (lexicon.is(Role.SKIP, sentence, k)
        || NUMBER_WORDS.containsKey(sentence.lower(k)) || sentence.kind(k) == Token.Kind.NUMBER)) {
      k--;
      skipped++;
    }
    PhraseLexicon.Match<Action> before = k >= 0 && !inMention(sentence, k) ? lexicon.beforeEndingAt(sentence, k)
        : null;
    if (before != null) {
      boolean noun = sentence.isWord(before.first(), "signing")
          && (lexicon.is(Role.SKIP, sentence, before.first() - 1)
          || sentence.kind(Math.max(0, before.first() - 1)) == Token.Kind.POSSESSIVE);
      return Optional.of(new ActionReading(before.value().status(), before.span(sentence), before.first(),
          before.last(), true, before.value().signer() && !noun, false));
    }
    int j = nameLast + 1;
    for (int step = 0; step < 2 && (sentence.isWord(j, "today") || sentence.isWord(j, "yesterday")
        || sentence.isPunct(j, ',')); step++) {
      j++;
    }
    PhraseLexicon.Match<Action> after = lexicon.afterAt(sentence, j);
    if (after != null && !inMention(sentence, j)) {
      return Optional.of(new ActionReading(after.value().status(), after.span(sentence), after.first(), after.last(),
          false, false, false));
    }
    return Optional.empty();
  }

  /**
   * Reads the subjects listed after a plural kind ("MOUs on digital technology, tourism and
   * health"), one per instrument.
   */
  private List<Span> listItems(EventSentence sentence, int from, List<DateMention> dates) {
    List<Span> items = new ArrayList<>();
    int k = from;
    while (k < sentence.size() && items.size() < MAX_COUNT) {
      int end = tailEnd(sentence, k, dates, true);
      if (end <= k) {
        break;
      }
      items.add(Span.of(sentence.start(k), sentence.end(end - 1)));
      int next = end;
      if (sentence.isPunct(next, ',')) {
        next++;
      }
      if (sentence.isWord(next, "and") || sentence.isWord(next, "or")) {
        next++;
      }
      if (next == end) {
        break;
      }
      k = next;
    }
    return items;
  }

  /**
   * Returns the index after the words of a name's tail that start at {@code from}; a list item also
   * ends before "and" and "or".
   */
  private int tailEnd(EventSentence sentence, int from, List<DateMention> dates, boolean listItem) {
    int end = from;
    int depth = 0;
    while (end < sentence.size() && end - from < MAX_TAIL) {
      if (dateStartsAt(dates, sentence.start(end))) {
        break;
      }
      if (sentence.isPunct(end, '(')) {
        depth++;
      } else if (sentence.isPunct(end, ')')) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (sentence.kind(end) == Token.Kind.PUNCT && !sentence.isPunct(end, '-')
          && !sentence.isPunct(end, '&') && !sentence.isPunct(end, '\'')
          || sentence.isWordIn(end, TAIL_STOPS) && !sentence.capitalized(end)
          || sentence.isWord(end, "to") && end + 1 < sentence.size() && !sentence.capitalized(end + 1)
          && !sentence.isWord(end + 1, "the")
          || listItem && (sentence.isWord(end, "and") || sentence.isWord(end, "or"))
          || sentence.isWord(end, "in") && !sentence.capitalized(end) && end + 1 < sentence.size()
          && (sentence.capitalized(end + 1) || sentence.isWord(end + 1, "a") || sentence.isWord(end + 1, "an"))
          || sentence.isWord(end, "and") && end > from && (lexicon.kindAt(sentence, end + 1) != null
          || lexicon.is(Role.SKIP, sentence, end + 1) && lexicon.kindAt(sentence, end + 2) != null))) {
        break;
      }
      end++;
    }
    while (end > from && sentence.isWordIn(end - 1, FUNCTION_WORDS)) {
      end--;
    }
    return end;
  }

  /** The capitalised words before the kind that name the instrument, without country words. */
  private Optional<Span> premodifier(EventSentence sentence, int premodStart, int kindFirst) {
    int s = premodStart;
    while (s < kindFirst) {
      Optional<Places.Place> country = places.countryAt(sentence, s);
      if (country.isPresent() && country.get().last() < kindFirst) {
        s = country.get().last() + 1;
      } else if (!sentence.capitalized(s) || sentence.isWord(s, "bilateral")) {
        s++;
      } else {
        break;
      }
    }
    if (s >= kindFirst) {
      return Optional.empty();
    }
    return Optional.of(Span.of(sentence.start(s), sentence.end(kindFirst - 1)));
  }

  private List<String> nameWords(EventSentence sentence, int premodStart, int kindFirst, Optional<Span> tail) {
    List<String> words = new ArrayList<>();
    for (int k = premodStart; k < kindFirst; k++) {
      addNameWord(sentence, k, words);
    }
    if (tail.isPresent()) {
      for (int k = sentence.firstAtOrAfter(tail.get().start()); k < sentence.size()
          && sentence.end(k) <= tail.get().end(); k++) {
        addNameWord(sentence, k, words);
      }
    }
    return List.copyOf(words);
  }

  private void addNameWord(EventSentence sentence, int k, List<String> words) {
    if (sentence.isWordLike(k) && !sentence.isWordIn(k, FUNCTION_WORDS) && !lexicon.is(Role.SKIP, sentence, k)
        && places.countryAt(sentence, k).isEmpty()) {
      words.add(sentence.lower(k));
    }
  }

  private static int count(EventSentence sentence, int k) {
    if (k < 0) {
      return 1;
    }
    Integer word = NUMBER_WORDS.get(sentence.lower(k));
    if (word != null) {
      return word;
    }
    String digits = sentence.lower(k);
    if (sentence.kind(k) == Token.Kind.NUMBER && digits.length() <= 2 && digits.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(digits);
      return n >= 1 && n <= MAX_COUNT ? n : 1;
    }
    return 1;
  }

  private static boolean coordinated(EventSentence sentence, int previousLast, int nameFirst) {
    if (nameFirst <= previousLast + 1) {
      return false;
    }
    for (int k = previousLast + 1; k < nameFirst; k++) {
      if (!COORDINATION.contains(sentence.lower(k))) {
        return false;
      }
    }
    return true;
  }

  private static int clauseStart(EventSentence sentence, int from) {
    int bound = Math.max(0, from - MAX_REACH);
    for (int k = from - 1; k >= bound; k--) {
      if (sentence.isPunct(k, ';')) {
        return k + 1;
      }
    }
    return bound;
  }

  private static int clauseEnd(EventSentence sentence, int from) {
    int bound = Math.min(sentence.size(), from + MAX_REACH);
    for (int k = from + 1; k < bound; k++) {
      if (sentence.isPunct(k, ';')) {
        return k;
      }
    }
    return bound;
  }

  /**
   * The date expression nearest to an action, within {@value #MAX_DATE_DISTANCE} tokens of the
   * action and instrument words and inside their clause.
   */
  private static Optional<DateMention> nearestDate(EventSentence sentence, List<DateMention> dates, int first,
      int last, Span action) {
    int from = sentence.startOf(Math.max(clauseStart(sentence, first), first - MAX_DATE_DISTANCE));
    int to = sentence.endOf(Math.min(clauseEnd(sentence, last), last + 1 + MAX_DATE_DISTANCE) - 1);
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    List<DateMention> inRange = DateAnchors.within(dates, from, to);
    for (int k = 0; k < inRange.size(); k++) {
      DateMention d = inRange.get(k);
      int distance = d.span().end() <= action.start() ? action.start() - d.span().end()
          : Math.max(0, d.span().start() - action.end());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether one of the dates starts at an offset. */
  private static boolean dateStartsAt(List<DateMention> dates, int offset) {
    for (int k = 0; k < dates.size(); k++) {
      if (dates.get(k).span().start() == offset) {
        return true;
      }
    }
    return false;
  }

  private boolean inMention(EventSentence sentence, int k) {
    return mentions.covers(sentence.start(k));
  }
}
