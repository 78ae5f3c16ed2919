package io.github.newsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compilation mode changes the whole JVM, so it is tried in JVMs of its own: the command line
 * started as a program takes it, and its output does not depend on it.
 */
class JitModeTest {
  @TempDir
  Path dir;

  /** Started in a JVM of its own: applies the quick mode and prints whether the JVM took it. */
  static final class Probe {
    public static void main(String[] args) {
      System.out.println(JitMode.QUICK.apply() + " " + JitMode.FULL.apply());
    }
  }

  @Test
  void aJvmWithDiagnosticCommandsTakesTheQuickModeAndTheFullModeChangesNothing() throws Exception {
    assumeTrue(ManagementFactory.getPlatformMBeanServer()
        .isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")), "a JVM with diagnostic commands");

    Result result = java(Probe.class.getName());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo("true false\n");
  }

  @Test
  void theProgramWritesTheSameDocumentsInEitherMode() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Talks in Doha\n\nDOHA, March 3 (Reuters) - Qatar's Foreign Minister "
        + "Sheikh Mohammed bin Abdulrahman Al Thani met U.S. Secretary of State Antony Blinken on Monday.\n");
    Files.writeString(dir.resolve("b.html"), "<html><head><title>Talks</title></head><body><article>"
        + "<h1>Talks in Doha</h1><p>The ministers met on Monday.</p></article></body></html>");

    Result quick = java(NewsModelCli.class.getName(), "extract", dir.toString());
    Result full = java(NewsModelCli.class.getName(), "extract", "--jit", "full", dir.toString());

    assertThat(quick.status()).isZero();
    assertThat(quick.out().lines()).hasSize(2).allMatch(line -> line.startsWith("{\"schema\""));
    assertThat(quick.out()).isEqualTo(full.out());
  }

  /** What a JVM of its own printed and returned. */
  private record Result(int status, String out) {}

  private Result java(String mainClass, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout-" + System.nanoTime());
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Result(process.exitValue(), text);
  }
}
