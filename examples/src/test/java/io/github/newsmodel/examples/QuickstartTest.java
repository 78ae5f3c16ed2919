package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.testing.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's quickstart, as a twin test: the snippet in the README must be the code below, and
 * must run.
 */
class QuickstartTest {

  @Test
  void readmeQuickstartRuns() throws Exception {
    // --- README quickstart (keep identical to README.md) ---
    String text = Files.readString(Path.of("../seeds/000_108a99c07e05f4ec.txt"));
    NewsDocument doc = NewsModel.parseText(text, "seeds/000_108a99c07e05f4ec.txt");
    doc.officials().forEach(official ->
        System.out.println(official.name() + " " + official.titles() + " " + official.country()));
    doc.meetings().forEach(meeting -> System.out.println(meeting.date() + " " + meeting.participants()));
    String json = NewsModel.toJson(doc);  // one line of the newsmodel/1 contract
    // --- end of README quickstart ---
    assertThat(json).startsWith("{\"schema\":\"newsmodel/1\"");
    assertThat(doc.text()).isEqualTo(text);
  }

  @Test
  void readmeContainsTheQuickstartVerbatim() throws IOException {
    String test = Files.readString(Path.of("src/test/java/io/github/newsmodel/examples/QuickstartTest.java"));
    Matcher snippet = Pattern.compile("// --- README quickstart \\(keep identical to README.md\\) ---\\n(.*?)"
        + "\\s*// --- end of README quickstart ---", Pattern.DOTALL).matcher(test);
    assertThat(snippet.find()).isTrue();
    String readme = Files.readString(Path.of("../README.md"));
    for (String line : snippet.group(1).split("\n")) {
      assertThat(readme).contains(line.strip());
    }
  }

  @Test
  void quickstartProgramDescribesASeed() throws IOException {
    String text = Files.readString(Path.of("../seeds/000_108a99c07e05f4ec.txt"));
    assertThat(Quickstart.describe(text, "seed")).contains("\"schema\":\"newsmodel/1\"");
  }

  @Test
  void quickstartProgramPrintsOfficialsMeetingsAndAgreementsWithTheirQuotes() {
    String description = Quickstart.describe(ReportFixtures.seed0());
    assertThat(description.lines())
        .contains("official   Khalifa bin Hamad bin Khalifa Al Thani [Minister of Interior, Commander of the "
            + "Internal Security Force] QA")
        .contains("           /name          <- \"Sheikh Khalifa bin Hamad bin Khalifa Al Thani\" @115-160 "
            + "(test.official.name, 0.92)")
        .contains("meeting    m1 [Khalifa bin Hamad bin Khalifa Al Thani, Kristi Noem] on 2023-12-18")
        .contains("           /date          <- \"December 18, 2023\" @645-662 (test.meeting.date, 0.90)")
        .contains("agreement  a1 Letter of Intent signed [QA, US]");
  }
}
