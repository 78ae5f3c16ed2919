package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus run parses a folder in parallel and writes what {@code extract} writes, in order. */
class CorpusRunTest {

  @Test
  void writesTheSameLinesAsExtractInFileOrderAndCountsWhatItFound(@TempDir Path dir) throws Exception {
    Path seeds = CliRunner.copySeeds(dir);
    Files.writeString(seeds.resolve("zz-page.html"), "<html><body><p>A page.</p></body></html>");
    Path output = dir.resolve("out/corpus.jsonl");

    CorpusRun.Summary summary = CorpusRun.run(seeds, output);
    List<String> lines = Files.readAllLines(output);
    List<String> extracted = CliRunner.run("", "extract", seeds.toString()).stdout().lines().toList();

    assertThat(summary.articles()).isEqualTo(6);
    assertThat(summary.failed()).isEmpty();
    assertThat(lines).isEqualTo(extracted);
    assertThat(summary.officials()).isEqualTo(lines.stream().mapToInt(l -> count(l, "\"mentions\":")).sum());
    assertThat(CorpusRun.describe(summary, output)).startsWith("6 articles parsed, 0 failed; JSON Lines in " + output)
        .contains("dossier: ");
  }

  @Test
  void anEmptyFolderGivesAnEmptyRun(@TempDir Path dir) throws Exception {
    CorpusRun.Summary summary = CorpusRun.run(dir, dir.resolve("out.jsonl"));
    assertThat(summary.articles()).isZero();
    assertThat(Files.readString(dir.resolve("out.jsonl"))).isEmpty();
    assertThat(summary.dossier().officials()).isEmpty();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
