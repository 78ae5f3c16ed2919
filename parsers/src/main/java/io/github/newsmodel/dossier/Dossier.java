package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * What a set of articles says about people and meetings, merged across articles, with the
 * conflicts between articles. Immutable; its JSON form is {@code {"officials": [...],
 * "meetings": [...], "conflicts": [...]}}, written with {@link io.github.newsmodel.model.NewsJson}.
 *
 * @param officials the people, in order of first appearance across the input documents
 * @param meetings the meetings, in order of first report
 * @param conflicts where the articles disagree, meetings' conflicts first, then officials'
 */
@JsonPropertyOrder({"officials", "meetings", "conflicts"})
public record Dossier(List<DossierOfficial> officials, List<DossierMeeting> meetings, List<Conflict> conflicts) {

  /** Copies the lists, so that a dossier never changes. */
  public Dossier {
    officials = List.copyOf(officials);
    meetings = List.copyOf(meetings);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * Finds the merged official that a document's official id belongs to.
   *
   * @param officialId an official id from one of the input documents
   * @return the official, or empty when no input document had that id
   */
  public Optional<DossierOfficial> officialWithId(String officialId) {
    for (DossierOfficial official : officials) {
      if (official.ids().contains(officialId)) {
        return Optional.of(official);
      }
    }
    return Optional.empty();
  }
}
