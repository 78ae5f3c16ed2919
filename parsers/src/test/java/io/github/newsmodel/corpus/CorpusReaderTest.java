package io.github.newsmodel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.corpus.Fixtures.Capture;
import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.parse.ParseLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir
  Path dir;

  private static List<ArticleRecord> readAll(Path... paths) {
    try (CorpusReader reader = CorpusReader.open(paths)) {
      return reader.stream().toList();
    }
  }

  private static String content(ArticleRecord record) {
    return new String(record.content(), StandardCharsets.UTF_8);
  }

  @Test
  void readsTextAndHtmlFilesAsOneArticleEach() throws IOException {
    String seed = Fixtures.seeds().get(0);
    Path text = Fixtures.write(dir.resolve("a.txt"), seed);
    Path html = Fixtures.write(dir.resolve("b.html"), Fixtures.PAGE);

    List<ArticleRecord> records = readAll(text, html);

    assertThat(records).extracting(ArticleRecord::id).containsExactly(text.toString(), html.toString());
    assertThat(records).extracting(ArticleRecord::format).containsExactly(InputFormat.TEXT, InputFormat.HTML);
    assertThat(content(records.get(0))).isEqualTo(seed);
    assertThat(records.get(0).failure()).isEmpty();
    assertThat(records.get(0).hints().uri()).isEmpty();
  }

  @Test
  void readsGzippedFilesTransparently() throws IOException {
    String seed = Fixtures.seeds().get(1);
    Path text = Fixtures.writeGzip(dir.resolve("a.txt.gz"), seed.getBytes(StandardCharsets.UTF_8));
    Path html = Fixtures.writeGzip(dir.resolve("b.html.gz"), Fixtures.PAGE.getBytes(StandardCharsets.UTF_8));

    List<ArticleRecord> records = readAll(text, html);

    assertThat(records).extracting(ArticleRecord::id).containsExactly(text.toString(), html.toString());
    assertThat(records).extracting(ArticleRecord::format).containsExactly(InputFormat.TEXT, InputFormat.HTML);
    assertThat(content(records.get(0))).isEqualTo(seed);
    assertThat(content(records.get(1))).isEqualTo(Fixtures.PAGE);
  }

  @Test
  void walksDirectoriesInSortedOrderAndSkipsUnknownFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Fixtures.write(dir.resolve("sub/c.txt"), "Third.");
    Fixtures.write(dir.resolve("b.txt"), "Second.");
    Fixtures.write(dir.resolve("a.txt"), "First.");
    Fixtures.write(dir.resolve("README.md"), "# not an article");
    List<String> skipped = new ArrayList<>();

    List<ArticleRecord> records;
    try (CorpusReader reader = CorpusReader.builder()
        .onSkipped(input -> skipped.add(input.id()))
        .open(CorpusInputs.expand(List.of(dir.toString())))) {
      records = reader.stream().toList();
    }

    assertThat(records).extracting(record -> content(record)).containsExactly("First.", "Second.", "Third.");
    assertThat(skipped).containsExactly(dir.resolve("README.md").toString());
  }

  @Test
  void readsJsonLinesRecordsWithTheirIdsUrlsTypesAndDates() throws IOException {
    Path file = Fixtures.write(dir.resolve("news.jsonl"), Fixtures.jsonLines(
        "{\"id\":\"r1\",\"url\":\"https://example.org/a\",\"contentType\":\"text/plain\",\"content\":\"Plain.\","
            + "\"published\":\"2025-12-08\"}",
        "",
        "{\"id\":7,\"url\":\"https://example.org/b\",\"contentType\":\"text/html; charset=utf-8\",\"content\":"
            + "\"<p>Markup.</p>\"}",
        "{\"content\":\"<html><body><p>Sniffed.</p></body></html>\"}"));

    List<ArticleRecord> records = readAll(file);

    assertThat(records).extracting(ArticleRecord::id)
        .containsExactly(file + "#r1", file + "#7", file + "#L4");
    assertThat(records).extracting(ArticleRecord::format)
        .containsExactly(InputFormat.TEXT, InputFormat.HTML, InputFormat.HTML);
    assertThat(records.get(0).hints().uri()).contains("https://example.org/a");
    assertThat(records.get(0).hints().published()).contains(PublicationDate.parse("2025-12-08"));
    assertThat(records.get(1).hints().published()).isEmpty();
    assertThat(records.get(2).hints().uri()).isEmpty();
    assertThat(content(records.get(0))).isEqualTo("Plain.");
    assertThat(records).allSatisfy(record -> assertThat(record.failure()).isEmpty());
  }

  @Test
  void aBadJsonLineBecomesAnErrorRecordAndReadingGoesOn() throws IOException {
    Path file = Fixtures.write(dir.resolve("news.jsonl"), Fixtures.jsonLines(
        "{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"One.\"}",
        "{\"id\":\"b\",\"content\": oops",
        "[1, 2]",
        "{\"id\":\"c\",\"contentType\":\"text/plain\"}",
        "{\"id\":\"d\",\"contentType\":\"application/pdf\",\"content\":\"%PDF\"}",
        "{\"id\":\"e\",\"contentType\":\"text/plain\",\"content\":\"Two.\"} {\"trailing\":1}",
        "{\"id\":\"f\",\"contentType\":\"text/plain\",\"content\":\"Three.\"}"));

    List<ArticleRecord> records = readAll(file);

    assertThat(records).extracting(ArticleRecord::id).containsExactly(file + "#a", file + "#L2", file + "#L3",
        file + "#c", file + "#d", file + "#L6", file + "#f");
    assertThat(records).extracting(record -> record.failure().map(ErrorInfo::code).orElse("ok"))
        .containsExactly("ok", "jsonl.syntax", "jsonl.record", "jsonl.record", "jsonl.content_type", "jsonl.syntax",
            "ok");
    assertThat(records.get(1).failure().orElseThrow().message()).contains("line 2");
    assertThat(records.get(1).content()).isEqualTo("{\"id\":\"b\",\"content\": oops".getBytes(StandardCharsets.UTF_8));
    assertThat(records.get(1).mediaType()).isEqualTo("application/jsonl");
    assertThat(records.get(3).mediaType()).isEqualTo("text/plain");
    assertThat(content(records.get(6))).isEqualTo("Three.");
  }

  @Test
  void anInvalidPublishedValueIsIgnoredWithAWarning() throws IOException {
    Path file = Fixtures.write(dir.resolve("news.jsonl"), Fixtures.jsonLines(
        "{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"One.\",\"published\":\"last Tuesday\"}"));

    ArticleRecord record = readAll(file).get(0);

    assertThat(record.failure()).isEmpty();
    assertThat(record.hints().published()).isEmpty();
    assertThat(record.warnings()).singleElement()
        .satisfies(warning -> assertThat(warning.code()).isEqualTo("record.published_invalid"));
  }

  @Test
  void readsGzippedJsonLines() throws IOException {
    byte[] lines = Fixtures.jsonLines(
        "{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"One.\"}",
        "{\"id\":\"b\",\"contentType\":\"text/plain\",\"content\":\"Two.\"}").getBytes(StandardCharsets.UTF_8);
    Path file = Fixtures.writeGzip(dir.resolve("news.jsonl.gz"), lines);

    assertThat(readAll(file)).extracting(CorpusReaderTest::content).containsExactly("One.", "Two.");
  }

  @Test
  void aCorruptGzipFileBecomesAnErrorRecordAndTheNextInputIsRead() throws IOException {
    Path corrupt = Files.write(dir.resolve("a.txt.gz"), "this is not gzip".getBytes(StandardCharsets.UTF_8));
    Path good = Fixtures.write(dir.resolve("b.txt"), "Fine.");

    List<ArticleRecord> records = readAll(corrupt, good);

    assertThat(records).hasSize(2);
    assertThat(records.get(0).id()).isEqualTo(corrupt.toString());
    assertThat(records.get(0).failure()).map(ErrorInfo::code).contains("io.corrupt");
    assertThat(records.get(0).mediaType()).isEqualTo("text/plain");
    assertThat(content(records.get(1))).isEqualTo("Fine.");
  }

  @Test
  void aTruncatedGzipStreamOfRecordsKeepsTheRecordsBeforeTheBreak() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      lines.append("{\"id\":\"r").append(i).append("\",\"contentType\":\"text/plain\",\"content\":\"Record ")
          .append(i).append(" with some filler text to make the stream longer.\"}\n");
    }
    byte[] gzip = Fixtures.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gzip, gzip.length / 2));

    List<ArticleRecord> records = readAll(file);

    ArticleRecord last = records.get(records.size() - 1);
    assertThat(last.id()).isEqualTo(file.toString());
    assertThat(last.failure()).map(ErrorInfo::code).contains("io.corrupt");
    assertThat(records.subList(0, records.size() - 1)).isNotEmpty()
        .allSatisfy(record -> assertThat(record.failure()).isEmpty());
  }

  @Test
  void readsHtmlResponsesOfAGzippedWarcFileWrittenWithJwarc() throws IOException {
    Path warc = Fixtures.writeWarc(dir.resolve("crawl.warc.gz"), true, List.of(
        new Capture("https://example.org/news/1", 200, "text/html; charset=utf-8", Fixtures.PAGE),
        new Capture("https://example.org/logo.png", 200, "image/png", "PNG"),
        new Capture("https://example.org/missing", 404, "text/html", "<p>Not found</p>"),
        new Capture("https://example.org/news/2", 200, "application/xhtml+xml", "<html><p>Second.</p></html>")));

    List<ArticleRecord> records = readAll(warc);

    assertThat(records).hasSize(2);
    assertThat(records).extracting(record -> record.hints().uri().orElseThrow())
        .containsExactly("https://example.org/news/1", "https://example.org/news/2");
    assertThat(records).allSatisfy(record -> {
      assertThat(record.format()).isEqualTo(InputFormat.HTML);
      assertThat(record.id()).startsWith(warc + "#urn:uuid:");
      assertThat(record.failure()).isEmpty();
    });
    assertThat(content(records.get(0))).isEqualTo(Fixtures.PAGE);
  }

  @Test
  void aMalformedRecordFailsAloneAndTheRestOfTheFileIsRead() throws IOException {
    Path good = Fixtures.writeWarc(dir.resolve("good.warc"), false, List.of(
        new Capture("https://example.org/news/2", 200, "text/html", Fixtures.PAGE)));
    Path bad = dir.resolve("bad.warc");
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
        Files.newByteChannel(bad, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.NONE)) {
      writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://example.org/news/1"))
          .body(org.netpreserve.jwarc.MediaType.HTTP_RESPONSE,
              "NOT AN HTTP RESPONSE\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .build());
    }
    Path both = dir.resolve("both.warc");
    Files.write(both, concat(Files.readAllBytes(bad), Files.readAllBytes(good)));

    List<ArticleRecord> records = readAll(both);

    assertThat(records).hasSize(2);
    assertThat(records.get(0).failure()).isPresent();
    assertThat(records.get(0).id()).startsWith(both + "#");
    assertThat(records.get(1).failure()).isEmpty();
    assertThat(content(records.get(1))).isEqualTo(Fixtures.PAGE);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  @Test
  void readsUncompressedWarcFiles() throws IOException {
    Path warc = Fixtures.writeWarc(dir.resolve("crawl.warc"), false, List.of(
        new Capture("https://example.org/news/1", 200, "text/html", Fixtures.PAGE)));

    List<ArticleRecord> records = readAll(warc);

    assertThat(records).singleElement().satisfies(record -> {
      assertThat(content(record)).isEqualTo(Fixtures.PAGE);
      assertThat(record.hints().uri()).contains("https://example.org/news/1");
    });
  }

  @Test
  void readsAWarcFileGzippedAsAWhole() throws IOException {
    Path plain = Fixtures.writeWarc(dir.resolve("plain.warc"), false, List.of(
        new Capture("https://example.org/news/1", 200, "text/html", Fixtures.PAGE),
        new Capture("https://example.org/news/2", 200, "text/html", Fixtures.PAGE)));
    Path whole = Fixtures.writeGzip(dir.resolve("whole.warc.gz"), Files.readAllBytes(plain));

    assertThat(readAll(whole)).extracting(record -> record.hints().uri().orElseThrow())
        .containsExactly("https://example.org/news/1", "https://example.org/news/2");
  }

  @Test
  void aFileThatIsNotWarcBecomesAnErrorRecord() throws IOException {
    Path warc = Fixtures.write(dir.resolve("crawl.warc"), "GARBAGE\r\nnot a warc file\r\n\r\n");

    List<ArticleRecord> records = readAll(warc);

    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.id()).isEqualTo(warc.toString());
      assertThat(record.failure()).map(ErrorInfo::code).contains("io.corrupt");
      assertThat(record.mediaType()).isEqualTo("application/warc");
    });
  }

  @Test
  void aMissingFileBecomesANotFoundRecord() {
    Path missing = dir.resolve("missing.txt");

    assertThat(readAll(missing)).singleElement()
        .satisfies(record -> assertThat(record.failure()).map(ErrorInfo::code).contains("io.not_found"));
  }

  @Test
  void articlesOverTheByteLimitBecomeErrorRecordsWithoutBeingHeld() throws IOException {
    Path big = Fixtures.write(dir.resolve("big.txt"), "x".repeat(2000));
    Path lines = Fixtures.write(dir.resolve("lines.jsonl"), Fixtures.jsonLines(
        "{\"id\":\"long\",\"content\":\"" + "y".repeat(3000) + "\"}",
        "{\"id\":\"short\",\"content\":\"ok\"}"));
    ParseLimits limits = ParseLimits.defaults().withMaxInputBytes(1000);

    List<ArticleRecord> records;
    try (CorpusReader reader = CorpusReader.builder().limits(limits).open(
        List.of(CorpusInput.ofPath(big), CorpusInput.ofPath(lines)))) {
      records = reader.stream().toList();
    }

    assertThat(records).extracting(record -> record.failure().map(ErrorInfo::code).orElse("ok"))
        .containsExactly("limit.maxInputBytes", "limit.maxInputBytes", "ok");
    assertThat(records.get(1).id()).isEqualTo(lines + "#L1");
    assertThat(records.get(2).id()).isEqualTo(lines + "#short");
  }

  @Test
  void countsTheStoredBytesRead() throws IOException {
    Path a = Fixtures.write(dir.resolve("a.txt"), "First article.");
    Path b = Fixtures.writeGzip(dir.resolve("b.txt.gz"), "Second article.".getBytes(StandardCharsets.UTF_8));

    try (CorpusReader reader = CorpusReader.open(a, b)) {
      long total = reader.bytesTotal().orElseThrow();
      reader.stream().forEach(record -> { });
      assertThat(total).isEqualTo(Files.size(a) + Files.size(b));
      assertThat(reader.bytesRead()).isEqualTo(total);
    }
  }

  @Test
  void readsStandardInputAsOnePlainTextArticle() {
    byte[] text = "From standard input.".getBytes(StandardCharsets.UTF_8);
    List<CorpusInput> inputs = CorpusInputs.expand(List.of("-"), new java.io.ByteArrayInputStream(text));

    try (CorpusReader reader = CorpusReader.open(inputs)) {
      assertThat(reader.bytesTotal()).isEmpty();
      assertThat(reader.stream().toList()).singleElement().satisfies(record -> {
        assertThat(record.id()).isEqualTo("-");
        assertThat(record.content()).isEqualTo(text);
      });
    }
  }

  @Test
  void readsNamedStreamsFromAnyStorage() {
    byte[] lines = Fixtures.jsonLines("{\"id\":\"a\",\"content\":\"One.\"}").getBytes(StandardCharsets.UTF_8);
    CorpusInput input = CorpusInput.ofNamedStream("store://bucket/part-1.jsonl", java.util.OptionalLong.empty(),
        () -> new java.io.ByteArrayInputStream(lines));

    try (CorpusReader reader = CorpusReader.open(List.of(input))) {
      assertThat(reader.stream().map(ArticleRecord::id).toList()).containsExactly("store://bucket/part-1.jsonl#a");
    }
  }

  @Test
  void anOpenerThatThrowsGivesAnErrorRecord() {
    CorpusInput input = CorpusInput.of("broken.txt", InputFormat.TEXT, false, () -> {
      throw new IllegalStateException("storage unavailable");
    });

    try (CorpusReader reader = CorpusReader.open(List.of(input))) {
      assertThat(reader.stream().toList()).singleElement().satisfies(record -> {
        assertThat(record.failure()).map(ErrorInfo::code).contains("io");
        assertThat(record.failure().orElseThrow().message()).contains("storage unavailable");
      });
    }
  }
}
