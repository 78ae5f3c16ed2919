package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Dateline;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The article metadata of real readouts and press releases (fixtures/plain, see its README) and
 * of the seed articles. Names are not spelled out here: headlines are checked against the first
 * line of each file, and a byline taken from a headline against the headline.
 */
class PlainTextFixturesTest {
  private static final TextParser PARSER = TextParser.create();

  private static NewsDocument parse(String resource) {
    try (InputStream in = PlainTextFixturesTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return PARSER.parse(in.readAllBytes(), resource, ParseHints.none());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // file | headline is first line | byline | published | city | country | outlet
      "fixtures/plain/001.txt|true|Office of the Spokesperson|2021-07-22|-|-|-",
      "fixtures/plain/006.txt|true|Office of the Spokesperson|2022-06-07|-|-|-",
      "fixtures/plain/023.txt|true|<headline>|2021-10-15|-|-|-",
      "fixtures/plain/029.txt|true|-|2024-08-05|-|-|Ministry of Law",
      "fixtures/plain/030.txt|true|-|2024-03-20|-|-|Ministry of Law",
      "fixtures/plain/031.txt|true|-|2010-12-14|-|-|-",
      "seeds/000_108a99c07e05f4ec.txt|false|-|-|Doha|QA|The Peninsula Qatar",
      "seeds/001_25312a93895c425b.txt|false|-|-|Doha|QA|The Peninsula Qatar",
      "seeds/002_9b5b30820e31a5d1.txt|false|-|-|Doha|QA|-",
      "seeds/003_2a1400c3f42e7244.txt|false|-|-|Doha|QA|-",
      "seeds/004_db0dbf79ac23e3a4.txt|true|<post by>|2025-12-08T12:48|-|-|-",
  })
  void articleMetadata(String resource, boolean headline, String byline, String published, String city,
      String country, String outlet) {
    NewsDocument doc = parse(resource);
    Article article = doc.article();
    String text = doc.text();
    String firstLine = text.substring(0, text.indexOf('\n')).replace('\u00a0', ' ').replaceAll(" +", " ").strip();
    if (headline) {
      assertThat(article.headline()).contains(firstLine);
    } else {
      assertThat(article.headline()).isEmpty();
    }
    if (byline == null) {
      assertThat(article.byline()).isEmpty();
    } else if (byline.equals("<headline>")) {
      assertThat(firstLine).startsWith("Statement by NSC Spokesperson " + article.byline().orElseThrow() + " on ");
    } else if (byline.equals("<post by>")) {
      assertThat(text).contains("Post by : " + article.byline().orElseThrow() + "\n");
    } else {
      assertThat(article.byline()).contains(byline);
    }
    assertThat(article.published().map(PublicationDate::toString)).isEqualTo(Optional.ofNullable(published));
    assertThat(article.dateline().flatMap(Dateline::city)).isEqualTo(Optional.ofNullable(city));
    assertThat(article.dateline().flatMap(Dateline::country)).isEqualTo(Optional.ofNullable(country));
    assertThat(article.outlet()).isEqualTo(Optional.ofNullable(outlet));
    assertThat(article.language()).contains("en");
    assertThat(article.sections()).isNotEmpty();
    assertThat(article.blocks()).extracting(b -> b.kind()).contains(BlockKind.PARAGRAPH);
  }
}
