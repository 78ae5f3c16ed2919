package io.github.newsmodel.parse;

import io.github.newsmodel.html.HtmlArticleExtractor;
import io.github.newsmodel.html.HtmlCharset;
import io.github.newsmodel.html.HtmlExtraction;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.pipeline.ArticlePipeline;
import io.github.newsmodel.pipeline.PreparedText;
import io.github.newsmodel.pipeline.WarningSink;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses HTML pages into {@link NewsDocument}s: finds the article in the page, makes the reader's
 * text of it ({@code text}), reads the page metadata, runs the same extraction as for plain text,
 * and points every evidence item back into the markup.
 *
 * <p>Immutable and thread-safe: build one (or use {@link #create()}) and share it.
 *
 * <p>Errors: only {@link ParseLimitExceededException} and, for files and streams,
 * {@link NewsParseException} with code {@code io}. Broken markup gives a result with warnings.
 */
public final class HtmlParser {
  /** The media type written into {@code source.mediaType}. */
  public static final String MEDIA_TYPE = "text/html";

  private static final ArticlePipeline PIPELINE = new ArticlePipeline();
  private final ParseLimits limits;
  private final HtmlArticleExtractor extractor;

  private HtmlParser(ParseLimits limits) {
    this.limits = limits;
    this.extractor = new HtmlArticleExtractor(limits.maxHtmlDepth());
  }

  /**
   * Returns a parser with default limits.
   *
   * @return the parser
   */
  public static HtmlParser create() {
    return new HtmlParser(ParseLimits.defaults());
  }

  /**
   * Returns a parser with the given limits.
   *
   * @param limits the limits
   * @return the parser
   */
  public static HtmlParser withLimits(ParseLimits limits) {
    return new HtmlParser(Objects.requireNonNull(limits, "limits"));
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
   * Parses an HTML page given as a string.
   *
   * @param html the page
   * @param sourceId the caller's identifier
   * @param hints page address (used to resolve links) and known publication date
   * @return the document
   * @throws ParseLimitExceededException if the page is longer than {@link ParseLimits#maxInputChars()}
   */
  public NewsDocument parse(String html, String sourceId, ParseHints hints) {
    Objects.requireNonNull(html, "html");
    InputBytes.checkChars(html, limits);
    return run(html, InputBytes.source(sourceId, hints.uri(), MEDIA_TYPE, html), hints,
        new WarningSink(limits.maxWarnings()));
  }

  /**
   * Parses raw page bytes. The charset comes from a byte-order mark, else from the page's own
   * declaration, else from detection ({@link HtmlCharset}); invalid byte sequences become U+FFFD
   * with a {@code decode.malformed} warning.
   *
   * @param bytes the page bytes
   * @param sourceId the caller's identifier
   * @param hints page address and known publication date
   * @return the document
   * @throws ParseLimitExceededException if the input exceeds a limit
   */
  public NewsDocument parse(byte[] bytes, String sourceId, ParseHints hints) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > limits.maxInputBytes()) {
      throw new ParseLimitExceededException("maxInputBytes", limits.maxInputBytes(), bytes.length);
    }
    WarningSink warnings = new WarningSink(limits.maxWarnings());
    String html = TextDecoder.decode(bytes, HtmlCharset.detect(bytes), warnings);
    InputBytes.checkChars(html, limits);
    return run(html, InputBytes.source(sourceId, hints.uri(), MEDIA_TYPE, bytes), hints, warnings);
  }

  /**
   * Parses a page file; its path as given becomes {@code source.id}.
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
   * Parses a page from a stream, read to its end (not closed).
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

  private NewsDocument run(String html, Source source, ParseHints hints, WarningSink warnings) {
    // Source positions come from html.SourcePositions, found only for the nodes the output cites.
    Parser parser = Parser.htmlParser();
    Document page = parser.parseInput(html, hints.uri().orElse(""));
    HtmlExtraction extraction = extractor.extract(page, html, hints, warnings);
    return PIPELINE.run(new PreparedText(extraction.text(), source, hints, Optional.of(extraction.article()),
        extraction.locator(), warnings));
  }
}
