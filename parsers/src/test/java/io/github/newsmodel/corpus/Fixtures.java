package io.github.newsmodel.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small inputs of every kind, written by the tests themselves. */
final class Fixtures {
  static final String PAGE = "<!doctype html><html><head><title>Ministers meet</title></head><body>"
      + "<article><h1>Ministers meet in Doha</h1><p>DOHA, Qatar - The ministers met on Monday.</p>"
      + "<p>They discussed cooperation.</p></article></body></html>";

  private Fixtures() {}

  /** The seed articles copied into the test resources, in name order. */
  static List<String> seeds() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      texts.add(resource(SEED_NAMES[i]));
    }
    return texts;
  }

  private static final String[] SEED_NAMES = {
      "000_108a99c07e05f4ec.txt", "001_25312a93895c425b.txt", "002_9b5b30820e31a5d1.txt",
      "003_2a1400c3f42e7244.txt", "004_db0dbf79ac23e3a4.txt"};

  static String resource(String seedName) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/seeds/" + seedName)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource seeds/" + seedName);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) throws IOException {
    return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeGzip(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(bytes);
    }
    return file;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.toByteArray();
  }

  static String jsonLines(String... lines) {
    return List.of(lines).stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  /** One HTTP capture to write into a WARC file. */
  record Capture(String uri, int status, String contentType, String body) {}

  /**
   * Writes a WARC file: for each capture a request record and a response record with the given
   * HTTP status, content type and body.
   */
  static Path writeWarc(Path file, boolean gzip, List<Capture> captures) throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      Instant date = Instant.parse("2025-12-08T10:00:00Z");
      for (Capture capture : captures) {
        writer.write(new WarcRequest.Builder(URI.create(capture.uri()))
            .date(date)
            .body(MediaType.HTTP_REQUEST, ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
            .build());
        HttpResponse http = new HttpResponse.Builder(capture.status(), capture.status() == 200 ? "OK" : "Other")
            .body(MediaType.parse(capture.contentType()), capture.body().getBytes(StandardCharsets.UTF_8))
            .build();
        writer.write(new WarcResponse.Builder(URI.create(capture.uri()))
            .date(date)
            .body(http)
            .build());
      }
    }
    return file;
  }
}
