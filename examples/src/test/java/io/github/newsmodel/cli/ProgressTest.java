package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsABarOfTheInputReadWhenTheTotalIsKnown() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), true, 0);
    progress.track(() -> 50, OptionalLong.of(200));
    progress.tick(false);
    progress.tick(true);

    String line = progress.render(2_000_000_000L);

    assertThat(line).startsWith("[######..................]  25%")
        .contains("2 articles, 1 errors, 1.0 articles/s");
  }

  @Test
  void leavesOutTheBarWhenTheTotalIsUnknownAndPrintsNothingWhenDisabled() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), false, 0);
    progress.tick(false);
    progress.finish();

    assertThat(progress.render(1_000_000_000L)).isEqualTo("1 articles, 0 errors, 1.0 articles/s");
    assertThat(buffer.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
