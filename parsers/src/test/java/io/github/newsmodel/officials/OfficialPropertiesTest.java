package io.github.newsmodel.officials;

import static io.github.newsmodel.officials.testing.OfficialsFixtures.named;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.officials;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.parse;
import static io.github.newsmodel.officials.testing.OfficialsFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.officials.testing.NameGenerators;
import io.github.newsmodel.officials.testing.OfficialsFixtures;
import io.github.newsmodel.officials.testing.TextGenerators;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic properties of the extractor: changing a name, honorifics or the spelling of "Al"
 * changes only what it should, on the seeds; and any text gives officials that satisfy the
 * provenance invariants.
 */
class OfficialPropertiesTest {
  private static final String SEED_000 = resource(SeedOfficialsTest.SEED_000);
  private static final String SEED_003 = resource(SeedOfficialsTest.SEED_003);
  private static final String SEED_004 = resource(SeedOfficialsTest.SEED_004);

  @Test
  void anotherNameKeepsTheTitlesAndCountry() {
    qt().withExamples(40).forAll(NameGenerators.names()).checkAssert(name -> {
      String text = SEED_004.replace("Tom Barrack", name.full()).replace("Barrack", name.shortForm());
      Official envoy = named(officials(text), name.full()).orElseThrow(() -> new AssertionError(name + " not found"));
      assertThat(envoy.titles()).containsExactly("Special Envoy to Syria");
      assertThat(envoy.country()).contains("US");
      assertThat(envoy.honorifics()).containsExactly("HE");
    });
    qt().withExamples(40).forAll(NameGenerators.names()).checkAssert(name -> {
      String text = SEED_000.replace("Kristi Noem", name.full()).replace("Noem", name.shortForm());
      Official secretary = named(officials(text), name.full()).orElseThrow(() -> new AssertionError(name + " not found"));
      assertThat(secretary.titles()).containsExactly("Secretary of the US Department of Homeland Security");
      assertThat(secretary.country()).contains("US");
    });
    qt().withExamples(40).forAll(NameGenerators.names()).checkAssert(name -> {
      String text = SEED_003.replace("Alexander Dobrindt", name.full());
      Official minister = named(officials(text), name.full()).orElseThrow(() -> new AssertionError(name + " not found"));
      assertThat(minister.titles()).containsExactly("Federal Minister of the Interior");
      assertThat(minister.country()).contains("DE");
    });
  }

  @Test
  void addingHonorificsChangesOnlyTheHonorifics() {
    List<Official> before = officials(SEED_000);
    qt().withExamples(40).forAll(NameGenerators.honorifics()).checkAssert(honorifics -> {
      String text = SEED_000.replace("and Kristi Noem,", "and " + String.join(" ", honorifics) + " Kristi Noem,");
      List<Official> after = officials(text);
      assertThat(after).hasSameSizeAs(before);
      assertThat(after.get(1).honorifics()).containsExactlyElementsOf(honorifics);
      assertSameExceptHonorifics(after.get(1), before.get(1));
      assertSameExceptHonorifics(after.get(0), before.get(0));
      assertThat(after.get(0).honorifics()).isEqualTo(before.get(0).honorifics());
    });
  }

  @Test
  void removingHonorificsChangesOnlyTheHonorifics() {
    List<Official> before = officials(SEED_004);
    List<Official> after = officials(SEED_004.replace("HE Tom Barrack", "Tom Barrack"));
    assertThat(after.get(1).honorifics()).isEmpty();
    assertSameExceptHonorifics(after.get(1), before.get(1));
    assertThat(after.get(0)).usingRecursiveComparison().ignoringFields("mentions", "evidence").isEqualTo(before.get(0));
  }

  private static void assertSameExceptHonorifics(Official after, Official before) {
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.name()).isEqualTo(before.name());
    assertThat(after.titles()).isEqualTo(before.titles());
    assertThat(after.organization()).isEqualTo(before.organization());
    assertThat(after.country()).isEqualTo(before.country());
  }

  @Test
  void hyphenatingAlKeepsTheId() {
    assertThat(officials(SEED_000.replace("Al Thani", "Al-Thani")).get(0).id())
        .isEqualTo(officials(SEED_000).get(0).id());
    String original = "Khalifa bin Hamad bin Khalifa Al Thani";
    qt().withExamples(40).forAll(NameGenerators.arabic()).checkAssert(name -> {
      String spaced = name.full().replace("Al-", "Al ");
      String hyphenated = spaced.replace("Al ", "Al-");
      Official a = officials(SEED_000.replace(original, spaced)).get(0);
      Official b = officials(SEED_000.replace(original, hyphenated)).get(0);
      assertThat(a.name()).isEqualTo(spaced);
      assertThat(b.name()).isEqualTo(hyphenated);
      assertThat(a.id()).isEqualTo(b.id()).isEqualTo(NameKey.slug(spaced));
    });
  }

  @Test
  void anyTextGivesOfficialsWithValidProvenance() {
    qt().withExamples(300).forAll(TextGenerators.texts()).checkAssert(text -> {
      NewsDocument doc = parse(text);
      OfficialsFixtures.checkProvenance(doc);
      assertThat(NewsJson.toJson(parse(text))).isEqualTo(NewsJson.toJson(doc));
    });
  }

  @Test
  void hostileInputFinishes() {
    String hostile = "Minister of Foreign Affairs and ".repeat(20_000) + "\n" + "Sheikh Ahmed bin ".repeat(20_000)
        + "\n" + "Ahmed Ali, the Minister of Interior, and ".repeat(5_000) + "\n" + "(((( HE Al ".repeat(20_000);
    assertThatCode(() -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      NewsDocument doc = parse(hostile);
      assertThat(doc.warnings()).anyMatch(w -> w.code().equals("officials.truncated"));
    })).doesNotThrowAnyException();
  }
}
