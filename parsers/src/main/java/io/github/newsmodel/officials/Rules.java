package io.github.newsmodel.officials;

/**
 * The names of the rules of this package, written into every evidence item's {@code rule} so
 * that each value can be traced to what produced it.
 */
final class Rules {
  /** A name after its title: "Secretary of State Antony J. Blinken". */
  static final String NAME_PREMODIFIER = "official.name.premodifier";
  /** A name followed by its title: "Kristi Noem, Secretary of ...". */
  static final String NAME_APPOSITION = "official.name.apposition";
  /** A name after its title and a comma: "the Crown Prince of Abu Dhabi, Sheikh ...". */
  static final String NAME_REVERSE_APPOSITION = "official.name.reverse-apposition";
  /** A name known only by its honorifics: "Sheikh Tahnoon". */
  static final String NAME_HONORIFIC = "official.name.honorific";
  /** A name that repeats a name already introduced: "Barrack". */
  static final String NAME_REPEATED = "official.name.repeated";

  /** A title before the name. */
  static final String TITLE_PREMODIFIER = "official.title.premodifier";
  /** A title in apposition after the name. */
  static final String TITLE_APPOSITION = "official.title.apposition";
  /** A title before the name, separated by a comma. */
  static final String TITLE_REVERSE_APPOSITION = "official.title.reverse-apposition";

  /** An honorific before the name ({@code honorifics.tsv}). */
  static final String HONORIFIC_PREFIX = "official.honorific.prefix";
  /** An honorific after the name ({@code honorifics.tsv}). */
  static final String HONORIFIC_POSTNOMINAL = "official.honorific.postnominal";

  /** An institution named in the complement of a title: "Undersecretary of the Ministry of Interior". */
  static final String ORG_COMPLEMENT = "official.organization.title-complement";
  /** An institution before the head of a title: "African Union Commission (AUC) Chairperson". */
  static final String ORG_MODIFIER = "official.organization.title-modifier";
  /** An institution between the title and the name: "Foreign Policy Advisor, U.S. Southern Command Jean Manes". */
  static final String ORG_PREMODIFIER = "official.organization.premodifier";

  /** A demonym on the title: "Qatari Deputy Prime Minister". */
  static final String COUNTRY_DEMONYM = "official.country.demonym";
  /** A possessive country on the title: "Qatar's Minister of Interior". */
  static final String COUNTRY_POSSESSIVE = "official.country.possessive";
  /** "of &lt;country&gt;" after the title or the name. */
  static final String COUNTRY_OF = "official.country.of-country";
  /** A country in parentheses after the name. */
  static final String COUNTRY_PARENTHETICAL = "official.country.parenthetical";
  /** "signed for &lt;country&gt;". */
  static final String COUNTRY_SIGNED_FOR = "official.country.signed-for";
  /** An institution in the title that names its state. */
  static final String COUNTRY_INSTITUTION = "official.country.institution";
  /** A place of the gazetteer in the title. */
  static final String COUNTRY_PLACE = "official.country.place";
  /** The issuing government of a readout, for its own officials ({@code readout-cues.tsv}). */
  static final String COUNTRY_READOUT = "official.country.readout";
  /** The issuing government of a readout, named alone in the official's sentence. */
  static final String COUNTRY_READOUT_SENTENCE = "official.country.readout-sentence";
  /** The other side of a bilateral pair whose first side is another official's country. */
  static final String COUNTRY_BILATERAL = "official.country.bilateral";
  /** The country visited, for the hosts of a visit. */
  static final String COUNTRY_VISIT_HOST = "official.country.visit-host";

  private Rules() {}
}
