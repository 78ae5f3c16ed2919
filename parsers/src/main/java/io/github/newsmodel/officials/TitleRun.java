package io.github.newsmodel.officials;

import java.util.List;
import java.util.Optional;

/**
 * A title phrase of a sentence: the units from an optional determiner to the last title word,
 * split into roles ("Qatari Deputy Prime Minister and Minister of Foreign Affairs"). A run
 * without a head but with an institution word is an organisation phrase ("U.S. Southern
 * Command"), which can stand between a title and a name.
 *
 * @param first index of the first unit (the determiner, when there is one)
 * @param end index after the last unit
 * @param definite whether the phrase starts with "the" or a possessive country ("Qatar's
 *     Interior Chief"), so that without a name it can refer back to a named official
 * @param roles the roles, empty for an organisation phrase
 * @param organization for an organisation phrase, the institution
 * @param cues country cues of an organisation phrase ("U.S. Southern Command")
 */
record TitleRun(int first, int end, boolean definite, List<TitleRole> roles, Optional<OrgRef> organization,
    List<CountryCue> cues) {

  /**
   * Tells whether this is a title (it has roles) rather than an organisation phrase.
   *
   * @return true for a title
   */
  boolean isTitle() {
    return !roles.isEmpty();
  }
}
