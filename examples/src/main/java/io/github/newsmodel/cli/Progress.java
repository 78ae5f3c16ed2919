package io.github.newsmodel.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on a terminal: a bar of the input bytes read (when the total is
 * known), articles, errors and articles per second, redrawn at most four times a second. Messages
 * (such as skipped files) are printed above it. When disabled, messages are printed as they are.
 */
final class Progress {
  private static final long REFRESH_NANOS = 250_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintStream err;
  private final boolean enabled;
  private LongSupplier bytesRead = () -> 0;
  private OptionalLong bytesTotal = OptionalLong.empty();
  private final long started;
  private long lastShown;
  private boolean drawn;
  private long articles;
  private long errors;

  /**
   * Creates the display.
   *
   * @param err where to draw
   * @param enabled whether to draw at all (stderr is a terminal)
   * @param started {@link System#nanoTime()} at the start of the run
   */
  Progress(PrintStream err, boolean enabled, long started) {
    this.err = err;
    this.enabled = enabled;
    this.started = started;
  }

  /**
   * Shows a bar of the input read.
   *
   * @param read the stored input bytes read so far
   * @param total the stored size of all inputs, when known (no bar otherwise)
   */
  void track(LongSupplier read, OptionalLong total) {
    this.bytesRead = read;
    this.bytesTotal = total;
  }

  /** Counts one output line and redraws if it is time. */
  void tick(boolean error) {
    articles++;
    if (error) {
      errors++;
    }
    long now = System.nanoTime();
    if (enabled && now - lastShown > REFRESH_NANOS) {
      lastShown = now;
      draw(now);
    }
  }

  /** Prints a message on its own line, above the display. */
  void message(String text) {
    if (drawn) {
      err.print("\r\033[K");
    }
    err.println(text);
    if (drawn) {
      draw(System.nanoTime());
    }
  }

  /** Draws the final state and ends the display's line. */
  void finish() {
    if (enabled && articles > 0) {
      draw(System.nanoTime());
      err.println();
      drawn = false;
    }
  }

  /** The display's text at a moment. */
  String render(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    StringBuilder line = new StringBuilder();
    if (bytesTotal.isPresent() && bytesTotal.getAsLong() > 0) {
      double fraction = Math.min(1.0, bytesRead.getAsLong() / (double) bytesTotal.getAsLong());
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(fraction * 100)));
    }
    line.append(String.format(Locale.ROOT, "%d articles, %d errors, %.1f articles/s", articles, errors,
        articles / seconds));
    return line.toString();
  }

  private void draw(long now) {
    err.print("\r\033[K" + render(now));
    err.flush();
    drawn = true;
  }
}
