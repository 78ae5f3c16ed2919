package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.corpus.ArticleRecord;
import io.github.newsmodel.corpus.CorpusExtractor;
import io.github.newsmodel.corpus.InputFormat;
import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.parse.ParseHints;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunCountsTest {
  @Test
  void countsArticlesErrorsAndBytes() {
    CorpusExtractor extractor = CorpusExtractor.builder().parallelism(1).build();
    RunCounts counts = new RunCounts();
    counts.add(extractor.parse(ArticleRecord.of("a", InputFormat.TEXT,
        "x".repeat(500_000).getBytes(StandardCharsets.UTF_8), ParseHints.none())));
    counts.add(extractor.parse(ArticleRecord.failed("b", InputFormat.TEXT, Optional.empty(),
        ErrorInfo.of("io", "unreadable"))));

    assertThat(counts.articles()).isEqualTo(2);
    assertThat(counts.errors()).isEqualTo(1);
    assertThat(counts.summary(2.0)).startsWith("2 articles, ").contains(", 1 errors; 0.50 MB in 2.0 s (0.25 MB/s)");
  }
}
