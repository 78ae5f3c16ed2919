package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;

/**
 * A word or lexicon phrase of a sentence, classified: the items the mention rules read. A unit
 * covers one token, or several when a lexicon phrase matched ("His Royal Highness", "Saudi
 * Arabia", "Crown Prince").
 *
 * @param start inclusive start in the document text
 * @param end exclusive end in the document text
 * @param text the folded text of the unit
 * @param cls its class
 * @param value what the lexicon says about it: an {@link Honorifics.Honorific}, a {@link
 *     TitleWords.Kind}, an {@link OrganizationWords.Kind}, a {@link Nation}, a country code for
 *     places, or null
 */
record Unit(int start, int end, String text, WordClass cls, Object value) {

  /**
   * A country read from a name or demonym.
   *
   * @param code the ISO 3166-1 alpha-2 code
   * @param demonym whether the word is a demonym or adjective ("Qatari", "U.S.") rather than a name
   */
  record Nation(String code, boolean demonym) {}

  /**
   * Returns the span of the unit.
   *
   * @return the span
   */
  Span span() {
    return Span.of(start, end);
  }

  /**
   * Tells whether the unit starts with a capital letter or digit-free acronym.
   *
   * @return true when capitalised
   */
  boolean capitalized() {
    char c = text.charAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * Tells whether the unit is of a class.
   *
   * @param c the class
   * @return true when it is
   */
  boolean is(WordClass c) {
    return cls == c;
  }

  /**
   * Tells whether the unit is a title word of a kind.
   *
   * @param kind the kind
   * @return true when it is
   */
  boolean isTitle(TitleWords.Kind kind) {
    return cls == WordClass.TITLE && value == kind;
  }

  /**
   * Tells whether the unit is an organisation word of a kind.
   *
   * @param kind the kind
   * @return true when it is
   */
  boolean isOrg(OrganizationWords.Kind kind) {
    return cls == WordClass.ORG && value == kind;
  }

  /**
   * Tells whether the unit names an institution, national or intergovernmental ("Ministry",
   * "Union", "NSC").
   *
   * @return true for an institution word
   */
  boolean isInstitution() {
    return isOrg(OrganizationWords.Kind.INSTITUTION) || isOrg(OrganizationWords.Kind.INTERNATIONAL);
  }

  /**
   * Tells whether the unit is the given word, ignoring case.
   *
   * @param word the word
   * @return true when the text equals it
   */
  boolean isWord(String word) {
    return text.equalsIgnoreCase(word);
  }

  /**
   * Tells whether the unit is the given punctuation character.
   *
   * @param c the character
   * @return true for that punctuation
   */
  boolean isPunct(char c) {
    return cls == WordClass.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }

  /**
   * Returns the country of a nation unit.
   *
   * @return the nation, or null for other units
   */
  Nation nation() {
    return value instanceof Nation n ? n : null;
  }
}
