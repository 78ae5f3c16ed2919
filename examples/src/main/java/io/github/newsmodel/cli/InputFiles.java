package io.github.newsmodel.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands command-line paths into the inputs to parse, in the order the contract gives. */
final class InputFiles {
  /** What a path is parsed as. */
  enum Kind {
    TEXT, HTML, STDIN, UNSUPPORTED
  }

  /**
   * One input.
   *
   * @param path the path as given or found (for stdin, {@code -})
   * @param kind how to parse it
   */
  record Input(Path path, Kind kind) {
    String id() {
      return kind == Kind.STDIN ? "-" : path.toString();
    }
  }

  private InputFiles() {}

  /**
   * Expands paths: files as given, directories walked recursively in sorted order, {@code -} for
   * standard input. Missing paths are returned as inputs so that they produce error lines.
   */
  static List<Input> expand(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new Input(Path.of("-"), Kind.STDIN));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .sorted(Comparator.comparing(Path::toString))
              .forEach(file -> inputs.add(new Input(file, kindOf(file))));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        inputs.add(new Input(path, kindOf(path)));
      }
    }
    return inputs;
  }

  static Kind kindOf(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Kind.TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Kind.HTML;
    }
    return Kind.UNSUPPORTED;
  }
}
