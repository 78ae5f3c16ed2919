package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.Optional;
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
}
