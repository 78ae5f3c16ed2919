package io.github.newsmodel.meetings;

import java.util.Locale;

/** The roles of the words in {@code meeting-cues.tsv}: event cues first, then the words around them. */
enum CueRole {
  /** A verb of meeting ("met", "held talks", "called on"). */
  MEET,
  /** A noun for a meeting ("meeting", "talks", "phone call"). */
  NOUN,
  /** A verb of signing. */
  SIGN,
  /** A verb that goes on about a meeting ("discussed", "reviewed"). */
  DISCUSS,
  /** Words for people joining the meeting just reported ("in attendance"). */
  JOIN,
  /** A verb that makes a meeting noun its own ("held", "joined"). */
  LIGHT,
  /** A word that may stand between a light verb or determiner and a meeting noun. */
  MODIFIER,
  /** A determiner that points back to a meeting already reported. */
  DEFINITE,
  /** A determiner that introduces a meeting. */
  INDEFINITE,
  /** Words for unnamed people. */
  GROUP,
  /** A personal pronoun. */
  PRONOUN,
  /** A preposition introducing the other side. */
  WITH,
  /** A word that ends a cue's window. */
  STOP,
  /** "During his visit". */
  VISIT,
  /** Words after a meeting noun that introduce where and when it took place. */
  OCCURRED,
  /** A word that opens a relative clause. */
  RELATIVE,
  /** A word that shows the other side of a meeting with one named participant. */
  COUNTERPART,
  /** A word of travelling followed by the place visited. */
  TRAVEL,
  /** "On the margins of". */
  MARGINS,
  /** A lower-case word ending a venue. */
  VENUE_TAIL,
  /** A verb of saying. */
  SPEECH,
  /** Words before a person that make them a source. */
  SOURCE,
  /** By telephone. */
  PHONE,
  /** By video. */
  VIDEO,
  /** Face to face. */
  IN_PERSON;

  /**
   * Reads a role from its name in the lexicon file.
   *
   * @param name such as {@code venue-tail}
   * @return the role
   */
  static CueRole parse(String name) {
    return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
  }

  /**
   * Tells whether this role is an event cue.
   *
   * @return true for meet, noun, sign, discuss and join
   */
  boolean isEvent() {
    return ordinal() <= JOIN.ordinal();
  }
}
