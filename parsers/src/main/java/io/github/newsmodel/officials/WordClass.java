package io.github.newsmodel.officials;

/** The class of a {@link Unit}: what a word or phrase can be in a mention of an official. */
enum WordClass {
  /** A form of address before a name ("HE", "Sheikh", "Dr."). */
  HONORIFIC,
  /** A form of address after a name ("SC"). */
  POSTNOMINAL,
  /** A word of a title ({@link TitleWords.Kind} tells which). */
  TITLE,
  /** An organisation word ({@link OrganizationWords.Kind} tells which). */
  ORG,
  /** A country name or demonym ("Qatar", "Qatari", "U.S."). */
  NATION,
  /** A city of the gazetteer ("Abu Dhabi", "Washington, D.C."). */
  PLACE,
  /** A name particle ("bin", "Al", "van"). */
  PARTICLE,
  /** A generational suffix ("Jr."). */
  SUFFIX,
  /** A capitalised word that is never a name ("The", "Meeting", "Thursday"). */
  NON_NAME,
  /** An all-capitals abbreviation ("NCC", "MOU"). */
  ACRONYM,
  /** A single capital letter, with or without a period ("J.", "K"). */
  INITIAL,
  /** A capitalised word that may be part of a personal name. */
  NAME,
  /** Any other word in lower case. */
  LOWER,
  /** A number. */
  NUMBER,
  /** A possessive ending. */
  POSSESSIVE,
  /** Punctuation. */
  PUNCT
}
