package io.github.newsmodel.meetings;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.PhraseLexicon;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a meeting sentence says was discussed: the phrase after a topic cue
 * ({@code topic-cues.tsv}: "to discuss", "focused on", "discussed", or "on" after a meeting noun
 * and its other side: "talks with X on trade"), up to the end of its clause, split into items at top-level commas, "including" and "as
 * well as", and before a gerund phrase joined by "and" ("sharing best practices and leveraging
 * technology", "border security and exchanging expertise"). Each topic is a span of the text, so it stays close to what the article says.
 * Immutable; one per document.
 */
final class TopicReader {
  /**
   * Words that end the clause holding the topics, as one-word phrases: looked up token after token,
   * most tokens are told apart by the bits of their hash that the sentence keeps, without reading
   * their text.
   */
  private static final PhraseLexicon<Boolean> CLAUSE_ENDS = oneWordPhrases(List.of("which", "while", "where", "who",
      "whom", "underscoring", "highlighting", "stressing", "noting", "adding", "saying", "according", "whereas",
      "culminating", "resulting", "paving", "took", "occurred"));
  private static final WordTable<Boolean> TRAILING_NOISE = WordTable.ofWords(List.of("and", "or", "under", "of",
      "in", "with", "for", "to", "on", "at", "by", "from", "the", "a", "an", "notably", "particularly",
      "especially"));
  private static final WordTable<Boolean> LEADING_NOISE = WordTable.ofWords(List.of("and", "or", "also", "both",
      "as", "then", "notably", "particularly", "especially"));
  private static final int MAX_TOPIC_WORDS = 20;
  private static final Set<String> NOUN_ENDINGS = Set.of("talks", "discussions", "consultations");
  /** How far after the cue topic cues are looked for, and how long a topic phrase may run, in tokens. */
  private static final int MAX_REACH = 120;

  private final MeetingLexicon lexicon = MeetingLexicon.instance();
  private final OfficialMentions mentions;

  /**
   * Creates a reader for one document.
   *
   * @param mentions the officials' mentions
   */
  TopicReader(OfficialMentions mentions) {
    this.mentions = mentions;
  }

  /**
   * Reads the topics of a meeting cue's sentence, from the cue on.
   *
   * @param sentence the sentence
   * @param cue the meeting cue
   * @return the topic spans, in text order
   */
  List<Span> read(EventSentence sentence, EventCue cue) {
    List<Span> topics = new ArrayList<>();
    int j = cue.first();
    if (cue.role() == CueRole.NOUN || NOUN_ENDINGS.contains(sentence.lower(cue.last()))) {
      j = Math.max(j, afterNoun(sentence, cue, topics));
    }
    int end = Math.min(sentence.size(), cue.first() + MAX_REACH);
    while (j < end) {
      // The tokens where no trigger starts are skipped.
      j = lexicon.nextTopicTriggerCandidate(sentence, j, end);
      if (j >= end) {
        break;
      }
      int trigger = lexicon.topicTriggerEnd(sentence, j);
      if (trigger >= 0 && !insideMention(sentence, j)) {
        j = readPhrase(sentence, trigger + 1, topics);
      } else {
        j++;
      }
    }
    return topics;
  }

  /**
   * Reads the topics after a meeting noun and its other side ("talks with X on regional security"):
   * an "on", "about" ... right after the noun or right after a name, not before a capitalised word
   * ("on Monday") and not opening "on the sidelines of". Returns the token index where the topics end, or the cue's.
   */
  private int afterNoun(EventSentence sentence, EventCue cue, List<Span> topics) {
    int limit = Math.min(sentence.size(), cue.last() + 1 + MAX_REACH);
    for (int k = cue.last() + 1; k < limit; k++) {
      if (sentence.isPunct(k, '.') || sentence.isPunct(k, ';') || endsClause(sentence, k)) {
        break;
      }
      // The preposition is looked up first: most tokens are none, and need no other test.
      int after = lexicon.topicAfterCueEnd(sentence, k);
      if (after < 0 || after + 1 >= sentence.size() || sentence.capitalized(after + 1)) {
        continue;
      }
      if (lexicon.is(CueRole.MARGINS, sentence, k) || insideMention(sentence, k)) {
        continue;
      }
      if (k > cue.last() + 1 && !insideMention(sentence, k - 1)) {
        continue;
      }
      return readPhrase(sentence, after + 1, topics);
    }
    return cue.first();
  }

  /** Reads the topic phrase starting at a token; returns the token index where it ends. */
  private int readPhrase(EventSentence sentence, int start, List<Span> topics) {
    int from = start;
    while (from < sentence.size() && lexicon.topicTriggerEnd(sentence, from) >= 0) {
      from = lexicon.topicTriggerEnd(sentence, from) + 1;
    }
    int end = from;
    int limit = Math.min(sentence.size(), from + MAX_REACH);
    while (end < limit) {
      if (sentence.isPunct(end, ';') || sentence.isPunct(end, ':') || sentence.isPunct(end, '"')
          || endsClause(sentence, end)
          || lexicon.topicTriggerEnd(sentence, end) >= 0 && end > from) {
        break;
      }
      end++;
    }
    int itemStart = from;
    int depth = 0;
    for (int k = from; k <= end; k++) {
      boolean boundary = k == end;
      if (!boundary) {
        if (sentence.isPunct(k, '(')) {
          depth++;
        } else if (sentence.isPunct(k, ')')) {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (sentence.isPunct(k, ',') || sentence.isWord(k, "including")
            || sentence.isWord(k, "as") && sentence.isWord(k + 1, "well") && sentence.isWord(k + 2, "as"))) {
          boundary = true;
        }
      }
      if (boundary) {
        addItem(sentence, itemStart, k, topics);
        if (k < end && sentence.isWord(k, "as")) {
          k += 2;
        }
        itemStart = k + 1;
      }
    }
    return end;
  }

  /** A lexicon of one-word phrases, each a word that the sentence tokenizer cuts as one token. */
  private static PhraseLexicon<Boolean> oneWordPhrases(List<String> words) {
    Map<String, Boolean> phrases = new LinkedHashMap<>();
    for (String word : words) {
      phrases.put(word, Boolean.TRUE);
    }
    return PhraseLexicon.of(phrases);
  }

  /** Whether token {@code k} is a word that ends the clause holding the topics ({@code CLAUSE_ENDS}). */
  private static boolean endsClause(EventSentence sentence, int k) {
    return CLAUSE_ENDS.endAt(sentence, k) >= 0;
  }

  /** Adds the item of tokens {@code [from, to)}, split before a gerund phrase joined by "and". */
  private void addItem(EventSentence sentence, int from, int to, List<Span> topics) {
    int s = from;
    while (s < to && (sentence.isWordIn(s, LEADING_NOISE) || sentence.kind(s) == Token.Kind.PUNCT
        && !sentence.isPunct(s, '$'))) {
      s++;
    }
    int e = to;
    while (e > s && (sentence.kind(e - 1) == Token.Kind.PUNCT && !sentence.isPunct(e - 1, ')')
        || sentence.isWordIn(e - 1, TRAILING_NOISE))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    if (e - s > 2) {
      for (int k = s + 2; k < e - 1; k++) {
        if (sentence.isWord(k, "and") && isGerund(sentence, k + 1)) {
          addItem(sentence, s, k, topics);
          addItem(sentence, k + 1, e, topics);
          return;
        }
      }
    }
    int words = 0;
    boolean named = true;
    for (int k = s; k < e; k++) {
      if (sentence.isWordLike(k)) {
        words++;
        named &= insideMention(sentence, k);
      }
    }
    if (words == 0 || words > MAX_TOPIC_WORDS || named) {
      return;
    }
    topics.add(Span.of(sentence.start(s), sentence.end(e - 1)));
  }

  private static boolean isGerund(EventSentence sentence, int k) {
    return sentence.kind(k) == Token.Kind.WORD && !sentence.capitalized(k) && sentence.lower(k).length() > 5
        && sentence.lower(k).endsWith("ing");
  }

  private boolean insideMention(EventSentence sentence, int k) {
    return mentions.covers(sentence.start(k));
  }
}
