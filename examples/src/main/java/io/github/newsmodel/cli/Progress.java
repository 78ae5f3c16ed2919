package io.github.newsmodel.cli;

import java.io.PrintStream;

/** A one-line progress display on a terminal: articles, errors, articles per second. */
final class Progress {
  private static final long REFRESH_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastShown;
  private int articles;
  private int errors;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void tick(boolean error) {
    articles++;
    if (error) {
      errors++;
    }
    long now = System.nanoTime();
    if (enabled && now - lastShown > REFRESH_NANOS) {
      lastShown = now;
      show(now);
    }
  }

  void finish() {
    if (enabled && articles > 0) {
      show(System.nanoTime());
      err.println();
    }
  }

  private void show(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    err.printf("\r%d articles, %d errors, %.1f articles/s", articles, errors, articles / seconds);
    err.flush();
  }
}
