/**
 * Reading of event sentences, shared by the meeting and agreement extractors: the sentences of the
 * article as word tokens ({@link io.github.newsmodel.events.EventSentence}), phrase lexicons
 * ({@link io.github.newsmodel.events.PhraseLexicon}), the officials' mention spans
 * ({@link io.github.newsmodel.events.OfficialMentions}), places and parties named in a stretch of
 * text ({@link io.github.newsmodel.events.Places}), how a clause asserts what it says
 * ({@link io.github.newsmodel.events.ModalityReader}) and the date that "today" refers to
 * ({@link io.github.newsmodel.events.ReferenceDate}).
 *
 * <p>Internal to the parsers module: its types may change without notice.
 */
package io.github.newsmodel.events;
