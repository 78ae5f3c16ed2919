package io.github.newsmodel.meetings;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.List;
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
  private static final Set<String> CLAUSE_ENDS = Set.of("which", "while", "where", "who", "whom", "underscoring",
      "highlighting", "stressing", "noting", "adding", "saying", "according", "whereas", "culminating",
      "resulting", "paving", "took", "occurred");
  private static final Set<String> TRAILING_NOISE = Set.of("and", "or", "under", "of", "in", "with", "for", "to",
      "on", "at", "by", "from", "the", "a", "an", "notably", "particularly", "especially");
  private static final Set<String> LEADING_NOISE = Set.of("and", "or", "also", "both", "as", "then", "notably",
      "particularly", "especially");
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
      Token t = sentence.token(k);
      if (t.is('.') || t.is(';') || CLAUSE_ENDS.contains(t.lower())) {
        break;
      }
      if (insideMention(sentence, k) || lexicon.is(CueRole.MARGINS, sentence, k)) {
        continue;
      }
      if (k > cue.last() + 1 && !insideMention(sentence, k - 1)) {
        continue;
      }
      int after = lexicon.topicAfterCueEnd(sentence, k);
      if (after >= 0 && after + 1 < sentence.size() && !sentence.token(after + 1).capitalized()) {
        return readPhrase(sentence, after + 1, topics);
      }
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
      Token t = sentence.token(end);
      if (t.is(';') || t.is(':') || t.is('"') || CLAUSE_ENDS.contains(t.lower())
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
        Token t = sentence.token(k);
        if (t.is('(')) {
          depth++;
        } else if (t.is(')')) {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (t.is(',') || t.lower().equals("including")
            || t.lower().equals("as") && sentence.isWord(k + 1, "well") && sentence.isWord(k + 2, "as"))) {
          boundary = true;
        }
      }
      if (boundary) {
        addItem(sentence, itemStart, k, topics);
        if (k < end && sentence.lower(k).equals("as")) {
          k += 2;
        }
        itemStart = k + 1;
      }
    }
    return end;
  }

  /** Adds the item of tokens {@code [from, to)}, split before a gerund phrase joined by "and". */
  private void addItem(EventSentence sentence, int from, int to, List<Span> topics) {
    int s = from;
    while (s < to && (LEADING_NOISE.contains(sentence.lower(s)) || sentence.token(s).kind() == Token.Kind.PUNCT
        && !sentence.isPunct(s, '$'))) {
      s++;
    }
    int e = to;
    while (e > s && (sentence.token(e - 1).kind() == Token.Kind.PUNCT && !sentence.isPunct(e - 1, ')')
        || TRAILING_NOISE.contains(sentence.lower(e - 1)))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    if (e - s > 2) {
      for (int k = s + 2; k < e - 1; k++) {
        if (sentence.isWord(k, "and") && isGerund(sentence.token(k + 1))) {
          addItem(sentence, s, k, topics);
          addItem(sentence, k + 1, e, topics);
          return;
        }
      }
    }
    int words = 0;
    boolean named = true;
    for (int k = s; k < e; k++) {
      if (sentence.token(k).isWordLike()) {
        words++;
        named &= insideMention(sentence, k);
      }
    }
    if (words == 0 || words > MAX_TOPIC_WORDS || named) {
      return;
    }
    topics.add(Span.of(sentence.token(s).start(), sentence.token(e - 1).end()));
  }

  private static boolean isGerund(Token token) {
    return token.kind() == Token.Kind.WORD && !token.capitalized() && token.lower().length() > 5
        && token.lower().endsWith("ing");
  }

  private boolean insideMention(EventSentence sentence, int k) {
    return mentions.covering(sentence.token(k).start()).isPresent();
  }
}
