package io.github.newsmodel.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * What an input file holds, known from its name: one plain-text article ({@code .txt}), one HTML
 * page ({@code .html}, {@code .htm}), JSON Lines records ({@code .jsonl}) or a web archive
 * ({@code .warc}). A further {@code .gz} (as in {@code x.jsonl.gz}) means the same format
 * gzip-compressed; see {@link #isGzipped(String)}.
 */
public enum InputFormat {
  /** One plain-text article; parsed by the text parser. */
  TEXT("text/plain"),
  /** One HTML page; parsed by the HTML parser. */
  HTML("text/html"),
  /** One article per line: {@code {"id","url","contentType","content","published"?}}. */
  JSON_LINES("application/jsonl"),
  /** One article per HTML response record of a WARC file. */
  WARC("application/warc");

  private static final String GZIP_SUFFIX = ".gz";

  private final String mediaType;

  InputFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * Returns the media type of inputs of this format. For {@link #TEXT} and {@link #HTML} it is what
   * documents carry in {@code source.mediaType}; the container formats name their own type in the
   * error lines of records that could not be read.
   *
   * @return the media type, such as {@code text/html}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns whether this format holds exactly one article (plain text or HTML).
   *
   * @return true for {@link #TEXT} and {@link #HTML}
   */
  public boolean isSingleArticle() {
    return this == TEXT || this == HTML;
  }

  /**
   * Finds the format of a file from its name, ignoring case and a final {@code .gz}.
   *
   * @param fileName the file name or path, such as {@code crawl/part-0001.warc.gz}
   * @return the format, or empty when the name has none of the known extensions
   */
  public static Optional<InputFormat> ofName(String fileName) {
    String name = baseName(fileName);
    if (name.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".jsonl")) {
      return Optional.of(JSON_LINES);
    }
    if (name.endsWith(".warc")) {
      return Optional.of(WARC);
    }
    return Optional.empty();
  }

  /**
   * Returns whether a file name ends in {@code .gz} (ignoring case).
   *
   * @param fileName the file name or path
   * @return true for a gzip-compressed input
   */
  public static boolean isGzipped(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
  }

  private static String baseName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(GZIP_SUFFIX) ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
  }
}
