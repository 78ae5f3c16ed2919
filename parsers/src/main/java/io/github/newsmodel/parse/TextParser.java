package io.github.newsmodel.parse;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.pipeline.ArticlePipeline;
import io.github.newsmodel.pipeline.EvidenceLocator;
import io.github.newsmodel.pipeline.PreparedText;
import io.github.newsmodel.pipeline.WarningSink;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses plain-text news articles into {@link NewsDocument}s. The document's {@code text} is the
 * input exactly as decoded, so every evidence span quotes the input.
 *
 * <p>Immutable and thread-safe: build one (or use {@link #create()}) and share it.
 *
 * <pre>{@code
 * TextParser parser = TextParser.create();
 * NewsDocument doc = parser.parse(articleText, "article-1");
 * }</pre>
 *
 * <p>Errors: only {@link ParseLimitExceededException} (input beyond {@link ParseLimits}) and, for
 * files and streams, {@link NewsParseException} with code {@code io}. Messy text gives a result with
 * warnings.
 */
public final class TextParser {
  /** The media type written into {@code source.mediaType}. */
  public static final String MEDIA_TYPE = "text/plain";

  private static final ArticlePipeline PIPELINE = new ArticlePipeline();

  private final ParseLimits limits;

  private TextParser(ParseLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns a parser with default limits.
   *
   * @return the parser
   */
  public static TextParser create() {
    return new TextParser(ParseLimits.defaults());
  }

  /**
   * Returns a parser with the given limits.
   *
   * @param limits the limits
   * @return the parser
   */
  public static TextParser withLimits(ParseLimits limits) {
    return new TextParser(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits of this parser.
   *
   * @return the limits
   */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Parses a text.
   *
   * @param text the article text
   * @param sourceId the caller's identifier, written to {@code source.id}
   * @return the document
   * @throws ParseLimitExceededException if the text is longer than {@link ParseLimits#maxInputChars()}
   */
  public NewsDocument parse(String text, String sourceId) {
    return parse(text, sourceId, ParseHints.none());
  }

  /**
   * Parses a text with hints.
   *
   * @param text the article text
   * @param sourceId the caller's identifier
   * @param hints page address and known publication date
   * @return the document
   * @throws ParseLimitExceededException if the text is longer than {@link ParseLimits#maxInputChars()}
   */
  public NewsDocument parse(String text, String sourceId, ParseHints hints) {
    Objects.requireNonNull(text, "text");
    InputBytes.checkChars(text, limits);
    return run(text, InputBytes.source(sourceId, hints.uri(), MEDIA_TYPE, text), hints,
        new WarningSink(limits.maxWarnings()));
  }

  /**
   * Parses raw bytes, decoded as UTF-8 unless a byte-order mark says otherwise.
   *
   * @param bytes the input bytes
   * @param sourceId the caller's identifier
   * @param hints page address and known publication date
   * @return the document; {@code source.sha256} and {@code length} describe {@code bytes}
   * @throws ParseLimitExceededException if the input exceeds a limit
   */
  public NewsDocument parse(byte[] bytes, String sourceId, ParseHints hints) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > limits.maxInputBytes()) {
      throw new ParseLimitExceededException("maxInputBytes", limits.maxInputBytes(), bytes.length);
    }
    WarningSink warnings = new WarningSink(limits.maxWarnings());
    String text = TextDecoder.decode(bytes, StandardCharsets.UTF_8, warnings);
    InputBytes.checkChars(text, limits);
    return run(text, InputBytes.source(sourceId, hints.uri(), MEDIA_TYPE, bytes), hints, warnings);
  }

  /**
   * Parses a file; its path as given becomes {@code source.id}.
   *
   * @param path the file
   * @param hints page address and known publication date
   * @return the document
   * @throws NewsParseException if the file cannot be read, or a limit is exceeded
   */
  public NewsDocument parse(Path path, ParseHints hints) {
    return parse(InputBytes.read(path, limits), path.toString(), hints);
  }

  /**
   * Parses a stream, read to its end (not closed).
   *
   * @param in the stream
   * @param sourceId the caller's identifier
   * @param hints page address and known publication date
   * @return the document
   * @throws NewsParseException if the stream cannot be read, or a limit is exceeded
   */
  public NewsDocument parse(InputStream in, String sourceId, ParseHints hints) {
    return parse(InputBytes.read(in, limits), sourceId, hints);
  }

  private static NewsDocument run(String text, Source source, ParseHints hints, WarningSink warnings) {
    return PIPELINE.run(new PreparedText(text, source, hints, Optional.empty(), EvidenceLocator.NONE, warnings));
  }
}
