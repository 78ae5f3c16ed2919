package io.github.newsmodel.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.testing.MeetingGenerators;
import io.github.newsmodel.testing.Readouts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Metamorphic properties of the meeting extractor over generated one-sentence readouts. */
class MeetingPropertiesTest {

  /** The values of a meeting that a change of frame must not touch. */
  private record Core(Object participants, Object location, Optional<LocalDate> date, List<String> topics,
      Object mode, Object host) {
    static Core of(NewsDocument doc, Meeting m) {
      return new Core(Readouts.participants(doc, m), m.location(), m.date(), m.topics(), m.mode(),
          m.host().map(h -> Readouts.names(doc, List.of(h))));
    }
  }

  private static Meeting only(NewsDocument doc) {
    assertThat(doc.meetings()).as("meetings of %s", doc.text()).hasSize(1);
    return doc.meetings().get(0);
  }

  @Test
  void aHedgedFrameFlipsStatusAndAssertionAndNothingElse() {
    qt().withExamples(60).forAll(MeetingGenerators.scenarios(), MeetingGenerators.publicationDates())
        .checkAssert((scenario, published) -> {
          NewsDocument plain = Readouts.parse(scenario.asserted(), published);
          NewsDocument hedged = Readouts.parse(scenario.hedged(), published);
          Meeting held = only(plain);
          Meeting expected = only(hedged);
          assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
          assertThat(held.assertion()).isEqualTo(Assertion.ASSERTED);
          assertThat(expected.status()).isEqualTo(MeetingStatus.PLANNED);
          assertThat(expected.assertion()).isEqualTo(Assertion.HEDGED);
          assertThat(Core.of(hedged, expected)).isEqualTo(Core.of(plain, held));
          assertThat(Readouts.participants(plain, held))
              .containsExactlyInAnyOrder(scenario.host().name(), scenario.guest().name());
        });
  }

  @Test
  void shiftingThePublicationDateShiftsTodayAndYesterdayAndLeavesExplicitDatesAlone() {
    qt().withExamples(60)
        .forAll(MeetingGenerators.datedScenarios(), MeetingGenerators.publicationDates(), MeetingGenerators.shifts())
        .checkAssert((scenario, published, shift) -> {
          LocalDate moved = published.plusDays(shift);
          Optional<LocalDate> before = only(Readouts.parse(scenario.asserted(), published)).date();
          Optional<LocalDate> after = only(Readouts.parse(scenario.asserted(), moved)).date();
          switch (scenario.dateWord()) {
            case TODAY -> {
              assertThat(before).contains(published);
              assertThat(after).contains(moved);
            }
            case YESTERDAY -> {
              assertThat(before).contains(published.minusDays(1));
              assertThat(after).contains(moved.minusDays(1));
            }
            default -> {
              assertThat(before).contains(scenario.explicit());
              assertThat(after).isEqualTo(before);
            }
          }
        });
  }

  @Test
  void aMeetingWithoutDateWordsHasNoDateWhateverThePublicationDate() {
    qt().withExamples(30).forAll(MeetingGenerators.undatedScenarios(), MeetingGenerators.publicationDates())
        .checkAssert((scenario, published) ->
            assertThat(only(Readouts.parse(scenario.asserted(), published)).date()).isEmpty());
  }
}
