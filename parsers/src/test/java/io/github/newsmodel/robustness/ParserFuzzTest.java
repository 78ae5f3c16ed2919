package io.github.newsmodel.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.ParseLimits;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.Totality;

/**
 * Coverage-guided fuzz tests of both parsers. Under {@code mvn verify} they replay the saved inputs
 * in {@code src/test/resources/io/github/newsmodel/robustness/ParserFuzzTestInputs/} as regression
 * tests; {@code JAZZER_FUZZ=1 mvn -pl parsers -am test -Dtest=ParserFuzzTest#fuzzPlainText
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes for real (see {@code docs/robustness.md}).
 */
class ParserFuzzTest {
  private static final ParseLimits LIMITS = ParseLimits.defaults().withMaxInputChars(200_000);
  private static final TextParser TEXT = TextParser.withLimits(LIMITS);
  private static final HtmlParser HTML = HtmlParser.withLimits(LIMITS);

  @FuzzTest(maxDuration = "5m")
  void fuzzPlainText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Totality.check(() -> TEXT.parse(text, "fuzz"));
  }

  @FuzzTest(maxDuration = "5m")
  void fuzzPlainTextBytes(byte[] bytes) {
    Totality.check(() -> TEXT.parse(bytes, "fuzz", ParseHints.none()));
  }

  @FuzzTest(maxDuration = "5m")
  void fuzzHtml(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    Totality.check(() -> HTML.parse(html, "fuzz", ParseHints.none()));
  }

  @FuzzTest(maxDuration = "5m")
  void fuzzHtmlBytes(byte[] bytes) {
    Totality.check(() -> HTML.parse(bytes, "fuzz", ParseHints.none().withUri("https://example.org/2024/05/06/x")));
  }
}
