package io.github.newsmodel.corpus;

import io.github.newsmodel.model.ErrorDocument;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.NewsJson;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one article of a corpus: exactly one of a {@link NewsDocument} and an
 * {@link ErrorDocument} (the error line of an input or record that could not be read or parsed).
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleResult {
  private final NewsDocument document;
  private final ErrorDocument error;

  private ArticleResult(NewsDocument document, ErrorDocument error) {
    this.document = document;
    this.error = error;
  }

  /**
   * Wraps a parsed document.
   *
   * @param document the document
   * @return the result
   */
  public static ArticleResult of(NewsDocument document) {
    return new ArticleResult(Objects.requireNonNull(document, "document"), null);
  }

  /**
   * Wraps an error document.
   *
   * @param error the error document
   * @return the result
   */
  public static ArticleResult failed(ErrorDocument error) {
    return new ArticleResult(null, Objects.requireNonNull(error, "error"));
  }

  /**
   * Returns the document, unless the article failed.
   *
   * @return the document, or empty
   */
  public Optional<NewsDocument> document() {
    return Optional.ofNullable(document);
  }

  /**
   * Returns the error document, if the article failed.
   *
   * @return the error document, or empty
   */
  public Optional<ErrorDocument> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns whether the article failed.
   *
   * @return true for an error document
   */
  public boolean failed() {
    return error != null;
  }

  /**
   * Returns the {@code source.id} of the article.
   *
   * @return the identifier
   */
  public String sourceId() {
    return document != null ? document.source().id() : error.source().id();
  }

  /**
   * Returns the number of input bytes of the article ({@code source.length}).
   *
   * @return the length in bytes
   */
  public long length() {
    return document != null ? document.source().length() : error.source().length();
  }

  /**
   * Returns the document or the error document, whichever there is: the value of the output line.
   *
   * @return the value to serialize
   */
  public Object value() {
    return document != null ? document : error;
  }

  /**
   * Writes the output line of the article: compact {@code newsmodel/1} JSON, without a newline.
   *
   * @return the JSON text
   */
  public String toJson() {
    return NewsJson.toJson(value());
  }

  @Override
  public String toString() {
    return sourceId() + (failed() ? " (error " + error.error().code() + ")" : "");
  }
}
