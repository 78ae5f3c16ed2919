package io.github.newsmodel.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The baseline of the {@code extract} command over a folder of pages: a program that only reads
 * each {@code .html} and {@code .html.gz} file below a folder (gunzipping the latter) and parses it
 * with jsoup, charset taken from the page as {@code Jsoup.parse(InputStream, null, "")} does. Run
 * it in a fresh JVM, like {@code extract}, and compare the wall times:
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar io.github.newsmodel.bench.ReadAndParse PAGES [--track-positions]
 * }</pre>
 *
 * <p>Prints the number of files, their (uncompressed) bytes and the seconds taken, from the start of
 * the folder walk to the last parse. With {@code --track-positions} jsoup also records source
 * positions, as newsmodel's HTML parser does.
 */
public final class ReadAndParse {
  private ReadAndParse() {}

  /**
   * Reads and parses every page below a folder.
   *
   * @param args the folder, then optionally {@code --track-positions}
   * @throws IOException if the folder or a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ReadAndParse FOLDER [--track-positions]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    boolean track = args.length > 1 && "--track-positions".equals(args[1]);
    long t0 = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).filter(ReadAndParse::isPage).sorted().toList();
    }
    long bytes = 0;
    long elements = 0;
    for (Path file : files) {
      byte[] page = read(file);
      bytes += page.length;
      Parser parser = Parser.htmlParser().setTrackPosition(track);
      Document document = Jsoup.parse(new ByteArrayInputStream(page), null, "", parser);
      elements += document.childNodeSize();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "read and parsed %d files, %d bytes in %.2f s (%.2f MB/s)%s%n", files.size(), bytes,
        seconds, bytes / 1e6 / seconds, track ? ", positions tracked" : "");
    if (elements < 0) {
      System.out.println(elements);
    }
  }

  private static boolean isPage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
  }

  private static byte[] read(Path file) throws IOException {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return Files.readAllBytes(file);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
