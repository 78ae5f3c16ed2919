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

  static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  static void checkChars(String text, ParseLimits limits) {
    if (text.length() > limits.maxInputChars()) {
      throw new ParseLimitExceededException("maxInputChars", limits.maxInputChars(), text.length());
    }
  }
}
