package io.github.newsmodel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that a progress display can be drawn on it. */
final class Terminal {
  private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /**
   * Returns whether standard error is a terminal. Where the process's descriptors can be inspected
   * (Linux), that decides; elsewhere, the presence of a console (standard input and output are a
   * terminal) is taken as the answer.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      if (Files.isSymbolicLink(STDERR_LINK)) {
        String target = Files.readSymbolicLink(STDERR_LINK).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // not inspectable here: fall back to the console check
    }
    return System.console() != null;
  }
}
