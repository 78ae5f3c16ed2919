package io.github.newsmodel.officials;

import java.util.List;

/**
 * What the {@link MentionLinker} found in one sentence.
 *
 * @param named names with an honorific or a title
 * @param descriptions definite titles without a name
 * @param bare names with neither, which count only when they repeat a known official's name
 */
record SentenceMentions(List<NamedMention> named, List<Description> descriptions, List<NamedMention> bare) {

  /** A sentence that mentions no one. */
  static final SentenceMentions NONE = new SentenceMentions(List.of(), List.of(), List.of());
}
