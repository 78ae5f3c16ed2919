package io.github.newsmodel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.newsmodel.corpus.Fixtures.Capture;
import io.github.newsmodel.model.ErrorDocument;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.model.Warning;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.ParseLimits;
import io.github.newsmodel.parse.TextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusExtractorTest {
  @TempDir
  Path dir;

  private static List<ArticleRecord> manyRecords(int count) {
    List<String> seeds = Fixtures.seeds();
    List<ArticleRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String seed = seeds.get(i % seeds.size());
      // Lengths vary widely, so that workers finish out of order.
      String text = i % 7 == 0 ? seed + "\n\n" + seed + "\n\n" + seed : seed.substring(0, Math.min(seed.length(), 200));
      records.add(ArticleRecord.of("record-" + i, InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8),
          ParseHints.none()));
    }
    return records;
  }

  private static List<String> jsonOf(CorpusExtractor extractor, List<ArticleRecord> records) {
    try (Stream<String> lines = extractor.extract(records.stream(), ArticleResult::toJson)) {
      return lines.toList();
    }
  }

  @Test
  void parallelResultsComeInInputOrderAndEqualSequentialOnes() {
    List<ArticleRecord> records = manyRecords(60);

    List<String> sequential = jsonOf(CorpusExtractor.builder().parallelism(1).build(), records);
    List<String> parallel = jsonOf(CorpusExtractor.builder().parallelism(4).window(5).build(), records);

    assertThat(parallel).hasSize(60).isEqualTo(sequential);
    assertThat(parallel.get(13)).contains("\"id\":\"record-13\"");
  }

  @Test
  void resultsEqualWhatTheParsersGiveOneByOne() throws IOException {
    String seed = Fixtures.seeds().get(2);
    Path text = Fixtures.write(dir.resolve("a.txt"), seed);
    Path html = Fixtures.write(dir.resolve("b.html"), Fixtures.PAGE);

    List<ArticleResult> results;
    try (Stream<ArticleResult> stream = CorpusExtractor.create().extractInputs(
        List.of(CorpusInput.ofPath(text), CorpusInput.ofPath(html)))) {
      results = stream.toList();
    }

    NewsDocument expectedText = TextParser.create().parse(text, ParseHints.none());
    NewsDocument expectedHtml = HtmlParser.create().parse(html, ParseHints.none());
    assertThat(results).extracting(ArticleResult::toJson)
        .containsExactly(NewsJson.toJson(expectedText), NewsJson.toJson(expectedHtml));
  }

  @Test
  void recordsCarryTheirUrlAndDateIntoTheDocument() throws IOException {
    Path file = Fixtures.write(dir.resolve("news.jsonl"), Fixtures.jsonLines(
        "{\"id\":\"a\",\"url\":\"https://example.org/a\",\"contentType\":\"text/plain\",\"content\":\"One.\","
            + "\"published\":\"2025-12-08T12:48\"}"));

    ArticleResult result;
    try (Stream<ArticleResult> stream = CorpusExtractor.create().extractInputs(List.of(CorpusInput.ofPath(file)))) {
      result = stream.findFirst().orElseThrow();
    }

    NewsDocument document = result.document().orElseThrow();
    assertThat(document.source().id()).isEqualTo(file + "#a");
    assertThat(document.source().uri()).contains("https://example.org/a");
    assertThat(document.source().mediaType()).isEqualTo("text/plain");
    assertThat(document.source().length()).isEqualTo(4);
    assertThat(document.source().sha256()).isEqualTo(sha256("One.".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void warcArticlesAreDescribedByTheirPayload() throws IOException {
    Path warc = Fixtures.writeWarc(dir.resolve("crawl.warc.gz"), true, List.of(
        new Capture("https://example.org/news/1", 200, "text/html", Fixtures.PAGE)));

    ArticleResult result;
    try (Stream<ArticleResult> stream = CorpusExtractor.create().extractInputs(List.of(CorpusInput.ofPath(warc)))) {
      result = stream.findFirst().orElseThrow();
    }

    NewsDocument document = result.document().orElseThrow();
    byte[] payload = Fixtures.PAGE.getBytes(StandardCharsets.UTF_8);
    assertThat(document.source().uri()).contains("https://example.org/news/1");
    assertThat(document.source().mediaType()).isEqualTo("text/html");
    assertThat(document.source().length()).isEqualTo(payload.length);
    assertThat(document.source().sha256()).isEqualTo(sha256(payload));
    assertThat(document.text()).contains("The ministers met on Monday.");
  }

  @Test
  void unreadableRecordsBecomeErrorDocumentsAmongGoodOnes() throws IOException {
    Path file = Fixtures.write(dir.resolve("news.jsonl"), Fixtures.jsonLines(
        "{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"One.\"}",
        "not json at all",
        "{\"id\":\"c\",\"contentType\":\"text/plain\",\"content\":\"Three.\"}"));

    List<ArticleResult> results;
    try (Stream<ArticleResult> stream = CorpusExtractor.builder().parallelism(3).build()
        .extractInputs(List.of(CorpusInput.ofPath(file)))) {
      results = stream.toList();
    }

    assertThat(results).extracting(ArticleResult::failed).containsExactly(false, true, false);
    ErrorDocument error = results.get(1).error().orElseThrow();
    assertThat(error.source().id()).isEqualTo(file + "#L2");
    assertThat(error.error().code()).isEqualTo("jsonl.syntax");
    assertThat(error.source().length()).isEqualTo("not json at all".length());
    assertThat(results.get(1).toJson()).startsWith("{\"schema\":\"newsmodel/1\",\"source\":");
  }

  @Test
  void parseLimitsGiveErrorDocumentsWithTheParsersCode() {
    CorpusExtractor extractor = CorpusExtractor.builder()
        .textParser(TextParser.withLimits(ParseLimits.defaults().withMaxInputChars(10)))
        .build();

    ArticleResult result = extractor.parse(ArticleRecord.of("long", InputFormat.TEXT,
        "far more than ten characters".getBytes(StandardCharsets.UTF_8), ParseHints.none()));

    assertThat(result.error()).map(e -> e.error().code()).contains("limit.maxInputChars");
    assertThat(result.sourceId()).isEqualTo("long");
  }

  @Test
  void readerWarningsAreAddedToTheDocument() {
    Warning warning = Warning.of("record.published_invalid", "ignored");
    ArticleRecord record = ArticleRecord.article("w", InputFormat.TEXT, "Text.".getBytes(StandardCharsets.UTF_8),
        ParseHints.none(), List.of(warning));

    ArticleResult result = CorpusExtractor.create().parse(record);

    assertThat(result.document().orElseThrow().warnings()).contains(warning);
  }

  @Test
  void closingTheStreamEarlyClosesTheRecordsAndStopsTheWorkers() {
    boolean[] closed = {false};
    Stream<ArticleRecord> records = manyRecords(100).stream().onClose(() -> closed[0] = true);

    try (Stream<ArticleResult> results = CorpusExtractor.builder().parallelism(2).build().extract(records)) {
      assertThat(results.limit(3).map(ArticleResult::sourceId).toList())
          .containsExactly("record-0", "record-1", "record-2");
    }

    assertThat(closed[0]).isTrue();
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThatIllegalArgumentException().isThrownBy(() -> CorpusExtractor.builder().parallelism(0));
    assertThatIllegalArgumentException().isThrownBy(() -> CorpusExtractor.builder().window(0));
    assertThat(CorpusExtractor.builder().parallelism(3).build().window()).isEqualTo(12);
    assertThat(CorpusExtractor.builder().parallelism(3).window(1).build().window()).isEqualTo(3);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
