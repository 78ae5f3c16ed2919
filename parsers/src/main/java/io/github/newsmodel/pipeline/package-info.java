/**
 * The stage pipeline shared by the plain-text and HTML parsers: structure, officials, meetings,
 * agreements, provenance. Internal: its types may change between minor versions.
 */
package io.github.newsmodel.pipeline;
