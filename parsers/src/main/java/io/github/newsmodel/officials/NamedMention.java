package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * A mention of a person by name, with what the sentence says about the person there: honorifics,
 * titles, an institution, country cues.
 *
 * @param sentence the index of the sentence
 * @param name the span of the name
 * @param nameText the name as written, whitespace collapsed
 * @param key the key words of the name ({@link NameKey#words})
 * @param nameWords how many name words the name has (not particles or initials)
 * @param mention the span of the whole mention: honorifics, a title right before the name, the
 *     name and post-nominal honorifics ("Secretary Noem", "Mr K Shanmugam SC")
 * @param honorifics the honorifics, in text order
 * @param titles the titles
 * @param organization an institution written between the title and the name
 * @param cues country cues around the name ("of Qatar", "(Colombia)", "signed for Armenia"),
 *     and those of an institution before the name
 * @param rule the rule that found the name
 * @param confidence how sure the rule is
 * @param weak whether the mention only counts when it repeats a name found elsewhere (a single
 *     word in a headline, a single word after a bare rank)
 */
record NamedMention(int sentence, Span name, String nameText, List<String> key, int nameWords, Span mention,
    List<HonorificRef> honorifics, List<AttachedTitle> titles, Optional<OrgRef> organization,
    List<CountryCue> cues, String rule, double confidence, boolean weak) {

  /**
   * Tells whether the mention has a title other than a rank.
   *
   * @return true when it does
   */
  boolean hasRoleTitle() {
    for (int k = 0; k < titles.size(); k++) {
      if (!titles.get(k).role().rank()) {
        return true;
      }
    }
    return false;
  }
}
