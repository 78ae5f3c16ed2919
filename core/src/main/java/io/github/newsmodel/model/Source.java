package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a document was parsed from: an identifier chosen by the caller (a path as given, or
 * {@code <path>#<record id>}), the page address when known, the media type and a digest and length
 * of the bytes read.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"id", "uri", "mediaType", "sha256", "length"})
public interface Source {

  /**
   * Returns the caller's identifier of the input.
   *
   * @return the id, such as {@code seeds/000_108a99c07e05f4ec.txt}
   */
  String id();

  /**
   * Returns the page address when known (a hint, a record's URL, a WARC target URI); never a local
   * file path.
   *
   * @return the URI, or empty
   */
  Optional<String> uri();

  /**
   * Returns the media type the input was parsed as.
   *
   * @return {@code text/plain} or {@code text/html}
   */
  String mediaType();

  /**
   * Returns the SHA-256 digest of the bytes read, as lower-case hex.
   *
   * @return 64 hex digits
   */
  String sha256();

  /**
   * Returns the number of bytes read.
   *
   * @return the length in bytes
   */
  long length();

  /** Checks digest shape and length. */
  @Value.Check
  default void checkDigest() {
    if (!ValueFormats.isSha256Hex(sha256())) {
      throw new ModelInvariantException("/sha256", "not 64 lower-case hex digits");
    }
    if (length() < 0) {
      throw new ModelInvariantException("/length", "negative length " + length());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values. */
  final class Builder extends ImmutableSource.Builder {}
}
