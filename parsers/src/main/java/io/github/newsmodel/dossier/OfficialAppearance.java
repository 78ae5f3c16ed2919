package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.newsmodel.model.Evidence;
import java.util.List;
import java.util.Optional;

/**
 * One article's entry for a person of the dossier.
 *
 * @param source the article's {@code source.id}
 * @param official the official's {@code id} in that article
 * @param name the name as that article gives it
 * @param honorifics the honorifics that article gives
 * @param titles the titles that article gives
 * @param country the country that article gives, if any
 * @param rule why this entry belongs to the person: {@code dossier.official.same_id},
 *     {@code dossier.official.name_equal}, {@code dossier.official.name_fuzzy} or
 *     {@code dossier.official.name_partial}
 * @param score how close the names are, in {@code [0, 1]}
 * @param evidence the official's evidence in that article (offsets refer to that article's text)
 */
@JsonPropertyOrder({"source", "official", "name", "honorifics", "titles", "country", "rule", "score", "evidence"})
public record OfficialAppearance(String source, String official, String name, List<String> honorifics,
    List<String> titles, Optional<String> country, String rule, double score, List<Evidence> evidence) {

  /** Copies the lists, so that the value never changes. */
  public OfficialAppearance {
    honorifics = List.copyOf(honorifics);
    titles = List.copyOf(titles);
    evidence = List.copyOf(evidence);
  }
}
