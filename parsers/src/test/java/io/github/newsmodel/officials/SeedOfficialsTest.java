package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.parse;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.officials.testing.OfficialsFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end on the seed articles (copied to the test classpath by the build). */
class SeedOfficialsTest {
  static final String SEED_000 = "seeds/000_108a99c07e05f4ec.txt";
  static final String SEED_001 = "seeds/001_25312a93895c425b.txt";
  static final String SEED_002 = "seeds/002_9b5b30820e31a5d1.txt";
  static final String SEED_003 = "seeds/003_2a1400c3f42e7244.txt";
  static final String SEED_004 = "seeds/004_db0dbf79ac23e3a4.txt";

  private static List<Official> officials(String seed) {
    NewsDocument doc = parse(resource(seed));
    OfficialsFixtures.checkProvenance(doc);
    return doc.officials();
  }

  @Test
  void seed000() {
    assertThat(officials(SEED_000))
        .extracting(Official::name, Official::honorifics, Official::titles, o -> o.country().orElse(null))
        .containsExactly(
            tuple("Khalifa bin Hamad bin Khalifa Al Thani", List.of("Sheikh"),
                List.of("Minister of Interior", "Commander of the Internal Security Force (Lekhwiya)"), "QA"),
            tuple("Kristi Noem", List.of(), List.of("Secretary of the US Department of Homeland Security"), "US"));
  }

  @Test
  void seed001() {
    assertThat(officials(SEED_001))
        .extracting(Official::name, Official::honorifics, Official::titles, o -> o.country().orElse(null))
        .containsExactly(
            tuple("Khalifa bin Hamad bin Khalifa Al-Thani", List.of("Sheikh"),
                List.of("Minister of Interior", "Commander of the Internal Security Force \u201CLekhwiya\u201D"), "QA"),
            tuple("Kristi Noem", List.of(), List.of("Secretary of Homeland Security"), "US"));
  }

  @Test
  void seed002() {
    assertThat(officials(SEED_002))
        .extracting(Official::name, Official::honorifics, o -> o.country().orElse(null))
        .containsExactly(
            tuple("Abdullah bin Khalaf bin Hattab Al Kaabi", List.of("HE"), "QA"),
            tuple("Obaid Abdulrabboh Al Maaytah", List.of("HE", "Dr."), "JO"));
    assertThat(officials(SEED_002).get(1).titles())
        .containsExactlyInAnyOrder("Major General", "Director of Public Security");
  }

  @Test
  void seed003() {
    assertThat(officials(SEED_003))
        .extracting(Official::name, Official::titles, o -> o.country().orElse(null))
        .containsExactly(
            tuple("Khalifa bin Hamad bin Khalifa Al-Thani",
                List.of("Minister of Interior", "Commander of Qatar\u2019s Internal Security Force (Lekhwiya)"), "QA"),
            tuple("Alexander Dobrindt", List.of("Federal Minister of the Interior"), "DE"));
  }

  @Test
  void seed004() {
    List<Official> officials = officials(SEED_004);
    assertThat(officials)
        .extracting(Official::name, Official::honorifics, o -> o.country().orElse(null))
        .containsExactly(
            tuple("Khalifa bin Hamad bin Khalifa Al-Thani", List.of("HE", "Sheikh"), "QA"),
            tuple("Tom Barrack", List.of("HE"), "US"));
    assertThat(officials.get(1).titles()).containsExactly("Special Envoy to Syria");
    assertThat(officials.get(1).mentions()).hasSize(3);
  }

  @Test
  void theSamePersonHasTheSameIdAcrossSeeds() {
    assertThat(officials(SEED_000).get(0).id())
        .isEqualTo(officials(SEED_001).get(0).id())
        .isEqualTo(officials(SEED_003).get(0).id())
        .isEqualTo(officials(SEED_004).get(0).id());
  }
}
