package io.github.newsmodel.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lexicon resource files under {@code io/github/newsmodel/lexicon/} (see the README
 * there): UTF-8 text, one entry per line, {@code #} starts a comment line, blank lines are skipped,
 * tab-separated columns where a file has several.
 *
 * <p>Lexicons are read once per JVM by the classes that hold them (static holders); this class
 * itself keeps nothing.
 */
public final class LexiconResource {
  /** The classpath folder holding the lexicon files. */
  public static final String FOLDER = "/io/github/newsmodel/lexicon/";

  private LexiconResource() {}

  /**
   * Returns the entries of a one-column lexicon, trimmed.
   *
   * @param name the file name, such as {@code abbreviations.txt}
   * @return the entries, in file order
   * @throws IllegalStateException if the resource is missing (a packaging error)
   */
  public static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    for (String line : rawLines(name)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        lines.add(trimmed);
      }
    }
    return lines;
  }

  /**
   * Returns the rows of a tab-separated lexicon, each cell trimmed.
   *
   * @param name the file name, such as {@code countries.tsv}
   * @param minColumns the fewest columns a row must have
   * @return the rows, in file order
   * @throws IllegalStateException if the resource is missing or a row has too few columns
   */
  public static List<String[]> rows(String name, int minColumns) {
    List<String[]> rows = new ArrayList<>();
    List<String> raw = rawLines(name);
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length < minColumns) {
        throw new IllegalStateException(name + ":" + (i + 1) + ": expected " + minColumns + " tab-separated columns");
      }
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].strip();
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<String> rawLines(String name) {
    String content;
    try (InputStream in = LexiconResource.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + FOLDER + name);
      }
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    return splitLines(content);
  }

  /**
   * Splits a text into lines as {@link java.io.BufferedReader#readLine()} does: ended by LF, CR or
   * CRLF, no empty line after a final line end.
   *
   * @param content the text
   * @return the lines, in order
   */
  static List<String> splitLines(String content) {
    // Searched with indexOf, which stays cheap before the code is compiled (lexicons load cold).
    List<String> lines = new ArrayList<>();
    int n = content.length();
    int start = 0;
    int cr = content.indexOf('\r');
    while (start < n) {
      int lf = content.indexOf('\n', start);
      if (cr >= 0 && cr < start) {
        cr = content.indexOf('\r', start);
      }
      int end = lf < 0 ? (cr < 0 ? n : cr) : (cr < 0 ? lf : Math.min(lf, cr));
      lines.add(content.substring(start, end));
      start = end < n && content.charAt(end) == '\r' && end + 1 < n && content.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
    }
    return lines;
  }
}
