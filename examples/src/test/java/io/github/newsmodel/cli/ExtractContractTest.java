package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.github.newsmodel.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code extract} command behaves as the output contract says. */
class ExtractContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int status, List<JsonNode> lines, String stderr) {}

  private static Run run(String stdin, String... args) throws Exception {
    CliRunner.Run run = CliRunner.run(stdin, args);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.stdout().split("\n")) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    return new Run(run.status(), lines, run.stderr());
  }

  private static Path seeds(Path dir) throws Exception {
    return CliRunner.copySeeds(dir);
  }

  @Test
  void extractsADirectoryInSortedOrderAndSkipsOtherFiles(@TempDir Path dir) throws Exception {
    Path seeds = seeds(dir);
    Run run = run("", "extract", seeds.toString());
    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(5);
    assertThat(run.lines()).extracting(l -> l.get("source").get("id").asText())
        .isSorted()
        .allMatch(id -> id.startsWith(seeds.toString() + "/") && id.endsWith(".txt"));
    assertThat(run.lines()).allMatch(l -> l.get("schema").asText().equals("newsmodel/1")
        && l.has("article") && l.has("officials") && l.has("meetings") && l.has("agreements")
        && l.has("warnings") && l.get("source").get("uri").isNull());
    assertThat(run.stderr()).contains("skipping").contains("README.md");
  }

  @Test
  void aFailingInputGivesAnErrorLineAndExitOneWithoutStoppingTheRun(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "Hello world.");
    Run run = run("", "extract", dir.resolve("missing.txt").toString(), good.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).hasSize(2);
    assertThat(run.lines().get(0).get("error").get("code").asText()).isEqualTo("io.not_found");
    assertThat(run.lines().get(0).has("text")).isFalse();
    assertThat(run.lines().get(1).get("text").asText()).isEqualTo("Hello world.");
  }

  @Test
  void readsStandardInputAndAppliesHints() throws Exception {
    Run run = run("Doha, Qatar - text.", "extract", "--url", "https://example.org/x", "--published",
        "2024-05-06", "-");
    assertThat(run.status()).isZero();
    assertThat(run.lines()).hasSize(1);
    JsonNode doc = run.lines().get(0);
    assertThat(doc.get("source").get("id").asText()).isEqualTo("-");
    assertThat(doc.get("source").get("uri").asText()).isEqualTo("https://example.org/x");
    assertThat(doc.get("text").asText()).isEqualTo("Doha, Qatar - text.");
  }

  @Test
  void writesToAnOutputFile(@TempDir Path dir) throws Exception {
    Path seeds = seeds(dir);
    Path out = dir.resolve("out.jsonl");
    Run run = run("", "extract", "-o", out.toString(), seeds.resolve("000_108a99c07e05f4ec.txt").toString());
    assertThat(run.status()).isZero();
    assertThat(run.lines()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(1).allMatch(line -> line.startsWith("{\"schema\":\"newsmodel/1\""));
  }

  @Test
  void badUsageExitsWithTwo() throws Exception {
    assertThat(run("", "extract").status()).isEqualTo(2);
    assertThat(run("", "extract", "--published", "yesterday", "-").status()).isEqualTo(2);
    assertThat(run("", "no-such-command").status()).isEqualTo(2);
  }
}
