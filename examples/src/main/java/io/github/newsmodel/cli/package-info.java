/**
 * The {@code newsmodel.jar} command line (picocli): {@code extract}, {@code demo}, {@code report}
 * and {@code dossier}.
 */
package io.github.newsmodel.cli;
