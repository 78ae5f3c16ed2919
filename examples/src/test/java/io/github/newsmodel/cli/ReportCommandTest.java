package io.github.newsmodel.cli;

import static io.github.newsmodel.testing.ReportFixtures.PWNED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.testing.CliRunner;
import io.github.newsmodel.testing.CliRunner.Run;
import io.github.newsmodel.testing.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code report} command: inputs, output, failures and exit status. */
class ReportCommandTest {

  @Test
  void rendersDocumentsReadBackFromExtractsJsonLines(@TempDir Path dir) throws Exception {
    Path json = CliRunner.writeJsonLines(dir.resolve("docs.jsonl"),
        List.of(ReportFixtures.seed0(), ReportFixtures.hostile()));
    Path out = dir.resolve("out/report.html");

    Run run = CliRunner.run("", "report", "--json", json.toString(), "-o", out.toString(), "--title", "Seeds");
    assertThat(run.status()).isZero();
    assertThat(run.stdout()).isEmpty();
    Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(page.title()).isEqualTo("Seeds");
    assertThat(page.select("section.article h2").eachText())
        .containsExactly(ReportFixtures.SEED_0, "hostile/<script>alert(1)</script>.txt");
    assertThat(page.select("mark.k-agreement")).isNotEmpty();
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.getElementById(PWNED)).isNull();
  }

  @Test
  void parsesArticlePathsAsExtractDoesAndWritesToStandardOutput(@TempDir Path dir) throws Exception {
    Path seeds = CliRunner.copySeeds(dir);
    Run run = CliRunner.run("", "report", seeds.toString());

    assertThat(run.status()).isZero();
    assertThat(run.stderr()).contains("skipping").contains("README.md");
    Document page = Jsoup.parse(run.stdout());
    assertThat(page.select("section.article")).hasSize(5);
    assertThat(page.select("#d1 .text").first().wholeText())
        .isEqualTo(Files.readString(seeds.resolve("000_108a99c07e05f4ec.txt")));
  }

  @Test
  void failedInputsAreListedInThePageAndGiveStatusOne(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("mixed.jsonl");
    Files.writeString(json, String.join("\n",
        "{\"schema\":\"newsmodel/1\",\"source\":{\"id\":\"gone.txt\"},\"error\":{\"code\":\"io.not_found\","
            + "\"message\":\"no such file\"}}",
        "{not json",
        "{\"schema\":\"newsmodel/1\",\"source\":{\"id\":\"x\",\"mediaType\":\"text/plain\",\"sha256\":\""
            + "0".repeat(64) + "\",\"length\":1},\"text\":\"a\",\"officials\":[{\"id\":\"o\",\"name\":\"A\","
            + "\"mentions\":[{\"start\":0,\"end\":5}]}]}",
        "null",
        ""));
    Path good = Files.writeString(dir.resolve("good.txt"), "Hello world.");
    Run run = CliRunner.run("", "report", good.toString(), dir.resolve("missing.txt").toString(),
        "--json", json.toString(), "--json", dir.resolve("absent.jsonl").toString());

    assertThat(run.status()).isEqualTo(1);
    Document page = Jsoup.parse(run.stdout());
    assertThat(page.select("section.article h2").eachText()).containsExactly(good.toString(), "Inputs that failed");
    assertThat(page.select(".failures li").eachText()).hasSize(6)
        .anySatisfy(line -> assertThat(line).contains("missing.txt").contains("io.not_found"))
        .anySatisfy(line -> assertThat(line).startsWith("gone.txt io.not_found"))
        .anySatisfy(line -> assertThat(line).contains("mixed.jsonl:2 json"))
        .anySatisfy(line -> assertThat(line).contains("mixed.jsonl:3 json"))
        .anySatisfy(line -> assertThat(line).contains("mixed.jsonl:4 json: not a JSON object"))
        .anySatisfy(line -> assertThat(line).contains("absent.jsonl io.not_found"));
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(CliRunner.run("", "report").status()).isEqualTo(2);
    assertThat(CliRunner.run("", "report", "-", "--json", "-").status()).isEqualTo(2);
  }
}
