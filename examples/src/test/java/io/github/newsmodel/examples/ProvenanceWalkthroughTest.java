package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.testing.ReportFixtures;
import org.junit.jupiter.api.Test;

/** The provenance walk-through shows, for every value, where it came from. */
class ProvenanceWalkthroughTest {

  @Test
  void everyEvidenceItemShowsItsValueQuoteContextRuleAndTheSubstringCheck() {
    String walk = ProvenanceWalkthrough.walk(ReportFixtures.seed4());

    assertThat(walk).startsWith("source " + ReportFixtures.SEED_4 + " (");
    assertThat(walk).contains("\nofficials/0 Khalifa bin Hamad bin Khalifa Al-Thani\n"
        + "  /name = \"Khalifa bin Hamad bin Khalifa Al-Thani\"\n"
        + "    read from text[94, 142): \u2026atives\\n\\nPost by : Mara Collins\\n\\n"
        + "[HE Sheikh Khalifa bin Hamad bin Khalifa Al-Thani], Qatar's Interior Minister and \u2026\n"
        + "    text.substring(94, 142) equals the quote: yes\n"
        + "    rule test.official.name, confidence 0.92\n");
    assertThat(walk).contains("  /titles/1 = \"head of the Internal Security Force\"\n");
    assertThat(walk).contains("\nmeetings/0 m1\n  /participants = [\"khalifa-bin-hamad-bin-khalifa-al-thani\",\"tom-barrack\"]\n");
    assertThat(walk).doesNotContain("equals the quote: NO").doesNotContain("(no such field)");
  }

  @Test
  void valuesReadFromMarkupSayWhereInThePageTheyCameFrom() {
    String walk = ProvenanceWalkthrough.walk(ReportFixtures.hostile());
    assertThat(walk).contains("  /topics/0 = (no such field)\n"
        + "    read from markup, not from the text: \"<img src=x onerror=alert(1)>\"\n"
        + "    in the page at meta[name=\"x\"] ><script>\n");
  }

  @Test
  void aDocumentWithoutEvidenceGivesOnlyItsSourceLine() {
    assertThat(ProvenanceWalkthrough.walk(NewsModel.parseText("Nothing here.", "plain")))
        .isEqualTo("source plain (13 UTF-16 code units of text)\n");
  }
}
