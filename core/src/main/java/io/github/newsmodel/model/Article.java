package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an article says about itself: headline, byline, outlet, dateline, publication date,
 * language, and its structure as sections and typed blocks. Every value present has at least one
 * {@link Evidence} item whose {@code field} names it ({@code /headline}, {@code /dateline/city}).
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
@JsonPropertyOrder({"headline", "byline", "outlet", "dateline", "published", "language", "sections", "blocks",
    "evidence"})
public interface Article {

  /**
   * Returns the title line, whitespace normalised.
   *
   * @return the headline, or empty when the text starts with the lead paragraph
   */
  Optional<String> headline();

  /**
   * Returns the author line as shown ("Mara Collins", "Office of the Spokesperson").
   *
   * @return the byline, or empty
   */
  Optional<String> byline();

  /**
   * Returns the publisher named by an explicit credit or sign-off line.
   *
   * @return the outlet, or empty
   */
  Optional<String> outlet();

  /**
   * Returns the dateline place.
   *
   * @return the dateline, or empty when the story has none
   */
  Optional<Dateline> dateline();

  /**
   * Returns the publication date or date-time stated by the source.
   *
   * @return the date, or empty (never guessed)
   */
  Optional<PublicationDate> published();

  /**
   * Returns the language of the text.
   *
   * @return a BCP 47 language tag such as {@code en}, or empty when unknown
   */
  Optional<String> language();

  /**
   * Returns the body as sections of paragraphs.
   *
   * @return the sections in text order
   */
  List<Section> sections();

  /**
   * Returns every typed block of the text, in text order.
   *
   * @return the blocks
   */
  List<Block> blocks();

  /**
   * Returns the evidence for the metadata values.
   *
   * @return the evidence items
   */
  List<Evidence> evidence();

  /** Checks the language tag shape. */
  @Value.Check
  default void checkLanguage() {
    if (language().isPresent() && !ValueFormats.isLanguageTag(language().get())) {
      throw new ModelInvariantException("/language", "not a BCP 47 tag: \"" + language().get() + "\"");
    }
  }

  /**
   * Returns an article with nothing known.
   *
   * @return an empty article
   */
  static Article empty() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Article} values. */
  final class Builder extends ImmutableArticle.Builder {}
}
