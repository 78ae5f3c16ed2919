package io.github.newsmodel.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.DocumentInvariants;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts built to make the meeting and agreement readers work hard: one endless sentence of meeting
 * cues between named officials, of signed instruments, of anaphors with dates and places. Each must
 * parse into a valid document within a generous bound (a hang guard, not a speed test).
 */
class EventInputBoundsTest {
  private static final Duration BOUND = Duration.ofSeconds(30);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("one sentence of meetings", (Supplier<String>) () ->
            "Foreign Minister Karim Haddad met with Foreign Minister Grace Wanjiru and ".repeat(3_000)),
        Arguments.of("one sentence of signings", (Supplier<String>) () ->
            "Qatar and Oman signed the Trade Memorandum of Understanding on Ports and ".repeat(20_000)),
        Arguments.of("anaphors with places and dates", (Supplier<String>) () ->
            "Jordanian Foreign Minister Karim Haddad met Kenyan Foreign Minister Grace Wanjiru. "
                + "The meeting took place in Doha on December 18, 2023, ".repeat(20_000)),
        Arguments.of("per-counterpart meetings with a long list", (Supplier<String>) () -> {
          StringBuilder text = new StringBuilder("Jordanian Foreign Minister Karim Haddad held bilateral meetings with ");
          for (int i = 0; i < 1_500; i++) {
            text.append("Kenyan Minister Grace Wanjiru").append(i % 26 == 0 ? "" : String.valueOf((char) ('a' + i % 26)))
                .append(", ");
          }
          return text.append("and others.").toString();
        }),
        Arguments.of("distinct instruments", (Supplier<String>) () -> {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < 5_000; i++) {
            text.append("Qatar and Oman signed the Port").append(i).append(" Agreement. ");
          }
          return text.toString();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void parsesInBoundedTime(String name, Supplier<String> input) {
    String text = input.get();
    NewsDocument doc = assertTimeoutPreemptively(BOUND, () -> TextParser.create().parse(text, name));
    DocumentInvariants.check(doc);
    assertThat(doc.agreements().size()).isLessThanOrEqualTo(200);
  }
}
