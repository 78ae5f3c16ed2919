/** Runnable example programs, each mirrored by a test. */
package io.github.newsmodel.examples;
