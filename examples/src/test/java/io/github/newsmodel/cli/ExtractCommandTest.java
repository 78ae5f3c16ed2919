package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = "<html><head><title>Talks</title></head><body><article><h1>Talks in Doha</h1>"
      + "<p>The ministers met on Monday.</p></article></body></html>";

  @TempDir
  Path dir;
  private Path corpus;

  /** What one run printed and returned. */
  private record Run(int status, List<String> lines, String err) {
    List<JsonNode> documents() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : lines) {
        try {
          nodes.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return nodes;
    }
  }

  private static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      status = NewsModelCli.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String text = stdout.toString(StandardCharsets.UTF_8);
    return new Run(status, text.isEmpty() ? List.of() : List.of(text.split("\n")), stderr.toString(StandardCharsets.UTF_8));
  }

  private static String seed(String name) {
    try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void writeMixedCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), seed("000_108a99c07e05f4ec.txt"));
    Files.writeString(corpus.resolve("b.html"), PAGE);
    String record = JSON.createObjectNode().put("id", "r1").put("url", "https://example.org/r1")
        .put("contentType", "text/plain").put("content", seed("001_25312a93895c425b.txt")).toString();
    String second = JSON.createObjectNode().put("id", "r3").put("contentType", "text/html").put("content", PAGE)
        .toString();
    Files.writeString(corpus.resolve("c.jsonl"), record + "\n{broken json\n" + second + "\n");
    Files.writeString(corpus.resolve("d.txt.gz"), "not gzip at all");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("e.txt.gz")))) {
      gz.write(seed("002_9b5b30820e31a5d1.txt").getBytes(StandardCharsets.UTF_8));
    }
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(corpus.resolve("f.warc.gz"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build();
      warc.write(new WarcResponse.Builder(URI.create("https://example.org/page")).body(http).build());
    }
    Files.writeString(corpus.resolve("README.md"), "# not an article");
  }

  @Test
  void writesOneLinePerArticleOfEveryInputKindInInputOrder() {
    Run run = run("extract", "--threads", "3", corpus.toString());

    List<JsonNode> documents = run.documents();
    assertThat(documents).extracting(node -> node.at("/source/id").asText()).containsExactly(
        corpus.resolve("a.txt").toString(),
        corpus.resolve("b.html").toString(),
        corpus.resolve("c.jsonl") + "#r1",
        corpus.resolve("c.jsonl") + "#L2",
        corpus.resolve("c.jsonl") + "#r3",
        corpus.resolve("d.txt.gz").toString(),
        corpus.resolve("e.txt.gz").toString(),
        documents.get(7).at("/source/id").asText());
    assertThat(documents.get(7).at("/source/id").asText()).startsWith(corpus.resolve("f.warc.gz") + "#urn:uuid:");
    assertThat(documents.get(7).at("/source/uri").asText()).isEqualTo("https://example.org/page");
    assertThat(documents.get(2).at("/source/uri").asText()).isEqualTo("https://example.org/r1");
    assertThat(documents.get(4).at("/source/mediaType").asText()).isEqualTo("text/html");
    assertThat(documents).extracting(node -> node.at("/error/code").asText(""))
        .containsExactly("", "", "", "jsonl.syntax", "", "io.corrupt", "", "");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("skipping " + corpus.resolve("README.md"))
        .contains("8 articles").contains("2 errors").contains("MB/s");
  }

  @Test
  void parallelAndSequentialRunsWriteTheSameBytes() {
    Run sequential = run("extract", "--threads", "1", corpus.toString());
    Run parallel = run("extract", "--threads", "4", corpus.toString());

    assertThat(parallel.lines()).hasSize(8).isEqualTo(sequential.lines());
  }

  @Test
  void writesToAFileAndExitsZeroWhenEveryInputIsGood() throws IOException {
    Path out = dir.resolve("out.jsonl");

    Run run = run("extract", "-o", out.toString(), corpus.resolve("a.txt").toString(), corpus.resolve("e.txt.gz").toString());

    assertThat(run.status()).isZero();
    assertThat(run.lines()).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(2);
    assertThat(run.err()).contains("2 articles").contains("0 errors");
  }

  @Test
  void hintsApplyToSingleFilesOnly() {
    Run run = run("extract", "--url", "https://example.org/hint", corpus.resolve("a.txt").toString(),
        corpus.resolve("c.jsonl").toString());

    List<JsonNode> documents = run.documents();
    assertThat(documents.get(0).at("/source/uri").asText()).isEqualTo("https://example.org/hint");
    assertThat(documents.get(1).at("/source/uri").asText()).isEqualTo("https://example.org/r1");
    assertThat(documents.get(3).at("/source/uri").isNull()).isTrue();
  }

  @Test
  void rejectsBadUsageWithStatusTwo() {
    assertThat(run("extract", "--threads", "0", corpus.toString()).status()).isEqualTo(2);
    assertThat(run("extract", "--published", "yesterday", corpus.toString()).status()).isEqualTo(2);
    assertThat(run("extract", "--jit", "fastest", corpus.toString()).status()).isEqualTo(2);
  }

  @Test
  void acceptsBothCompilationModesWithTheSameOutput() {
    Run quick = run("extract", "--jit", "quick", corpus.toString());
    Run full = run("extract", "--jit", "FULL", corpus.toString());

    assertThat(quick.lines()).hasSize(8).isEqualTo(full.lines());
  }
}
