package io.github.newsmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.testing.ReportFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The HTML-page-to-JSON example writes one contract line for a page. */
class HtmlPageToJsonTest {

  @Test
  void writesOneNewsmodelLineWithTheReadersTextAndTheAddress() throws Exception {
    byte[] page = ReportFixtures.resource("pages/readout.html").getBytes(StandardCharsets.UTF_8);
    String json = HtmlPageToJson.toJson(page, "pages/readout.html", "https://example.org/news/1");

    assertThat(json).doesNotContain("\n");
    JsonNode doc = NewsJson.reader().readTree(json);
    assertThat(doc.get("schema").asText()).isEqualTo("newsmodel/1");
    assertThat(doc.get("source").get("id").asText()).isEqualTo("pages/readout.html");
    assertThat(doc.get("source").get("uri").asText()).isEqualTo("https://example.org/news/1");
    assertThat(doc.get("source").get("mediaType").asText()).isEqualTo("text/html");
    assertThat(doc.get("source").get("length").asLong()).isEqualTo(page.length);
    String text = doc.get("text").asText();
    assertThat(text).contains("Foreign Minister Lina Haddad met Deputy Minister Omar Said in Amman on 4 March 2025 "
        + "to discuss regional security & trade.");
    assertThat(text).doesNotContain("not article text").doesNotContain("<p>");
    for (String field : new String[] {"article", "officials", "meetings", "agreements", "warnings"}) {
      assertThat(doc.has(field)).as(field).isTrue();
    }
  }

  @Test
  void withoutAnAddressTheUriIsNull() throws Exception {
    JsonNode doc = NewsJson.reader().readTree(HtmlPageToJson.toJson(
        "<p>Short.</p>".getBytes(StandardCharsets.UTF_8), "short.html", null));
    assertThat(doc.get("source").get("uri").isNull()).isTrue();
    assertThat(doc.get("text").asText()).isEqualTo("Short.");
  }
}
