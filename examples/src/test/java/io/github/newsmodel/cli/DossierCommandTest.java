package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.testing.CliRunner;
import io.github.newsmodel.testing.CliRunner.Run;
import io.github.newsmodel.testing.ReportFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dossier} command on the seeds as the extractors will see them. */
class DossierCommandTest {

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  @Test
  void sheikhKhalifaIsOneOfficialSeenInSeedsZeroOneThreeAndFour(@TempDir Path dir) throws Exception {
    Path json = CliRunner.writeJsonLines(dir.resolve("seeds.jsonl"), ReportFixtures.khalifaSeeds());
    Run run = CliRunner.run("", "dossier", "--json", json.toString());

    assertThat(run.status()).isZero();
    JsonNode dossier = NewsJson.reader().readTree(run.stdout());
    assertThat(dossier.fieldNames()).toIterable().containsExactly("officials", "meetings", "conflicts");
    List<JsonNode> khalifas = new ArrayList<>();
    dossier.get("officials").forEach(o -> {
      if (o.get("name").asText().startsWith("Khalifa")) {
        khalifas.add(o);
      }
    });
    assertThat(khalifas).hasSize(1);
    assertThat(texts(khalifas.get(0).get("sources"))).containsExactly(ReportFixtures.SEED_0, ReportFixtures.SEED_1,
        ReportFixtures.SEED_3, ReportFixtures.SEED_4);
    assertThat(texts(khalifas.get(0).get("honorifics"))).containsExactly("Sheikh", "HE");

    JsonNode meeting = dossier.get("meetings").get(0);
    assertThat(texts(meeting.get("sources"))).containsExactly(ReportFixtures.SEED_0, ReportFixtures.SEED_1);
    JsonNode conflict = dossier.get("conflicts").get(0);
    assertThat(conflict.get("kind").asText()).isEqualTo("meeting.weekday");
    assertThat(conflict.get("claims").get(1).get("evidence").get(0).get("exact").asText()).isEqualTo("Thursday");
    assertThat(dossier.get("conflicts")).hasSize(1);
  }

  @Test
  void theTextFormatQuotesEveryClaim(@TempDir Path dir) throws Exception {
    Path json = CliRunner.writeJsonLines(dir.resolve("seeds.jsonl"), ReportFixtures.khalifaSeeds());
    Run run = CliRunner.run("", "dossier", "--format", "text", "--json", json.toString());

    assertThat(run.status()).isZero();
    assertThat(run.stdout())
        .contains("Officials (4)\n  Khalifa bin Hamad bin Khalifa Al Thani [QA]\n")
        .contains("    also written: Khalifa bin Hamad bin Khalifa Al-Thani\n")
        .contains("    seen in: " + String.join(", ", ReportFixtures.SEED_0, ReportFixtures.SEED_1,
            ReportFixtures.SEED_3, ReportFixtures.SEED_4) + "\n")
        .contains("Meetings (3)\n  meeting-1  2023-12-18  National Command Center (NCC), Doha, QA  held\n")
        .contains("Conflicts (1)\n  meeting.weekday  meeting-1: ")
        .contains("    " + ReportFixtures.SEED_1 + ": Thursday  \u2190 \"Thursday\"\n");
  }

  @Test
  void readsExtractsOutputFromStandardInputAndArticlesFromPaths(@TempDir Path dir) throws Exception {
    Path seeds = CliRunner.copySeeds(dir);
    Run extracted = CliRunner.run("", "extract", seeds.toString());
    Run fromStdin = CliRunner.run(extracted.stdout(), "dossier", "--json", "-");
    Run fromPaths = CliRunner.run("", "dossier", seeds.toString());

    assertThat(fromStdin.status()).isZero();
    assertThat(fromPaths.status()).isZero();
    assertThat(fromStdin.stdout()).isEqualTo(fromPaths.stdout());
    assertThat(NewsJson.reader().readTree(fromStdin.stdout()).has("officials")).isTrue();
  }

  @Test
  void writesToAFileAndRefusesBadUsage(@TempDir Path dir) throws Exception {
    Path json = CliRunner.writeJsonLines(dir.resolve("seeds.jsonl"), ReportFixtures.khalifaSeeds());
    Path out = dir.resolve("dossier.json");
    assertThat(CliRunner.run("", "dossier", "--json", json.toString(), "-o", out.toString()).status()).isZero();
    assertThat(NewsJson.reader().readTree(Files.readString(out)).get("officials")).hasSize(4);

    assertThat(CliRunner.run("", "dossier").status()).isEqualTo(2);
    assertThat(CliRunner.run("", "dossier", "--format", "xml", json.toString()).status()).isEqualTo(2);
    assertThat(CliRunner.run("", "dossier", "--date-tolerance", "-1", "--json", json.toString()).status())
        .isEqualTo(2);
  }

  @Test
  void aFailedInputIsNotedAndGivesStatusOne(@TempDir Path dir) {
    Run run = CliRunner.run("", "dossier", dir.resolve("missing.txt").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.stderr()).contains("missing.txt").contains("io.not_found");
    assertThat(run.stdout()).contains("\"officials\" : [ ]");
  }
}
