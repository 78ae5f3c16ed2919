package io.github.newsmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import io.github.newsmodel.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One parser shared by 8 threads gives exactly the single-threaded output, in any order. */
class ConcurrencyTest {
  private static final TextParser TEXT = TextParser.create();
  private static final HtmlParser HTML = HtmlParser.create();

  private static List<String> inputs() {
    List<String> inputs = new ArrayList<>(Fixtures.seeds());
    inputs.addAll(Fixtures.list("html").stream().filter(n -> n.endsWith(".html")).toList());
    return inputs;
  }

  private static String parse(String resource) {
    String content = Fixtures.text(resource);
    return NewsJson.toJson(resource.endsWith(".html")
        ? HTML.parse(content, resource, ParseHints.none())
        : TEXT.parse(content, resource));
  }

  @Test
  void eightThreadsSharingOneParserMatchSingleThreadedOutput() throws Exception {
    List<String> inputs = inputs();
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(6);
    List<String> expected = inputs.stream().map(ConcurrencyTest::parse).toList();
    List<Integer> order = new ArrayList<>();
    IntStream.range(0, 20).forEach(round -> IntStream.range(0, inputs.size()).forEach(order::add));
    Collections.shuffle(order, new java.util.Random(order.size()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int index : order) {
        results.add(pool.submit(() -> parse(inputs.get(index))));
      }
      for (int i = 0; i < order.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(order.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
