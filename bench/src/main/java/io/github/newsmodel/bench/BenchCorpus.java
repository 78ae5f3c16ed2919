package io.github.newsmodel.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed inputs of the benchmarks: the texts and pages packaged under {@code bench/} (see the
 * README there), or a directory given by {@code -Dnewsmodel.bench.text=DIR} /
 * {@code -Dnewsmodel.bench.html=DIR} (files read in sorted order; {@code .html.gz} files are
 * decompressed).
 */
public final class BenchCorpus {
  private static final List<String> TEXT_RESOURCES = List.of(
      "000_108a99c07e05f4ec.txt", "001_25312a93895c425b.txt", "002_9b5b30820e31a5d1.txt",
      "003_2a1400c3f42e7244.txt", "004_db0dbf79ac23e3a4.txt",
      "readout-001.txt", "readout-002.txt", "readout-003.txt", "readout-004.txt", "readout-005.txt",
      "readout-006.txt", "readout-007.txt", "readout-008.txt", "readout-021.txt", "readout-022.txt",
      "readout-023.txt", "readout-024.txt", "readout-029.txt", "readout-030.txt", "readout-031.txt");
  private static final List<String> HTML_RESOURCES = List.of("016.html", "017.html");

  private BenchCorpus() {}

  /** One input: its name and content. */
  public record Item(String name, String content) {
    /** Returns the UTF-8 size of the content. */
    public long bytes() {
      return content.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  /** Returns the plain-text articles. */
  public static List<Item> texts() {
    return load("newsmodel.bench.text", "bench/text/", TEXT_RESOURCES);
  }

  /** Returns the HTML pages. */
  public static List<Item> pages() {
    return load("newsmodel.bench.html", "bench/html/", HTML_RESOURCES);
  }

  /** Returns the total UTF-8 size of the items. */
  public static long totalBytes(List<Item> items) {
    return items.stream().mapToLong(Item::bytes).sum();
  }

  private static List<Item> load(String property, String folder, List<String> resources) {
    String dir = System.getProperty(property);
    return dir == null ? fromClasspath(folder, resources) : fromDirectory(Path.of(dir));
  }

  private static List<Item> fromClasspath(String folder, List<String> names) {
    List<Item> items = new ArrayList<>();
    for (String name : names) {
      try (InputStream in = BenchCorpus.class.getClassLoader().getResourceAsStream(folder + name)) {
        if (in == null) {
          throw new IllegalStateException("missing benchmark resource " + folder + name);
        }
        items.add(new Item(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return items;
  }

  private static List<Item> fromDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Item> items = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".gz")) {
          try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            bytes = in.readAllBytes();
          }
        }
        items.add(new Item(file.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8)));
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
