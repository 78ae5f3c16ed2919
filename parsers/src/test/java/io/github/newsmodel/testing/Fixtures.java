package io.github.newsmodel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Access to the test fixtures on the test classpath (the seeds are copied there by the build). */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the text of a classpath resource, such as {@code seeds/000_108a99c07e05f4ec.txt}. */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the file names of a classpath folder, sorted. */
  public static List<String> list(String folder) {
    URL url = Fixtures.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalArgumentException("no test resource folder " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.map(p -> folder + "/" + p.getFileName()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the seed article resource names, sorted. */
  public static List<String> seeds() {
    return list("seeds").stream().filter(name -> name.endsWith(".txt")).toList();
  }
}
