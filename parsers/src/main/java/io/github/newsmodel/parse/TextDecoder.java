package io.github.newsmodel.parse;

import io.github.newsmodel.pipeline.WarningSink;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes to text: a byte-order mark (UTF-8, UTF-16 LE/BE) wins and is removed, else
 * the given charset is used. Invalid byte sequences become U+FFFD with one {@code decode.malformed}
 * warning; decoding never fails.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * Decodes bytes.
   *
   * @param bytes the raw input
   * @param fallback the charset when there is no byte-order mark
   * @param warnings where to report replaced bytes
   * @return the text
   */
  public static String decode(byte[] bytes, Charset fallback, WarningSink warnings) {
    Charset charset = fallback;
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      offset = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The platform's own decoding is fastest; it replaces invalid sequences with U+FFFD as the
      // lenient decoder below does, so a result without U+FFFD comes from valid input.
      String decoded = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (decoded.indexOf('\uFFFD') < 0) {
        return decoded;
      }
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharsetDecoder strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(input);
      return chars.toString();
    } catch (CharacterCodingException e) {
      warnings.warn("decode.malformed", "input is not valid " + charset.name()
          + "; invalid byte sequences were replaced with U+FFFD");
      CharsetDecoder lenient = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      try {
        return lenient.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException("a replacing decoder does not fail", impossible);
      }
    }
  }
}
