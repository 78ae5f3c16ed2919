package io.github.newsmodel.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidates the meeting lexicon skips to: no phrase they stand for starts at a token skipped. */
class MeetingLexiconCandidatesTest {
  private static final MeetingLexicon LEXICON = MeetingLexicon.instance();

  private static EventSentence sentence(String text) {
    String folded = MatchText.fold(text);
    return EventSentence.of(folded, 0, Span.of(0, folded.length()), 0, false);
  }

  /** The phrases of the meeting and topic lists, their words, and other words and marks. */
  private static List<String> pieces() {
    List<String> pieces = new ArrayList<>(List.of("In", "in", "AT", "at", "the", "Doha", ",", ".", "talks", "on",
        "about", "phone", "video", "person", "visit", "margins", "of", "x", "\u2019s", "'", "-"));
    for (String file : List.of("meeting-cues.tsv", "topic-cues.tsv")) {
      for (String[] row : LexiconResource.rows(file, 2)) {
        pieces.add(row[0]);
        pieces.addAll(List.of(row[0].split(" ")));
      }
    }
    return pieces;
  }

  @Test
  void noModePlaceOrTopicWordStartsAtATokenSkipped() {
    qt().withExamples(1500)
        .forAll(lists().of(arbitrary().pick(pieces())).ofSizeBetween(0, 30), arbitrary().pick(0, 1, 3, 7),
            arbitrary().pick(0, 2, 5, 12, 100))
        .checkAssert((words, from, window) -> {
          EventSentence s = sentence(String.join(" ", words));
          int to = Math.min(from + window, s.size());
          int mode = LEXICON.nextModeCandidate(s, from, to);
          int place = LEXICON.nextPlaceCandidate(s, from, to);
          int topic = LEXICON.nextTopicTriggerCandidate(s, from, to);
          // Within the window the skip is as without one, and it never looks past the window.
          assertThat(mode).isEqualTo(Math.min(LEXICON.nextModeCandidate(s, from, s.size()), to));
          assertThat(place).isEqualTo(Math.min(LEXICON.nextPlaceCandidate(s, from, s.size()), to));
          assertThat(topic).isEqualTo(Math.min(LEXICON.nextTopicTriggerCandidate(s, from, s.size()), to));
          for (int t = from; t < s.size(); t++) {
            if (t < mode) {
              for (CueRole role : List.of(CueRole.PHONE, CueRole.VIDEO, CueRole.IN_PERSON)) {
                assertThat(LEXICON.endOf(role, s, t)).as("%s %s at %s", words, role, t).isNegative();
              }
            }
            if (t < place) {
              assertThat(s.isWord(t, "in") || s.isWord(t, "at") || LEXICON.is(CueRole.VISIT, s, t)
                  || LEXICON.is(CueRole.MARGINS, s, t)).as("%s at %s", words, t).isFalse();
            }
            if (t < topic) {
              assertThat(LEXICON.topicTriggerEnd(s, t)).as("%s at %s", words, t).isNegative();
            }
          }
          assertThat(List.of(mode, place, topic)).allSatisfy(n -> assertThat(n).isBetween(Math.min(from, to), to));
        });
  }
}
