package io.github.newsmodel.parse;

/**
 * Thrown when an input exceeds one of the {@link ParseLimits}. Carries which limit, its value and
 * the actual value, so callers can log or retry with larger limits.
 */
public final class ParseLimitExceededException extends NewsParseException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long maximum;
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param limit the limit's name, such as {@code maxInputChars}
   * @param maximum the limit's value
   * @param actual the value of the input
   */
  public ParseLimitExceededException(String limit, long maximum, long actual) {
    super("limit." + limit, "input exceeds " + limit + ": " + actual + " > " + maximum);
    this.limit = limit;
    this.maximum = maximum;
    this.actual = actual;
  }

  /**
   * Returns the name of the limit exceeded.
   *
   * @return the name, such as {@code maxInputChars}
   */
  public String limit() {
    return limit;
  }

  /**
   * Returns the value of the limit.
   *
   * @return the maximum allowed
   */
  public long maximum() {
    return maximum;
  }

  /**
   * Returns the input's value.
   *
   * @return the actual value
   */
  public long actual() {
    return actual;
  }
}
