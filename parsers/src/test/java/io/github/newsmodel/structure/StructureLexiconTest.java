package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureLexiconTest {
  private final StructureLexicon lexicon = StructureLexicon.instance();

  @Test
  void cueFilesParseAndMatchWholeWords() {
    assertThat(lexicon.bylineCues().at("Post by : Jane Doe", 0))
        .hasValueSatisfying(m -> assertThat(m.valueStart()).isEqualTo("Post by : ".length()));
    assertThat(lexicon.bylineCues().at("Bystanders said", 0)).isEmpty();
    assertThat(lexicon.bylineCues().at("Author: Jane Doe", 0))
        .hasValueSatisfying(m -> assertThat(m.cue().kind()).isEqualTo("prefix"));
    assertThat(lexicon.bylineCues().at("Author Jane Doe", 0)).isEmpty();
    assertThat(lexicon.creditCues().at("Read more at The Gazette.", 0))
        .hasValueSatisfying(m -> assertThat(m.cue().kind()).isEqualTo("outlet"));
    assertThat(lexicon.creditCues().at("Sources said the talks failed", 0)).isEmpty();
    assertThat(lexicon.footerCues().at("###", 0))
        .hasValueSatisfying(m -> assertThat(m.cue().kind()).isEqualTo("end"));
    assertThat(lexicon.dateLineCues().at("Last updated on 3 May 2024", 0))
        .hasValueSatisfying(m -> assertThat(m.cue().kind()).isEqualTo("updated"));
  }

  @Test
  void wordListsParse() {
    assertThat(lexicon.isKicker("Media Note")).isTrue();
    assertThat(lexicon.isKicker("FOR IMMEDIATE RELEASE:")).isTrue();
    assertThat(lexicon.isKicker("Media Notes on Trade")).isFalse();
    assertThat(lexicon.isRoleWord("Spokesperson")).isTrue();
    assertThat(lexicon.isMinorWord("of")).isTrue();
    assertThat(lexicon.isCounterWord("Views")).isTrue();
    assertThat(lexicon.regionCountry("Calif.")).contains("US");
    assertThat(lexicon.regionCountry("Qatar")).isEmpty();
  }

  @Test
  void lineShapes() {
    assertThat(LineShape.isTitleCase("Areas of Focus", lexicon)).isTrue();
    assertThat(LineShape.isTitleCase("This milestone event follows the signing", lexicon)).isFalse();
    assertThat(LineShape.isAllCaps("MINISTRY OF LAW")).isTrue();
    assertThat(LineShape.isListItem("a) Exchanging of information;")).isTrue();
    assertThat(LineShape.isListItem("(iv) Exchange of visits")).isTrue();
    assertThat(LineShape.isListItem("\u2022 Exchange of visits")).isTrue();
    assertThat(LineShape.isListItem("Singapore (SG) said")).isFalse();
    assertThat(LineShape.hasAddress("For more information, contact press@example.org.")).isTrue();
    assertThat(LineShape.normalizeSpaces(" Secretary\u2019s\u00a0 Meeting ")).isEqualTo("Secretary\u2019s Meeting");
    assertThat(LineShape.titleCase("MINISTRY OF LAW", lexicon)).isEqualTo("Ministry of Law");
    assertThat(LineShape.endsWithPunctuation("He said \"yes.\"")).isTrue();
    assertThat(LineShape.endsWithPunctuation("Areas of Focus")).isFalse();
  }
}
