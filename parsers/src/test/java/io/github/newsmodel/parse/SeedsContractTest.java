package io.github.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.testing.DocumentInvariants;
import io.github.newsmodel.testing.Fixtures;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every seed parses into a document that satisfies the JSON Schema and the provenance invariants. */
class SeedsContractTest {
  private static JsonSchema schema;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SeedsContractTest.class.getClassLoader()
        .getResourceAsStream("schema/newsmodel-1.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static Stream<String> seeds() {
    return Fixtures.seeds().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedOutputValidatesAgainstTheSchema(String seed) throws Exception {
    NewsDocument doc = TextParser.create().parse(Fixtures.text(seed), seed);
    JsonNode json = JSON.readTree(NewsJson.toJson(doc));
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).isEmpty();
    assertThat(json.get("schema").asText()).isEqualTo("newsmodel/1");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyEvidenceQuotesTheText(String seed) {
    NewsDocument doc = TextParser.create().parse(Fixtures.text(seed), seed);
    assertThat(doc.text()).isEqualTo(Fixtures.text(seed));
    assertThat(doc.article().sections()).isNotEmpty();
    DocumentInvariants.check(doc);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parsingIsDeterministic(String seed) {
    String text = Fixtures.text(seed);
    assertThat(NewsJson.toJson(TextParser.create().parse(text, seed)))
        .isEqualTo(NewsJson.toJson(TextParser.create().parse(text, seed)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void errorLinesValidateAgainstTheSchema(String seed) throws Exception {
    String errorLine = "{\"schema\":\"newsmodel/1\",\"source\":{\"id\":\"" + seed + "\",\"uri\":null,"
        + "\"mediaType\":\"text/plain\",\"sha256\":\"" + "0".repeat(64) + "\",\"length\":0},"
        + "\"error\":{\"code\":\"io\",\"message\":\"gone\"}}";
    assertThat(schema.validate(JSON.readTree(errorLine))).isEmpty();
    assertThat(schema.validate(JSON.readTree(errorLine.replace("\"error\"", "\"oops\"")))).isNotEmpty();
  }
}
