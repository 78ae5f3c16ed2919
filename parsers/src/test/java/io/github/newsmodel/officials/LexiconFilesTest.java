package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The officials' lexicon files parse and say what the rules rely on. */
class LexiconFilesTest {

  @Test
  void honorifics() {
    assertThat(Honorifics.table().get("H.E.")).isNotNull().satisfies(h -> assertThat(h.official()).isTrue());
    assertThat(Honorifics.table().get("His Royal Highness")).isNotNull();
    assertThat(Honorifics.table().get("Mr").official()).isFalse();
    assertThat(Honorifics.table().get("SC").postnominal()).isTrue();
    assertThat(Honorifics.table().get("He")).as("case-sensitive").isNull();
    assertThat(Honorifics.table().get("President")).as("a title, not an honorific").isNull();
  }

  @Test
  void titleWords() {
    assertThat(TitleWords.table().get("Minister")).isEqualTo(TitleWords.Kind.HEAD);
    assertThat(TitleWords.table().get("Crown Prince")).isEqualTo(TitleWords.Kind.HEAD);
    assertThat(TitleWords.table().get("Major General")).isEqualTo(TitleWords.Kind.RANK);
    assertThat(TitleWords.table().get("Deputy")).isEqualTo(TitleWords.Kind.MODHEAD);
    assertThat(TitleWords.table().get("CEO")).isEqualTo(TitleWords.Kind.COMPANY);
    assertThat(TitleWords.table().get("Affairs")).isEqualTo(TitleWords.Kind.WORD);
    assertThat(TitleWords.table().get("minister")).as("case-insensitive").isEqualTo(TitleWords.Kind.HEAD);
  }

  @Test
  void organisationWordsAndInstitutions() {
    assertThat(OrganizationWords.words().get("Ministry")).isEqualTo(OrganizationWords.Kind.INSTITUTION);
    assertThat(OrganizationWords.words().get("Union")).isEqualTo(OrganizationWords.Kind.INTERNATIONAL);
    assertThat(OrganizationWords.acronyms().get("NSC")).isEqualTo(OrganizationWords.Kind.INSTITUTION);
    assertThat(OrganizationWords.words().get("Ltd")).isEqualTo(OrganizationWords.Kind.COMPANY);
    assertThat(Institutions.find("the White House said", io.github.newsmodel.model.Span.of(0, 20)))
        .hasValueSatisfying(found -> assertThat(found.country()).isEqualTo("US"));
  }

  @Test
  void nameWords() {
    assertThat(List.of("bin", "bint", "ibn", "Al", "al")).allMatch(NameWords::isParticle);
    assertThat(NameWords.isSuffix("Jr.")).isTrue();
    assertThat(NameWords.isNonName("Meeting")).isTrue();
    assertThat(NameWords.isNonName("Blinken")).isFalse();
  }

  @Test
  void readoutCues() {
    assertThat(ReadoutCues.find("Office of the Spokesperson\nText.", "Office of the Spokesperson\nText."))
        .hasValueSatisfying(issuer -> {
          assertThat(issuer.cue().country()).isEqualTo("US");
          assertThat(issuer.ownsTitle("Secretary of State")).isTrue();
          assertThat(issuer.ownsTitle("President")).isFalse();
        });
    assertThat(ReadoutCues.find("Text.\nMINISTRY OF LAW\n", "Text.\nMINISTRY OF LAW\n"))
        .hasValueSatisfying(issuer -> assertThat(issuer.ownsTitle("Chief Justice")).isTrue());
    assertThat(ReadoutCues.find("Nothing here.", "Nothing here.")).isEmpty();
  }
}
