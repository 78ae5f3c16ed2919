/**
 * The immutable value types of newsmodel and their {@code newsmodel/1} JSON form.
 *
 * <p>A parse produces one {@link io.github.newsmodel.model.NewsDocument}: the text, the
 * {@link io.github.newsmodel.model.Article} metadata, the {@link io.github.newsmodel.model.Official}s,
 * {@link io.github.newsmodel.model.Meeting}s and {@link io.github.newsmodel.model.Agreement}s, each
 * backed by {@link io.github.newsmodel.model.Evidence}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Offsets are half-open {@code [start, end)} indexes into the document's {@code text} in UTF-16
 *       code units, i.e. Java {@link java.lang.String} indexes.</li>
 *   <li>Absent single values are {@link java.util.Optional#empty()} in Java and {@code null} in JSON;
 *       absent lists are empty. No accessor returns {@code null}.</li>
 *   <li>Countries are upper-case ISO 3166-1 alpha-2 codes.</li>
 *   <li>Every type is immutable and thread-safe; build values with {@code Type.builder()}.</li>
 *   <li>{@link io.github.newsmodel.model.NewsJson} reads and writes the JSON form.</li>
 * </ul>
 */
@NewsStyle
package io.github.newsmodel.model;
