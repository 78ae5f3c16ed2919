package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Complete dates in page addresses. */
class UrlDatesTest {
  @ParameterizedTest
  @CsvSource({"https://x.example/2021/03/04/story/,2021-03-04", "https://x.example/news/2021-03-04-story,2021-03-04",
      "https://x.example/a/20210304/b,2021-03-04", "https://x.example/meldungen/04-03-2021,2021-03-04",
      "/2019/10/21/interning/,2019-10-21"})
  void readsCompleteDates(String url, String expected) {
    assertThat(UrlDates.date(url).map(Object::toString)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://x.example/2021/03/", "https://x.example/2023/10/3-fragen-an-tina/",
      "https://2021.example/a", "https://x.example/2021/13/01/", "", "https://x.example/id/12345678"})
  void ignoresPartialOrImpossibleDates(String url) {
    assertThat(UrlDates.date(url)).isEmpty();
  }
}
