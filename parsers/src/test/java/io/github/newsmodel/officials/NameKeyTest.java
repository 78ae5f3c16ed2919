package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canonical name key behind official ids. */
class NameKeyTest {

  @Test
  void foldsCaseDiacriticsHyphensAndAl() {
    assertThat(NameKey.slug("Khalifa bin Hamad bin Khalifa Al-Thani"))
        .isEqualTo(NameKey.slug("Khalifa Bin Hamad Bin Khalifa Al Thani"))
        .isEqualTo(NameKey.slug("khalifa bin hamad bin khalifa al-thani"))
        .isEqualTo("khalifa-bin-hamad-bin-khalifa-al-thani");
    assertThat(NameKey.slug("António Guterres")).isEqualTo("antonio-guterres");
    assertThat(NameKey.slug("Nawaf bin Mohamed AlMouada")).isEqualTo(NameKey.slug("Nawaf bin Mohamed Al Mouada"));
  }

  @Test
  void dropsApostrophesAndPunctuation() {
    assertThat(NameKey.slug("Hadef Bin Joa\u2019an")).isEqualTo(NameKey.slug("Hadef Bin Joa'an")).isEqualTo("hadef-bin-joaan");
    assertThat(NameKey.slug("Joseph R. Biden, Jr.")).isEqualTo("joseph-r-biden-jr");
  }

  @Test
  void keepsWordsThatOnlyStartWithAl() {
    assertThat(NameKey.words("Alexander Dobrindt")).containsExactly("alexander", "dobrindt");
    assertThat(NameKey.words("ALTHANI")).containsExactly("althani");
  }

  @Test
  void emptyNamesGetAPlaceholder() {
    assertThat(NameKey.slug("...")).isEqualTo("official");
  }
}
