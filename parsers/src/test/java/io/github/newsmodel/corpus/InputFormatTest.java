package io.github.newsmodel.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputFormatTest {
  @Test
  void knowsEveryInputKindByItsName() {
    assertThat(InputFormat.ofName("a/b.txt")).contains(InputFormat.TEXT);
    assertThat(InputFormat.ofName("b.HTML")).contains(InputFormat.HTML);
    assertThat(InputFormat.ofName("b.htm")).contains(InputFormat.HTML);
    assertThat(InputFormat.ofName("records.jsonl")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofName("crawl.warc")).contains(InputFormat.WARC);
  }

  @Test
  void seesThroughGzip() {
    assertThat(InputFormat.ofName("x.txt.gz")).contains(InputFormat.TEXT);
    assertThat(InputFormat.ofName("x.html.gz")).contains(InputFormat.HTML);
    assertThat(InputFormat.ofName("x.jsonl.GZ")).contains(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofName("x.warc.gz")).contains(InputFormat.WARC);
    assertThat(InputFormat.isGzipped("x.warc.gz")).isTrue();
    assertThat(InputFormat.isGzipped("x.warc")).isFalse();
  }

  @Test
  void leavesOtherFilesUnknown() {
    assertThat(InputFormat.ofName("README.md")).isEmpty();
    assertThat(InputFormat.ofName("archive.gz")).isEmpty();
    assertThat(InputFormat.ofName("notes.txt.bak")).isEmpty();
    assertThat(InputFormat.ofName("")).isEmpty();
  }
}
