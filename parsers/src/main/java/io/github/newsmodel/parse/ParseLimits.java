package io.github.newsmodel.parse;

/**
 * Hard limits that protect a parser from hostile or broken input. Exceeding one throws
 * {@link ParseLimitExceededException}; everything below a limit gives a result.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_INPUT_CHARS} input characters (after decoding),
 * {@value #DEFAULT_MAX_INPUT_BYTES} input bytes, HTML nesting depth {@value #DEFAULT_MAX_HTML_DEPTH}
 * (deeper elements are flattened into their ancestor, with a warning), and
 * {@value #DEFAULT_MAX_WARNINGS} warnings per document (further ones are dropped and counted in a
 * final {@code warnings.truncated} warning).
 *
 * @param maxInputChars the largest decoded input accepted, in UTF-16 code units
 * @param maxInputBytes the largest raw input accepted, in bytes
 * @param maxHtmlDepth the deepest HTML element nesting kept as structure
 * @param maxWarnings the most warnings kept per document
 */
public record ParseLimits(int maxInputChars, long maxInputBytes, int maxHtmlDepth, int maxWarnings) {
  /** Default for {@link #maxInputChars()}: 16 million characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 16_000_000;
  /** Default for {@link #maxInputBytes()}: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;
  /** Default for {@link #maxHtmlDepth()}. */
  public static final int DEFAULT_MAX_HTML_DEPTH = 512;
  /** Default for {@link #maxWarnings()}. */
  public static final int DEFAULT_MAX_WARNINGS = 100;

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ParseLimits {
    if (maxInputChars <= 0 || maxInputBytes <= 0 || maxHtmlDepth <= 0 || maxWarnings <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static ParseLimits defaults() {
    return new ParseLimits(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_HTML_DEPTH,
        DEFAULT_MAX_WARNINGS);
  }

  /**
   * Returns these limits with another character limit.
   *
   * @param chars the new limit
   * @return the new limits
   */
  public ParseLimits withMaxInputChars(int chars) {
    return new ParseLimits(chars, maxInputBytes, maxHtmlDepth, maxWarnings);
  }

  /**
   * Returns these limits with another byte limit.
   *
   * @param bytes the new limit
   * @return the new limits
   */
  public ParseLimits withMaxInputBytes(long bytes) {
    return new ParseLimits(maxInputChars, bytes, maxHtmlDepth, maxWarnings);
  }

  /**
   * Returns these limits with another HTML depth limit.
   *
   * @param depth the new limit
   * @return the new limits
   */
  public ParseLimits withMaxHtmlDepth(int depth) {
    return new ParseLimits(maxInputChars, maxInputBytes, depth, maxWarnings);
  }

  /**
   * Returns these limits with another warning limit.
   *
   * @param warnings the new limit
   * @return the new limits
   */
  public ParseLimits withMaxWarnings(int warnings) {
    return new ParseLimits(maxInputChars, maxInputBytes, maxHtmlDepth, warnings);
  }
}
