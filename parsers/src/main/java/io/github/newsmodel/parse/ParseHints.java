package io.github.newsmodel.parse;

import io.github.newsmodel.model.PublicationDate;
import java.util.Optional;

/**
 * What the caller already knows about an input: the page address and a publication date. The
 * address becomes {@code source.uri}; the date is used when the article does not state its own and
 * for resolving "today"/"yesterday".
 *
 * @param uri the page address, if known
 * @param published the publication date, if known
 */
public record ParseHints(Optional<String> uri, Optional<PublicationDate> published) {
  private static final ParseHints NONE = new ParseHints(Optional.empty(), Optional.empty());

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a component is null
   */
  public ParseHints {
    java.util.Objects.requireNonNull(uri, "uri");
    java.util.Objects.requireNonNull(published, "published");
  }

  /**
   * Returns hints that say nothing.
   *
   * @return empty hints
   */
  public static ParseHints none() {
    return NONE;
  }

  /**
   * Returns these hints with a page address.
   *
   * @param pageUri the address, or null for none
   * @return the new hints
   */
  public ParseHints withUri(String pageUri) {
    return new ParseHints(Optional.ofNullable(pageUri), published);
  }

  /**
   * Returns these hints with a publication date.
   *
   * @param date the date, or null for none
   * @return the new hints
   */
  public ParseHints withPublished(PublicationDate date) {
    return new ParseHints(uri, Optional.ofNullable(date));
  }
}
