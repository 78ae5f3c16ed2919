package io.github.newsmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.newsmodel.cli.NewsModelCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class SparkExtractTest {
  private static final String PAGE = "<html><head><title>Talks</title></head><body><article><h1>Talks in Doha</h1>"
      + "<p>DOHA, Qatar - The ministers met on Monday and signed a Memorandum of Understanding.</p>"
      + "</article></body></html>";

  @TempDir
  static Path dir;
  private static Path corpus;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("sub"));
    List<String> seeds = seeds();
    Files.writeString(corpus.resolve("a.txt"), seeds.get(0));
    Files.writeString(corpus.resolve("sub/b.html"), PAGE);
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < seeds.size(); i++) {
      lines.append("{\"id\":\"s").append(i).append("\",\"url\":\"https://example.org/").append(i)
          .append("\",\"contentType\":\"text/plain\",\"content\":")
          .append(quote(seeds.get(i))).append("}\n");
      if (i == 2) {
        lines.append("{this line is not JSON\n");
      }
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("c.jsonl.gz")))) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(corpus.resolve("d.warc.gz"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html"), PAGE.replace("Monday", "day " + i).getBytes(StandardCharsets.UTF_8))
            .build();
        warc.write(new WarcResponse.Builder(URI.create("https://example.org/page/" + i)).body(http).build());
      }
    }
    Files.writeString(corpus.resolve("notes.md"), "not an article");
    spark = SparkSession.builder().master("local[2]").appName("newsmodel-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static List<String> seeds() {
    List<String> texts = new ArrayList<>();
    for (String name : List.of("000_108a99c07e05f4ec.txt", "001_25312a93895c425b.txt", "002_9b5b30820e31a5d1.txt",
        "003_2a1400c3f42e7244.txt", "004_db0dbf79ac23e3a4.txt")) {
      try (InputStream in = SparkExtractTest.class.getResourceAsStream("/seeds/" + name)) {
        texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  private static String quote(String text) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString();
  }

  private static synchronized List<String> extractCommand(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      NewsModelCli.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return List.of(stdout.toString(StandardCharsets.UTF_8).split("\n"));
  }

  @Test
  void sparkOutputEqualsTheExtractCommandsLineForLine() {
    List<String> expected = extractCommand("extract", corpus.toString());

    List<String> actual = SparkExtract.extract(spark, corpus.toString(), 3).collectAsList();

    assertThat(expected).hasSize(2 + 6 + 3);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theJobWritesJsonLinesPartFilesThatConcatenateToExtractsOutput() throws IOException {
    Path output = dir.resolve("out-jsonl");

    SparkExtract.run(spark, new SparkExtract.Options(null, "jsonl", 2, corpus.toString(), output.toString()));

    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(output)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    assertThat(lines).isEqualTo(extractCommand("extract", corpus.toString()));
  }

  @Test
  void theJobWritesParquetWithTheDocumentsFields() {
    Path output = dir.resolve("out-parquet");

    SparkExtract.run(spark, new SparkExtract.Options(null, "parquet", 2, corpus.toString(), output.toString()));

    var table = spark.read().parquet(output.toString());
    assertThat(table.columns()).contains("schema", "source", "text", "article", "officials", "meetings",
        "agreements", "warnings", "error");
    assertThat(table.count()).isEqualTo(11);
    assertThat(table.filter("error is not null").count()).isEqualTo(1);
  }

  @Test
  void parsesItsOptions() {
    SparkExtract.Options options = SparkExtract.parse(new String[] {
        "--master", "spark://host:7077", "--format", "parquet", "--partitions", "8", "in", "out"});

    assertThat(options).isEqualTo(new SparkExtract.Options("spark://host:7077", "parquet", 8, "in", "out"));
    assertThat(SparkExtract.parse(new String[] {"in", "out"}).format()).isEqualTo("jsonl");
    assertThatIllegalArgumentException().isThrownBy(() -> SparkExtract.parse(new String[] {"in"}));
    assertThatIllegalArgumentException().isThrownBy(() -> SparkExtract.parse(new String[] {"--format", "csv", "a", "b"}));
  }
}
