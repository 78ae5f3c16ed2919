package io.github.newsmodel.parse;

import io.github.newsmodel.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Reading raw input within the byte limit, and describing it as a {@link Source}. */
final class InputBytes {
  /** Bytes encoded at a time when a long text is digested. */
  private static final int ENCODE_CHUNK = 8192;
  /** Texts up to this many characters are encoded whole, which is fastest; longer ones piece by piece. */
  private static final int COPY_LIMIT = 1 << 16;
  /** A fresh SHA-256 digest, cloned for each use: cheaper than looking the algorithm up each time. */
  private static final MessageDigest SHA_256 = lookUpSha256();

  private InputBytes() {}

  static byte[] read(Path path, ParseLimits limits) {
    try {
      long size = Files.size(path);
      if (size > limits.maxInputBytes()) {
        throw new ParseLimitExceededException("maxInputBytes", limits.maxInputBytes(), size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, limits);
      }
    } catch (NoSuchFileException e) {
      throw new NewsParseException("io.not_found", "no such file: " + path, e);
    } catch (IOException e) {
      throw new NewsParseException("io", "cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  static byte[] read(InputStream in, ParseLimits limits) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
      if (bytes.length > limits.maxInputBytes()) {
        throw new ParseLimitExceededException("maxInputBytes", limits.maxInputBytes(), bytes.length);
      }
      return bytes;
    } catch (IOException e) {
      throw new NewsParseException("io", "cannot read input: " + e.getMessage(), e);
    }
  }

  static Source source(String id, Optional<String> uri, String mediaType, byte[] bytes) {
    return Source.builder()
        .id(id)
        .uri(uri)
        .mediaType(mediaType)
        .sha256(sha256(bytes))
        .length(bytes.length)
        .build();
  }

  /**
   * Describes a text given as characters by its UTF-8 encoding, as {@link String#getBytes} with
   * UTF-8 gives it (unpaired surrogates as {@code ?}); a long text is encoded piece by piece into
   * the digest rather than copied whole.
   */
  static Source source(String id, Optional<String> uri, String mediaType, String text) {
    if (text.length() <= COPY_LIMIT) {
      return source(id, uri, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    MessageDigest digest = sha256Digest();
    CharBuffer in = CharBuffer.wrap(text);
    ByteBuffer out = ByteBuffer.allocate(ENCODE_CHUNK);
    long length = 0;
    CoderResult result;
    do {
      result = encoder.encode(in, out, true);
      if (result.isOverflow() || result.isUnderflow()) {
        out.flip();
        length += out.remaining();
        digest.update(out);
        out.clear();
      }
    } while (result.isOverflow());
    do {
      result = encoder.flush(out);
      out.flip();
      length += out.remaining();
      digest.update(out);
      out.clear();
    } while (result.isOverflow());
    return Source.builder()
        .id(id)
        .uri(uri)
        .mediaType(mediaType)
        .sha256(hex(digest.digest()))
        .length(length)
        .build();
  }

  private static MessageDigest lookUpSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return lookUpSha256();
    }
  }

  static String sha256(byte[] bytes) {
    return hex(sha256Digest().digest(bytes));
  }

  private static String hex(byte[] digest) {
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  static void checkChars(String text, ParseLimits limits) {
    if (text.length() > limits.maxInputChars()) {
      throw new ParseLimitExceededException("maxInputChars", limits.maxInputChars(), text.length());
    }
  }
}
