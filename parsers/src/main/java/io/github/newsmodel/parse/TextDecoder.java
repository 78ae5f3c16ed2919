package io.github.newsmodel.parse;

import io.github.newsmodel.pipeline.WarningSink;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes to text: a byte-order mark (UTF-8, UTF-16 LE/BE) wins and is removed, else
 * the given charset is used. Invalid byte sequences become U+FFFD with one {@code decode.malformed}
 * warning; decoding never fails.
 */
public final class TextDecoder {
  /** Characters decoded at a time. */
  private static final int DECODE_CHUNK = 8192;

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
    String strict = decodeStrictly(bytes, offset, charset);
    if (strict != null) {
      return strict;
    }
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

  /**
   * Decodes valid input a chunk at a time, or returns null at the first invalid byte sequence.
   * Chunks keep every loop of the platform's decoding and copying short: one call over a whole
   * page can stay in the interpreter for seconds while the compiler is busy, as it is while a
   * batch of pages is parsed in a fresh JVM.
   */
  private static String decodeStrictly(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer chunk = CharBuffer.allocate(DECODE_CHUNK);
    StringBuilder out = new StringBuilder(bytes.length - offset);
    CoderResult result;
    do {
      result = strict.decode(input, chunk, true);
      if (result.isError()) {
        return null;
      }
      out.append(chunk.array(), 0, chunk.position());
      chunk.clear();
    } while (result.isOverflow());
    do {
      result = strict.flush(chunk);
      out.append(chunk.array(), 0, chunk.position());
      chunk.clear();
    } while (result.isOverflow());
    return out.toString();
  }
}
