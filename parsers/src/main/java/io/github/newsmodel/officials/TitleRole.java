package io.github.newsmodel.officials;

import io.github.newsmodel.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One role of a title phrase: "Minister of Interior and Commander of the Internal Security Force"
 * has two. The value has leading nationality words and a trailing "of &lt;country&gt;" removed
 * (they become {@link #cues()}); institutions named inside it stay ("Secretary of the US
 * Department of Homeland Security").
 *
 * @param span the span of the kept words
 * @param value the title as written, whitespace collapsed
 * @param head the head of the role in lower case ("minister", "crown prince", "deputy")
 * @param modifiers the words before the head in lower case ("deputy", "foreign")
 * @param words all words of the role but the head, in lower case, for matching descriptions
 * @param rank whether the role is a military or police rank
 * @param company whether the role is in a company
 * @param counterpart whether the role only says the person is another official's counterpart,
 *     which makes them an official but is no title
 * @param organization the institution the role names, if any
 * @param cues the country cues found in and around the role
 */
record TitleRole(Span span, String value, String head, Set<String> modifiers, Set<String> words, boolean rank,
    boolean company, boolean counterpart, Optional<OrgRef> organization, List<CountryCue> cues) {}
