package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;

/**
 * An institution named for an official, as written ("US Department of Homeland Security").
 *
 * @param value the name of the institution
 * @param span its span in the text
 * @param rule the rule that found it
 * @param international whether it is an intergovernmental body ("African Union Commission")
 */
record OrgRef(String value, Span span, String rule, boolean international) {}
