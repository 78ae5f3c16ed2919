package io.github.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.Totality;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs that break backtracking regexes or quadratic algorithms. Each must parse within a
 * generous bound: the one timed test the project allows, to catch hangs (speed is measured by the
 * JMH benchmarks, not here).
 */
class PathologicalInputTest {
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final TextParser TEXT = TextParser.create();
  private static final HtmlParser HTML = HtmlParser.create();

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("1 MB of one character", (Supplier<String>) () -> "a".repeat(1_000_000)),
        Arguments.of("1 MB of periods", (Supplier<String>) () -> ".".repeat(1_000_000)),
        Arguments.of("1 MB of Sheikh", (Supplier<String>) () -> "Sheikh ".repeat(150_000)),
        Arguments.of("50k commas", (Supplier<String>) () -> "Minister" + ", Minister".repeat(50_000)),
        Arguments.of("a line of 10^6 capitalised words", (Supplier<String>) () -> "Word ".repeat(1_000_000)),
        Arguments.of("honorific chains without end",
            (Supplier<String>) () -> "HE Sheikh Dr. Major General bin Al ".repeat(30_000)),
        Arguments.of("meeting words everywhere",
            (Supplier<String>) () -> "met with the Minister and held talks with ".repeat(25_000)),
        Arguments.of("one 10 MB line", (Supplier<String>) () -> "x y. ".repeat(2_000_000)),
        Arguments.of("100k empty lines", (Supplier<String>) () -> "\n".repeat(100_000)),
        Arguments.of("dates everywhere", (Supplier<String>) () -> "on December 18, 2023 and Dec. 8 ".repeat(30_000)),
        Arguments.of("20k all-capitals lines after a body",
            (Supplier<String>) () -> "Body sentence one.\n" + "ABC DEF\n".repeat(20_000) + "end of text"),
        Arguments.of("20k ISO dates in a row", (Supplier<String>) () -> "2024-01-01 ".repeat(20_000)),
        Arguments.of("an impossible UTC offset", (Supplier<String>) () -> "Posted on 2023-12-18T10:30+18:30\nText."));
  }

  @ParameterizedTest(name = "text: {0}")
  @MethodSource("texts")
  void plainTextParsesInBoundedTime(String name, Supplier<String> input) {
    String text = input.get();
    NewsDocument doc = assertTimeoutPreemptively(BOUND, () -> Totality.check(() -> TEXT.parse(text, name)));
    assertThat(doc).isNotNull();
    assertThat(doc.text()).hasSameSizeAs(text);
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("100k nested divs", (Supplier<String>) () -> "<div>".repeat(100_000) + "text"),
        Arguments.of("100k nested inline tags", (Supplier<String>) () -> "<p>" + "<b><i>".repeat(50_000) + "x"),
        Arguments.of("100k unclosed paragraphs", (Supplier<String>) () -> "<p>Minister met.".repeat(100_000)),
        Arguments.of("1 MB attribute", (Supplier<String>) () -> "<p class=\"" + "a ".repeat(500_000) + "\">x</p>"),
        Arguments.of("1 MB of entities", (Supplier<String>) () -> "<p>" + "&amp;".repeat(200_000) + "</p>"),
        Arguments.of("100k JSON-LD brackets",
            (Supplier<String>) () -> "<script type=\"application/ld+json\">" + "[".repeat(100_000) + "</script><p>x</p>"),
        Arguments.of("100k list items", (Supplier<String>) () -> "<ul>" + "<li>Item, Minister".repeat(100_000)));
  }

  @ParameterizedTest(name = "html: {0}")
  @MethodSource("pages")
  void htmlParsesInBoundedTime(String name, Supplier<String> input) {
    String html = input.get();
    assertTimeoutPreemptively(BOUND, () -> Totality.check(() -> HTML.parse(html, name, ParseHints.none())));
  }
}
