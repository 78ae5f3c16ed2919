/** The {@code newsmodel.jar} command line (picocli): {@code extract} and {@code demo}. */
package io.github.newsmodel.cli;
