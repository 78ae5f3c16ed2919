package io.github.newsmodel.testing;

import io.github.newsmodel.cli.NewsModelCli;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process with captured standard streams. */
public final class CliRunner {
  private CliRunner() {}

  /**
   * What a run gave.
   *
   * @param status the exit status
   * @param stdout standard output
   * @param stderr standard error
   */
  public record Run(int status, String stdout, String stderr) {}

  /** Runs the command line with the given standard input. */
  public static synchronized Run run(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      status = NewsModelCli.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Writes documents as the JSON Lines {@code extract} writes. */
  public static Path writeJsonLines(Path file, List<NewsDocument> documents) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (NewsDocument document : documents) {
      lines.append(NewsJson.toJson(document)).append('\n');
    }
    return Files.writeString(file, lines, StandardCharsets.UTF_8);
  }

  /** Copies the seed articles (and their README) from the test classpath into {@code dir/seeds}. */
  public static Path copySeeds(Path dir) throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path source = Path.of(CliRunner.class.getClassLoader().getResource("seeds").toURI());
    try (var files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, seeds.resolve(file.getFileName()));
      }
    }
    return seeds;
  }
}
