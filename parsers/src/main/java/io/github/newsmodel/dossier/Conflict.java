package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A disagreement between articles, reported rather than resolved: each side is a {@link Claim}
 * citing its article and evidence.
 *
 * @param kind what the articles disagree about
 * @param subject the dossier id of the meeting or official concerned
 * @param message a one-line description for people
 * @param claims what each article says, with its evidence
 */
@JsonPropertyOrder({"kind", "subject", "message", "claims"})
public record Conflict(ConflictKind kind, String subject, String message, List<Claim> claims) {

  /** Copies the list, so that the value never changes. */
  public Conflict {
    claims = List.copyOf(claims);
  }
}
