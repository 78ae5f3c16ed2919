package io.github.newsmodel.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Expands command-line style paths into {@link CorpusInput}s, in the order of the output contract:
 * arguments in the order given, a directory walked recursively with its files sorted by path, and
 * {@code -} for standard input (one plain-text article).
 */
public final class CorpusInputs {
  /** The argument that stands for standard input. */
  public static final String STDIN = "-";

  private CorpusInputs() {}

  /**
   * Expands paths, with {@code -} reading {@link System#in}.
   *
   * @param arguments files, directories or {@code -}
   * @return the inputs, in order
   * @throws UncheckedIOException if a directory cannot be listed
   */
  public static List<CorpusInput> expand(List<String> arguments) {
    return expand(arguments, System.in);
  }

  /**
   * Expands paths. Files that do not exist are kept, so that reading them yields an error line;
   * files with unknown extensions are kept too, and a {@link CorpusReader} skips them.
   *
   * @param arguments files, directories or {@code -}
   * @param stdin the stream that {@code -} reads (it is never closed)
   * @return the inputs, in order
   * @throws UncheckedIOException if a directory cannot be listed
   */
  public static List<CorpusInput> expand(List<String> arguments, InputStream stdin) {
    Objects.requireNonNull(stdin, "stdin");
    List<CorpusInput> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(STDIN)) {
        inputs.add(CorpusInput.of(STDIN, InputFormat.TEXT, false, () -> new KeepOpen(stdin)));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        for (Path file : listFiles(path)) {
          inputs.add(CorpusInput.ofPath(file));
        }
      } else {
        inputs.add(CorpusInput.ofPath(path));
      }
    }
    return inputs;
  }

  /**
   * Lists the regular files under a directory, recursively, sorted by their path string.
   *
   * @param directory the directory
   * @return the files, as paths that start with {@code directory}
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public static List<Path> listFiles(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  /** Standard input seen through a stream whose {@code close()} leaves it open. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // standard input belongs to the process
    }
  }
}
