package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.dossier.Dossier;
import io.github.newsmodel.dossier.DossierMerger;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.testing.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The library snippet of {@code docs/evidence-report.md}, as a twin test: it must be the code below, and run. */
class DossierSnippetTest {

  @Test
  void theDocsDossierSnippetRuns() {
    String first = ReportFixtures.resource(ReportFixtures.SEED_0);
    String second = ReportFixtures.resource(ReportFixtures.SEED_1);
    // --- docs dossier snippet (keep identical to docs/evidence-report.md) ---
    List<NewsDocument> docs = List.of(NewsModel.parseText(first, "first.txt"), NewsModel.parseText(second, "second.txt"));
    Dossier dossier = DossierMerger.create().withDateToleranceDays(1).merge(docs);
    dossier.officials().forEach(person -> System.out.println(person.name() + " " + person.sources()));
    dossier.conflicts().forEach(conflict -> System.out.println(conflict.kind().jsonName() + ": " + conflict.message()));
    String json = NewsJson.toJson(dossier);  // {"officials":[...],"meetings":[...],"conflicts":[...]}
    // --- end of docs dossier snippet ---
    assertThat(json).startsWith("{\"officials\":[").contains("\"meetings\":[").contains("\"conflicts\":[");
  }

  @Test
  void theDocsContainTheSnippetVerbatim() throws IOException {
    String test = Files.readString(Path.of("src/test/java/io/github/newsmodel/examples/DossierSnippetTest.java"));
    Matcher snippet = Pattern.compile("// --- docs dossier snippet \\(keep identical to docs/evidence-report.md\\) ---\\n"
        + "(.*?)\\s*// --- end of docs dossier snippet ---", Pattern.DOTALL).matcher(test);
    assertThat(snippet.find()).isTrue();
    String docs = Files.readString(Path.of("../docs/evidence-report.md"));
    for (String line : snippet.group(1).split("\n")) {
      assertThat(docs).contains(line.strip());
    }
  }
}
