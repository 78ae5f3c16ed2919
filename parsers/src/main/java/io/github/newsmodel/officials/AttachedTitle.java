package io.github.newsmodel.officials;

/**
 * A title role attached to a named mention, with the rule that attached it.
 *
 * @param role the role
 * @param rule the rule name ({@link Rules#TITLE_PREMODIFIER} and so on)
 * @param confidence how sure the rule is
 */
record AttachedTitle(TitleRole role, String rule, double confidence) {}
