package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModalityReaderTest {
  private static final ModalityReader READER = ModalityReader.instance();

  /** Reads the modality of the first occurrence of {@code cue} in {@code text}. */
  private static Modality read(String text, String cue) {
    EventSentence s = EventSentence.of(MatchText.fold(text), 0, Span.of(0, text.length()), 0, false);
    int at = 0;
    while (!s.lower(at).equals(cue)) {
      at++;
    }
    return READER.read(s, 0, at, at, s.size(), Optional.empty());
  }

  private static String cue(String text, Modality modality) {
    Span span = modality.assertionCue().orElseThrow();
    return text.substring(span.start(), span.end());
  }

  @Test
  void aPlainStatementIsAsserted() {
    Modality m = read("The ministers met in Doha.", "met");
    assertThat(m).isEqualTo(Modality.ASSERTED);
    assertThat(m.speculative()).isFalse();
  }

  @Test
  void attributionIsReportedAnywhereInTheSentence() {
    String text = "The ministers met in Doha, according to a statement.";
    Modality m = read(text, "met");
    assertThat(m.assertion()).isEqualTo(Assertion.REPORTED);
    assertThat(cue(text, m)).isEqualTo("according to");
  }

  @Test
  void expectationIsHedgedAndFuture() {
    String text = "The ministers are expected to meet in Doha.";
    Modality m = read(text, "meet");
    assertThat(m.assertion()).isEqualTo(Assertion.HEDGED);
    assertThat(m.future()).isTrue();
    assertThat(m.speculativePast()).isFalse();
    assertThat(read("The ministers likely met in Doha.", "met").speculativePast()).isTrue();
  }

  @Test
  void negationReachesOnlyNearTheCue() {
    assertThat(read("The ministers did not meet in Doha.", "meet").assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(read("The ministers met in Doha and discussed the many issues that were not yet settled.", "met")
        .assertion()).isEqualTo(Assertion.ASSERTED);
    assertThat(read("The ministers not only met but also dined.", "met").assertion()).isEqualTo(Assertion.ASSERTED);
  }

  @Test
  void capitalisedWordsAreNotCuesExceptFirst() {
    assertThat(read("In May the ministers met.", "met").assertion()).isEqualTo(Assertion.ASSERTED);
    assertThat(read("According to the ministry, the ministers met.", "met").assertion())
        .isEqualTo(Assertion.REPORTED);
  }

  @Test
  void aFrameCueHedgesTheRestOfItsParagraph() {
    String text = "Observers anticipate closer cooperation.";
    EventSentence s = EventSentence.of(text, 0, Span.of(0, text.length()), 0, false);
    assertThat(READER.frameCue(s)).contains(Span.of(0, 9));
    EventSentence next = EventSentence.of("They met.", 0, Span.of(0, 9), 0, false);
    assertThat(READER.read(next, 0, 1, 1, 3, READER.frameCue(s)).assertion()).isEqualTo(Assertion.HEDGED);
  }

  @Test
  void phrasesLookedUpOnceFindWhatAScanOfEachRangeFinds() {
    String[] words = {"according", "to", "said", "not", "only", "did", "will", "may", "expected", "be", "no",
        "the", "ministers", "met", "According", "Observers", "anticipate", "likely", "in", "a", "statement", ","};
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(30);
      for (int w = 0; w < length; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      EventSentence s = EventSentence.of(MatchText.fold(text.toString()), 0, Span.of(0, text.length()), 0, false);
      int from = random.nextInt(s.size() + 4) - 2;
      int to = from + random.nextInt(s.size() + 4);
      ModalityReader.PhraseStarts starts = READER.phraseStarts(s, from, to);
      for (int k = 0; k < 20; k++) {
        int a = from + random.nextInt(Math.max(1, to - from + 1));
        int b = a + random.nextInt(Math.max(1, to - a + 1));
        for (ModalityReader.Kind kind : ModalityReader.Kind.values()) {
          assertThat(starts.find(s, a, b, kind)).as("%s [%d, %d) %s", text, a, b, kind)
              .isEqualTo(READER.find(s, a, b, kind));
        }
      }
    }
  }

  @Test
  void theFrameCueIsTheFirstFramingPhraseOfTheScanOverAllCues() {
    // Frame words among cues of other kinds that may mask them ("analysts expect" against "expect"),
    // in any case and at the start of the sentence.
    String[] words = {"analysts", "Analysts", "expect", "experts", "suggest", "suggests", "looking", "ahead",
        "observers", "Observers", "anticipate", "speculate", "not", "only", "a", "statement", "said", "likely",
        "is", "to", "will", "the", "minister", "met", ",", "\"", "may", "could", "Looking"};
    Random random = new Random(7);
    int framed = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      String folded = MatchText.fold(text.toString());
      EventSentence s = EventSentence.of(folded, 0, Span.of(0, folded.length()), 0, false);
      assertThat(READER.frameCue(s)).as(folded)
          .isEqualTo(Optional.ofNullable(READER.find(s, 0, s.size(), ModalityReader.Kind.FRAME)));
      framed += READER.frameCue(s).isPresent() ? 1 : 0;
    }
    assertThat(framed).isBetween(1_000, 19_000);
  }
}
