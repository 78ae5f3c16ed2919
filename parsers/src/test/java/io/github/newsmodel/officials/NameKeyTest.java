package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

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
  void wordsAreThoseOfFoldingAndSplitting() {
    List<String> pieces = List.of("Al", "al", "AL", "Al-", "Thani", "AlMouada", "ALTHANI", "bin", "Joa'an", "Joa`an",
        "R.", "Jr.", ",", " ", "-", "X", "Dobrindt", "\u00C9", "Ant\u00F3nio", "\u0130", "\u2019", "9", "aL");
    qt().forAll(lists().of(Generate.pick(pieces).mix(strings().basicLatinAlphabet().ofLengthBetween(0, 4), 30))
        .ofSizeBetween(0, 8)).checkAssert(parts -> {
          String name = String.join("", parts);
          assertThat(NameKey.words(name)).as(name).isEqualTo(reference(name));
          List<String> words = reference(name);
          assertThat(NameKey.slug(name)).as(name).isEqualTo(words.isEmpty() ? "official" : String.join("-", words));
        });
  }

  /** Folding a name to a string with spaces, then splitting that at spaces. */
  private static List<String> reference(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC' || c == '\u00B4') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        boolean wordStart = i == 2 || i > 2 && !Character.isLetterOrDigit(decomposed.charAt(i - 3));
        if (Character.isUpperCase(c) && i >= 2 && wordStart
            && (decomposed.charAt(i - 2) == 'A' || decomposed.charAt(i - 2) == 'a') && decomposed.charAt(i - 1) == 'l') {
          folded.append(' ');
        }
        folded.append(c);
      } else {
        folded.append(' ');
      }
    }
    List<String> words = new ArrayList<>();
    for (String word : folded.toString().toLowerCase(Locale.ROOT).split(" ")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  @Test
  void emptyNamesGetAPlaceholder() {
    assertThat(NameKey.slug("...")).isEqualTo("official");
  }
}
