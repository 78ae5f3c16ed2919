/**
 * Structure and self-described metadata of plain-text articles: headline, byline, dateline,
 * publication date, credit lines, headings, paragraphs, list introductions, references, footers.
 *
 * <p>{@link io.github.newsmodel.structure.PlainTextStructureAnalyzer} is the entry point. It splits
 * the text into non-blank lines and hands them to three readers: the head (headline, date lines,
 * bylines, place lines, the opening dateline), the tail (credit lines, sign-offs, footers,
 * references) and the body (headings, paragraphs, list introductions, sections). The cue words
 * they use are lexicon files ({@code byline-cues.tsv}, {@code credit-cues.tsv},
 * {@code footer-cues.tsv}, {@code date-line-cues.tsv}, {@code kicker-cues.txt},
 * {@code role-words.txt}, {@code minor-words.txt}, {@code regions.tsv}). Every metadata value
 * carries evidence naming the rule that read it ({@code byline.cue}, {@code outlet.sign_off},
 * {@code dateline.country.gazetteer}, ...).
 */
package io.github.newsmodel.structure;
