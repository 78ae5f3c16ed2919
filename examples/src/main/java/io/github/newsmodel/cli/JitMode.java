package io.github.newsmodel.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * How the JVM that runs a command compiles the code it runs often. Chosen with {@code extract --jit};
 * applied only when the command line owns the process ({@link NewsModelCli#main}), never when it is
 * embedded or tested, because it changes the whole JVM.
 *
 * <p>A HotSpot JVM first compiles hot code with its fast compiler, then again with its optimizing
 * compiler. The pipeline is large (jsoup's tree builder, the page readers, the lexicon scanners), and
 * on a machine with few cores the optimizing compiler, which gets one thread there, does not catch up
 * within a batch run: over the 1,555 development pages on two cores it is busy for the whole run and
 * half of the process's CPU time is compilation. Compiling with the fast compiler only finished that
 * run in 7.8 s instead of 10.5 s, and three passes over the same pages (657 MB) in 19.6 s instead of
 * 22.6 s (see {@code docs/performance.md}). A long run on many cores may do better with {@link #FULL}.
 */
enum JitMode {
  /** The fast compiler only (the default for {@code extract}): shortest batch runs on few cores. */
  QUICK,
  /** The JVM's own choice, optimizing compiler included: for long runs on many cores. */
  FULL;

  /**
   * A compiler directive (HotSpot's JSON-like directive format) that keeps every method from the
   * optimizing compiler (C2); the JVM then compiles hot methods with the fast compiler (C1) alone.
   */
  static final String QUICK_DIRECTIVES = "[ { match: \"*.*\", c2: { Exclude: true } } ]\n";

  /**
   * Applies the mode to the running JVM. {@link #FULL} leaves the JVM as it is. {@link #QUICK} adds
   * {@link #QUICK_DIRECTIVES} through the JVM's diagnostic command {@code Compiler.directives_add}
   * (the platform MBean {@code com.sun.management:type=DiagnosticCommand}); on a JVM without it
   * nothing changes. Never throws: the mode changes only speed, never output.
   *
   * @return true when the JVM took the directives
   */
  boolean apply() {
    if (this == FULL) {
      return false;
    }
    Path file = null;
    try {
      file = Files.createTempFile("newsmodel-jit", ".json");
      Files.writeString(file, QUICK_DIRECTIVES, StandardCharsets.UTF_8);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      Object reply = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
          "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
          new String[] {String[].class.getName()});
      // The command answers "1 compiler directives added", or says what failed.
      return reply != null && reply.toString().contains("directives added");
    } catch (IOException | JMException | RuntimeException | LinkageError e) {
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // A left-over temporary file of a few bytes; the run goes on.
        }
      }
    }
  }
}
