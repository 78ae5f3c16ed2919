package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One person as seen across articles: the union of what the articles say, and every appearance
 * with the evidence it rests on.
 *
 * @param id the dossier id: the official {@code id} of the first appearance
 * @param ids every official {@code id} merged into this person, in order of first appearance
 * @param name the fullest form of the name any article uses
 * @param names every distinct written form of the name, in order of first appearance
 * @param honorifics every honorific, as written, in order of first appearance
 * @param titles the titles, one per office (equivalent forms such as "Interior Minister" and
 *     "Minister of Interior" count once; the first written form is kept)
 * @param organizations the institutions the articles name for the person
 * @param countries the ISO 3166-1 alpha-2 codes the articles give (more than one is a conflict)
 * @param sources the {@code source.id}s of the articles the person appears in, in input order
 * @param appearances the person's entry in each article, with its evidence and the merge rule
 */
@JsonPropertyOrder({"id", "ids", "name", "names", "honorifics", "titles", "organizations", "countries", "sources",
    "appearances"})
public record DossierOfficial(String id, List<String> ids, String name, List<String> names, List<String> honorifics,
    List<String> titles, List<String> organizations, List<String> countries, List<String> sources,
    List<OfficialAppearance> appearances) {

  /** Copies the lists, so that the value never changes. */
  public DossierOfficial {
    ids = List.copyOf(ids);
    names = List.copyOf(names);
    honorifics = List.copyOf(honorifics);
    titles = List.copyOf(titles);
    organizations = List.copyOf(organizations);
    countries = List.copyOf(countries);
    sources = List.copyOf(sources);
    appearances = List.copyOf(appearances);
  }
}
