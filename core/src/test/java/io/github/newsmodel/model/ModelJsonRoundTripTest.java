package io.github.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

/** Write → read → equals for every model type, over generated values. */
class ModelJsonRoundTripTest {

  @Test
  void documentsSurviveJsonRoundTrip() {
    qt().withExamples(300).forAll(ModelGenerators.documents()).checkAssert(document -> {
      String json = NewsJson.toJson(document);
      NewsDocument read = NewsJson.fromJson(json, NewsDocument.class);
      assertThat(read).isEqualTo(document);
      assertThat(NewsJson.toJson(read)).isEqualTo(json);
    });
  }

  @Test
  void publicationDatesSurviveJsonRoundTrip() {
    qt().forAll(ModelGenerators.publicationDates()).checkAssert(date -> {
      String json = NewsJson.toJson(date);
      assertThat(NewsJson.fromJson(json, PublicationDate.class)).isEqualTo(date);
      assertThat(PublicationDate.parse(date.toString())).isEqualTo(date);
    });
  }

  @Test
  void evidenceAndLocatorsSurviveJsonRoundTrip() {
    qt().forAll(ModelGenerators.texts().flatMap(ModelGenerators::evidenceOver)).checkAssert(evidence ->
        assertThat(NewsJson.fromJson(NewsJson.toJson(evidence), Evidence.class)).isEqualTo(evidence));
    qt().forAll(ModelGenerators.sources()).checkAssert(source ->
        assertThat(NewsJson.fromJson(NewsJson.toJson(source), Source.class)).isEqualTo(source));
  }

  @Test
  void errorDocumentsSurviveJsonRoundTrip() {
    qt().forAll(ModelGenerators.sources(), ModelGenerators.words()).checkAssert((source, message) -> {
      ErrorDocument error = ErrorDocument.of(source, ErrorInfo.of("io", message));
      assertThat(NewsJson.fromJson(NewsJson.toJson(error), ErrorDocument.class)).isEqualTo(error);
    });
  }
}
