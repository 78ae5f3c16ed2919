package io.github.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.newsmodel.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputBytesTest {

  private static Source fromBytes(String text) {
    return InputBytes.source("s", Optional.empty(), "text/plain", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Source fromText(String text) {
    return InputBytes.source("s", Optional.empty(), "text/plain", text);
  }

  @Test
  void digestsATextAsItsUtf8Bytes() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(0, 3))
        .checkAssert((text, copies) -> {
          String repeated = text.repeat(copies * 400 + 1);
          assertThat(fromText(repeated)).isEqualTo(fromBytes(repeated));
        });
  }

  @Test
  void encodesUnpairedSurrogatesAndPairsAcrossChunksLikeGetBytes() {
    String pair = "\uD83D\uDE00";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      text.append(i % 7 == 0 ? "\uD800" : i % 5 == 0 ? "\uDC00x" : i % 3 == 0 ? pair : "é a");
    }
    String s = text.toString();
    assertThat(s.length()).isGreaterThan(1 << 16); // long enough to be encoded piece by piece
    assertThat(fromText(s)).isEqualTo(fromBytes(s));
    assertThat(fromText(s.substring(0, 1000))).isEqualTo(fromBytes(s.substring(0, 1000)));
    assertThat(fromText("").length()).isZero();
    assertThat(fromText(pair).length()).isEqualTo(4);
  }

  @Test
  void encodesASurrogateAtEveryPositionAroundTheCopyChunksLikeGetBytes() {
    for (int at = 0; at < 300; at++) {
      String before = "a".repeat(at);
      for (String tail : new String[] {"\uD83D\uDE00 end", "\uD83D", "\uD83Dx", "\uDE00", "\u2019\uD83D\uDE00"}) {
        String text = before + tail;
        assertThat(fromText(text)).as("surrogate at %d", at).isEqualTo(fromBytes(text));
      }
    }
  }
}
