package io.github.newsmodel.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TemporalLexiconTest {
  private final TemporalLexicon lexicon = TemporalLexicon.instance();

  @Test
  void everyMonthAndWeekdayHasItsFullName() {
    String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    IntStream.range(0, 12).forEach(i -> assertThat(lexicon.month(months[i]))
        .hasValueSatisfying(name -> assertThat(name.number()).isEqualTo(i + 1)));
    String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    IntStream.range(0, 7).forEach(i -> assertThat(lexicon.weekday(days[i]))
        .hasValueSatisfying(name -> assertThat(name.full()).isTrue()));
    assertThat(lexicon.month("sept")).hasValueSatisfying(name -> assertThat(name.full()).isFalse());
  }

  @Test
  void relativePhrasesAreLongestFirst() {
    assertThat(lexicon.relativesStartingWith("earlier")).first()
        .satisfies(r -> assertThat(r.words()).hasSize(3));
    assertThat(lexicon.relativesStartingWith("today")).singleElement()
        .satisfies(r -> assertThat(r.offsetDays()).isZero());
    assertThat(lexicon.relativesStartingWith("yesterday")).singleElement()
        .satisfies(r -> assertThat(r.tense()).isEqualTo(Tense.PAST));
  }

  @Test
  void cuesParse() {
    assertThat(lexicon.tenseCue("will")).contains(Tense.FUTURE);
    assertThat(lexicon.tenseCue("met")).contains(Tense.PAST);
    assertThat(lexicon.isDateCue("since")).isTrue();
    assertThat(lexicon.isDateCue("dog")).isFalse();
  }
}
