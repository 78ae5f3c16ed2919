package io.github.newsmodel.structure;

import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.temporal.DateMention;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * A publication date read from the text, with the rule that read it.
 *
 * @param mention the resolved date expression (with its time and offset, when written)
 * @param rule the rule name, written into the evidence
 * @param confidence how sure the rule is, in {@code [0, 1]}
 */
record Dated(DateMention mention, String rule, double confidence) {

  /**
   * Returns the publication date, with the time and offset the text gives.
   *
   * @return the date
   * @throws java.util.NoSuchElementException if the mention is not resolved (callers only pass
   *     resolved mentions)
   */
  PublicationDate publicationDate() {
    if (mention.time().isEmpty()) {
      return PublicationDate.of(mention.date().orElseThrow());
    }
    LocalDateTime local = LocalDateTime.of(mention.date().orElseThrow(), mention.time().get());
    return mention.offset().isPresent()
        ? PublicationDate.of(OffsetDateTime.of(local, mention.offset().get()))
        : PublicationDate.of(local);
  }

  /**
   * Returns the evidence of the date.
   *
   * @param text the document text
   * @return the evidence for {@code /published}
   */
  Evidence evidence(String text) {
    return Evidences.inText("/published", text, mention.span(), rule, confidence);
  }
}
