package io.github.newsmodel.parse;

import io.github.newsmodel.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Reading raw input within the byte limit, and describing it as a {@link Source}. */
final class InputBytes {
  /**
   * Bytes encoded at a time when a text given as characters is digested: a few SHA-256 blocks, so
   * that the buffer, allocated for every parse, stays small against an article.
   */
  private static final int ENCODE_CHUNK = 256;
  /**
   * Characters encoded per step (one more when a surrogate pair would be split); a step writes at
   * most three bytes a character into the buffer.
   */
  private static final int CHAR_CHUNK = 64;
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
   * UTF-8 gives it (unpaired surrogates as {@code ?}). The text is encoded a small piece at a time
   * into the digest rather than copied whole.
   */
  static Source source(String id, Optional<String> uri, String mediaType, String text) {
    MessageDigest digest = sha256Digest();
    byte[] buffer = new byte[ENCODE_CHUNK];
    // The characters are copied out a chunk at a time: reading a two-byte string with charAt
    // checks its layout and bounds at every character. One spare slot keeps the second half of a
    // surrogate pair that a chunk boundary splits.
    char[] chars = new char[CHAR_CHUNK + 1];
    int n = text.length();
    long length = 0;
    int pos = 0;
    for (int from = 0; from < n; ) {
      int count = Math.min(CHAR_CHUNK, n - from);
      if (count < n - from && Character.isHighSurrogate(text.charAt(from + count - 1))
          && Character.isLowSurrogate(text.charAt(from + count))) {
        count++;
      }
      text.getChars(from, from + count, chars, 0);
      from += count;
      if (pos > ENCODE_CHUNK - 3 * (CHAR_CHUNK + 1)) {
        digest.update(buffer, 0, pos);
        length += pos;
        pos = 0;
      }
      for (int i = 0; i < count; i++) {
        char c = chars[i];
        if (c < 0x80) {
          buffer[pos++] = (byte) c;
        } else if (c < 0x800) {
          buffer[pos++] = (byte) (0xC0 | c >> 6);
          buffer[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
          buffer[pos++] = (byte) (0xE0 | c >> 12);
          buffer[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
          buffer[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          buffer[pos++] = (byte) (0xF0 | cp >> 18);
          buffer[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
          buffer[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
          buffer[pos++] = (byte) (0x80 | cp & 0x3F);
        } else {
          buffer[pos++] = '?';
        }
      }
    }
    digest.update(buffer, 0, pos);
    length += pos;
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
