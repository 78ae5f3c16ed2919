package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;

/**
 * A piece of text that gives an official's country, with the rule that read it. Cues compete by
 * {@link #strength()}: a demonym or possessive on the person's own title beats an institution
 * named inside the title, which beats the issuing government of a readout.
 *
 * @param code the ISO 3166-1 alpha-2 code
 * @param span the span of the cue in the text
 * @param rule the rule name, such as {@code official.country.demonym}
 * @param confidence the rule's confidence
 * @param strength how direct the cue is; higher wins
 */
record CountryCue(String code, Span span, String rule, double confidence, int strength) {
  /** "Qatari Minister", "U.S. Secretary": a demonym on the person's title. */
  static final int DEMONYM = 90;
  /** "Qatar's Minister": a possessive country on the person's title. */
  static final int POSSESSIVE = 90;
  /** "Amir of Qatar", "Deputy Minister of Defense of the Kingdom of Saudi Arabia". */
  static final int OF_COUNTRY = 85;
  /** "Carlos Correa (Colombia)". */
  static final int PARENTHETICAL = 80;
  /** "signed for Armenia". */
  static final int SIGNED_FOR = 80;
  /** "Secretary of the US Department of Homeland Security": an institution that names its state. */
  static final int INSTITUTION = 70;
  /** "Crown Prince of Abu Dhabi": a place of the gazetteer in the title. */
  static final int PLACE = 60;
  /** The issuing government of a readout, for its own officials. */
  static final int READOUT = 40;
  /** A bilateral pair ("U.S.-Oman") whose other side is another official's country. */
  static final int BILATERAL = 30;
  /** The country a visitor comes to, for the hosts. */
  static final int VISIT_HOST = 20;
}
