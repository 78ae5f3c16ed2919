package io.github.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.pipeline.WarningSink;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  /** UTF-8 decoded the slow, obvious way: a strict decoder, then a replacing one with a warning. */
  private static String reference(byte[] bytes, WarningSink warnings) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      warnings.warn("decode.malformed", "input is not valid UTF-8; invalid byte sequences were replaced with U+FFFD");
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(List<Integer> values) {
    byte[] out = new byte[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (int) values.get(i);
    }
    return out;
  }

  @Test
  void decodesUtf8AsAStrictDecoderFollowedByAReplacingOneWould() {
    // Bytes drawn mostly from the ASCII and UTF-8 lead/continuation ranges, with U+FFFD's own
    // encoding (EF BF BD) now and then, so valid, invalid and replacement-bearing inputs all occur.
    qt().forAll(lists().of(integers().between(0, 260)).ofSizeBetween(0, 40)).checkAssert(codes -> {
      List<Integer> values = codes.stream().flatMap(c -> c == 256 ? List.of(0xEF, 0xBF, 0xBD).stream()
          : c > 256 ? List.of(0xC3, 0xA9).stream() : List.of(c).stream()).toList();
      byte[] input = bytes(values);
      if (startsWithByteOrderMark(input)) {
        return; // decoded by the mark's charset: see decodesByTheByteOrderMark
      }
      WarningSink fast = new WarningSink(10);
      WarningSink slow = new WarningSink(10);
      assertThat(TextDecoder.decode(input, StandardCharsets.UTF_8, fast)).isEqualTo(reference(input, slow));
      assertThat(fast.toList()).isEqualTo(slow.toList());
    });
  }

  @Test
  void decodesByTheByteOrderMark() {
    WarningSink warnings = new WarningSink(10);
    assertThat(TextDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'}, StandardCharsets.UTF_8, warnings))
        .isEqualTo("hi");
    assertThat(TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0}, StandardCharsets.UTF_8, warnings))
        .isEqualTo("hi");
    assertThat(TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'},
        StandardCharsets.ISO_8859_1, warnings)).isEqualTo("hi");
    assertThat(warnings.toList()).isEmpty();
    assertThat(TextDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, 0}, StandardCharsets.UTF_8, warnings))
        .isEqualTo("\uFFFD");
    assertThat(warnings.toList()).hasSize(1);
  }

  private static boolean startsWithByteOrderMark(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
        || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  @Test
  void aReplacementCharacterInValidInputIsNoWarning() {
    WarningSink warnings = new WarningSink(10);
    assertThat(TextDecoder.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, warnings))
        .isEqualTo("a\uFFFDb");
    assertThat(warnings.toList()).isEmpty();
    assertThat(TextDecoder.decode(new byte[] {'a', (byte) 0xC3}, StandardCharsets.UTF_8, warnings)).isEqualTo("a\uFFFD");
    assertThat(warnings.toList()).hasSize(1);
  }
}
