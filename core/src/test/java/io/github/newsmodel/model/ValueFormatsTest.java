package io.github.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.testing.ModelGenerators;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written format checks accept exactly what their patterns match. */
class ValueFormatsTest {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  @Test
  void languageTagsAreThoseOfThePattern() {
    qt().forAll(ModelGenerators.codeLike()).checkAssert(s ->
        assertThat(ValueFormats.isLanguageTag(s)).as(s).isEqualTo(LANGUAGE_TAG.matcher(s).matches()));
  }

  @Test
  void languageTagExamples() {
    assertThat(ValueFormats.isLanguageTag("en")).isTrue();
    assertThat(ValueFormats.isLanguageTag("zh-Hant-TW")).isTrue();
    assertThat(ValueFormats.isLanguageTag("eng")).isTrue();
    assertThat(ValueFormats.isLanguageTag("engl")).isFalse();
    assertThat(ValueFormats.isLanguageTag("en-")).isFalse();
    assertThat(ValueFormats.isLanguageTag("en-a")).isFalse();
    assertThat(ValueFormats.isLanguageTag("EN")).isFalse();
  }

  @Test
  void digestsAreThoseOfThePattern() {
    qt().forAll(ModelGenerators.codeLike()).checkAssert(s -> {
      String digest = (s + "0123456789abcdef".repeat(4)).substring(0, 64);
      assertThat(ValueFormats.isSha256Hex(digest)).isEqualTo(SHA256_HEX.matcher(digest).matches());
      assertThat(ValueFormats.isSha256Hex(s)).isEqualTo(SHA256_HEX.matcher(s).matches());
    });
  }
}
