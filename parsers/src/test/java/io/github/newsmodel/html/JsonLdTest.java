package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Warning;
import io.github.newsmodel.pipeline.WarningSink;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** JSON-LD read leniently: graphs, arrays, references, several values, broken scripts. */
class JsonLdTest {
  @Test
  void graphWithReferencesPutsArticlesFirst() {
    JsonLd jsonLd = read("{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
        + "{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Ann Lee\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"H\",\"author\":{\"@id\":\"#p\"}}]}", new WarningSink(10));
    JsonLd.Entity first = jsonLd.entities().get(0);
    assertThat(first.rank()).isZero();
    assertThat(jsonLd.text(first.node(), "headline")).isEqualTo("H");
    assertThat(jsonLd.names(first.node(), "author")).containsExactly("Ann Lee");
  }

  @Test
  void lenientSyntaxAndSeveralValuesInOneScript() {
    JsonLd jsonLd = read("<!-- {\"@type\":\"Article\",\"author\":[{\"name\":\"A\"},\"B\",],} -->", new WarningSink(10));
    assertThat(jsonLd.names(jsonLd.entities().get(0).node(), "author")).containsExactly("A", "B");
  }

  @Test
  void brokenScriptIsSkippedWithAWarning() {
    WarningSink warnings = new WarningSink(10);
    JsonLd jsonLd = read("{\"@type\": \"Article\", \"headline\": }", warnings);
    assertThat(jsonLd.entities()).isEmpty();
    assertThat(warnings.toList()).extracting(Warning::code).containsExactly("html.jsonld.malformed");
  }

  @Test
  void deepNestingIsRefusedNotOverflowed() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    WarningSink warnings = new WarningSink(10);
    read(deep, warnings);
    assertThat(warnings.toList()).extracting(Warning::code).containsExactly("html.jsonld.malformed");
  }

  private static JsonLd read(String json, WarningSink warnings) {
    String page = "<script type=\"application/ld+json\">" + json + "</script>";
    return JsonLd.read(Jsoup.parse(page).getElementsByTag("script"), warnings);
  }
}
