package io.github.newsmodel.parse;

/**
 * The one exception type of the parsers (unchecked, like jsoup's): the input could not be read ({@code io}) or exceeds a
 * limit ({@link ParseLimitExceededException}). Messy content never throws; it gives a result with
 * warnings.
 */
public class NewsParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates the exception.
   *
   * @param code a stable machine-readable code ({@code io}, {@code limit.maxInputChars}, ...)
   * @param message the explanation
   */
  public NewsParseException(String code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param code a stable machine-readable code
   * @param message the explanation
   * @param cause the underlying exception
   */
  public NewsParseException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /**
   * Returns the machine-readable code, as written into error lines of the command line.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
