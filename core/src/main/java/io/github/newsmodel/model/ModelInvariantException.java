package io.github.newsmodel.model;

/**
 * Thrown when a model value is built with data that breaks one of its structural invariants: a
 * span whose start is after its end, evidence outside the document text, evidence whose quote is
 * not the text it points at, an invalid country code, a reference to an unknown id.
 *
 * <p>The message names the offending field and values. This is a programming error of whoever built
 * the value (or a corrupt JSON document), never a property of the article being parsed.
 */
public final class ModelInvariantException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates the exception.
   *
   * @param path where the problem is, as a JSON Pointer into the value ({@code /officials/0/evidence/1})
   * @param message what is wrong
   */
  public ModelInvariantException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  /**
   * Returns where the problem is, as a JSON Pointer into the value being built.
   *
   * @return the JSON Pointer of the offending field
   */
  public String path() {
    return path;
  }
}
