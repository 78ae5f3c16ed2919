package io.github.newsmodel.corpus;

import io.github.newsmodel.parse.ParseHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One input of a corpus: a file, standard input, or any stream that can be opened (a file of a
 * distributed file system, say). It has an identifier (the path as given or found; documents read
 * from it carry {@code source.id} = this identifier, or {@code <id>#<record id>} for records), a
 * format and a gzip flag, both usually known from the name.
 *
 * <p>Immutable and thread-safe; nothing is opened until a {@link CorpusReader} reaches the input.
 */
public final class CorpusInput {
  /**
   * Opens the bytes of an input. Each call opens a new stream, which the caller closes.
   */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the input.
     *
     * @return a new stream positioned at the first byte
     * @throws IOException if the input cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String id;
  private final Optional<InputFormat> format;
  private final boolean gzipped;
  private final Opener opener;
  private final OptionalLong size;
  private final ParseHints hints;

  private CorpusInput(String id, Optional<InputFormat> format, boolean gzipped, Opener opener, OptionalLong size,
      ParseHints hints) {
    this.id = Objects.requireNonNull(id, "id");
    this.format = Objects.requireNonNull(format, "format");
    this.gzipped = gzipped;
    this.opener = Objects.requireNonNull(opener, "opener");
    this.size = Objects.requireNonNull(size, "size");
    this.hints = Objects.requireNonNull(hints, "hints");
  }

  /**
   * Describes a file; its path as given becomes the identifier, and the format and compression come
   * from its file name. A file that does not exist is still an input: reading it gives an error
   * record ({@code io.not_found}).
   *
   * @param path the file
   * @return the input
   */
  public static CorpusInput ofPath(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    OptionalLong size;
    try {
      size = Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    } catch (IOException e) {
      size = OptionalLong.empty();
    }
    return new CorpusInput(path.toString(), InputFormat.ofName(name), InputFormat.isGzipped(name),
        () -> Files.newInputStream(path), size, ParseHints.none());
  }

  /**
   * Describes a stream whose format and compression are known from a name (a file name, a URI).
   *
   * @param id the identifier written to {@code source.id}; its name part decides the format
   * @param size the number of bytes the opener yields, if known (for progress only)
   * @param opener opens the stream
   * @return the input
   */
  public static CorpusInput ofNamedStream(String id, OptionalLong size, Opener opener) {
    return new CorpusInput(id, InputFormat.ofName(id), InputFormat.isGzipped(id), opener, size, ParseHints.none());
  }

  /**
   * Describes a stream of a given format.
   *
   * @param id the identifier written to {@code source.id}
   * @param format what the stream holds
   * @param gzipped whether the stream is gzip-compressed
   * @param opener opens the stream
   * @return the input
   */
  public static CorpusInput of(String id, InputFormat format, boolean gzipped, Opener opener) {
    return new CorpusInput(id, Optional.of(format), gzipped, opener, OptionalLong.empty(), ParseHints.none());
  }

  /**
   * Returns this input with hints for the article it holds. Hints apply to single-article inputs
   * ({@link InputFormat#TEXT}, {@link InputFormat#HTML}) only: records carry their own address and
   * date.
   *
   * @param parseHints the page address and known publication date
   * @return the new input
   */
  public CorpusInput withHints(ParseHints parseHints) {
    return new CorpusInput(id, format, gzipped, opener, size, parseHints);
  }

  /**
   * Returns the identifier.
   *
   * @return the path as given or found, or another caller-chosen name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the format.
   *
   * @return the format, or empty when the name has no known extension (such inputs are skipped)
   */
  public Optional<InputFormat> format() {
    return format;
  }

  /**
   * Returns whether the bytes are gzip-compressed.
   *
   * @return true for {@code .gz} inputs
   */
  public boolean gzipped() {
    return gzipped;
  }

  /**
   * Returns the size of the stored input in bytes (compressed, if it is), when known.
   *
   * @return the size, or empty
   */
  public OptionalLong size() {
    return size;
  }

  /**
   * Returns the hints for a single-article input.
   *
   * @return the hints ({@link ParseHints#none()} unless set)
   */
  public ParseHints hints() {
    return hints;
  }

  /**
   * Opens the stored bytes (still compressed, if they are).
   *
   * @return a new stream that the caller closes
   * @throws IOException if the input cannot be opened
   */
  public InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return id;
  }
}
