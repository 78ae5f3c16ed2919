package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.newsmodel.model.Evidence;
import java.util.List;

/**
 * One side of a {@link Conflict}: what one article says, and where.
 *
 * @param source the article's {@code source.id}
 * @param value the value that article gives, as text ({@code "2023-12-18 (Monday)"},
 *     {@code "Thursday"}, {@code "Minister of Interior; Commander of ..."})
 * @param evidence the evidence in that article (offsets refer to that article's text)
 */
@JsonPropertyOrder({"source", "value", "evidence"})
public record Claim(String source, String value, List<Evidence> evidence) {

  /** Copies the list, so that the value never changes. */
  public Claim {
    evidence = List.copyOf(evidence);
  }
}
