package io.github.newsmodel.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.model.Warning;
import io.github.newsmodel.parse.ParseHints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one JSON Lines record {@code {"id","url","contentType","content","published"?}} into an
 * {@link ArticleRecord}.
 *
 * <ul>
 *   <li>{@code id} (string or number) gives {@code source.id = <path>#<id>}; without one, the line
 *       number stands in: {@code <path>#L<line>}.
 *   <li>{@code content} (a string) is required; its UTF-8 bytes are the article's bytes.
 *   <li>{@code contentType}: {@code text/html} and {@code application/xhtml+xml} are HTML,
 *       {@code text/plain} is text (parameters such as {@code charset} are ignored); when absent,
 *       content that starts with {@code <} is HTML. Other types give an error line.
 *   <li>{@code url} becomes {@code source.uri}; {@code published}, an ISO-8601 date or date-time,
 *       the publication date hint. A {@code published} that is not one is ignored with a
 *       {@code record.published_invalid} warning on the document.
 * </ul>
 */
final class JsonRecords {
  /** Warning code of an unusable {@code published} value. */
  static final String PUBLISHED_INVALID = "record.published_invalid";

  private final ObjectReader reader;

  /**
   * Creates the mapper.
   *
   * @param maxLineBytes the longest line accepted, which bounds the string lengths Jackson allows
   */
  JsonRecords(long maxLineBytes) {
    JsonFactory factory = JsonFactory.builder()
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(Integer.MAX_VALUE - 8L, maxLineBytes))
            .build())
        .build();
    this.reader = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build()
        .reader();
  }

  /**
   * Reads one line.
   *
   * @param path the input's identifier
   * @param lineNumber the 1-based line number
   * @param line the line's bytes
   * @param length how many of them
   * @return the record, or a failed record for a line that is not a usable record
   */
  ArticleRecord toRecord(String path, long lineNumber, byte[] line, int length) {
    String lineId = path + "#L" + lineNumber;
    JsonNode node;
    try {
      node = reader.readTree(line, 0, length);
    } catch (JsonProcessingException e) {
      return failed(lineId, InputFormat.JSON_LINES, Optional.empty(), ReadFailures.JSONL_SYNTAX,
          "line " + lineNumber + " of " + path + " is not JSON: " + e.getOriginalMessage(), line, length);
    } catch (IOException e) {
      return failed(lineId, InputFormat.JSON_LINES, Optional.empty(), ReadFailures.JSONL_SYNTAX,
          "line " + lineNumber + " of " + path + " cannot be read: " + e.getMessage(), line, length);
    }
    if (node == null || !node.isObject()) {
      return failed(lineId, InputFormat.JSON_LINES, Optional.empty(), ReadFailures.JSONL_RECORD,
          "line " + lineNumber + " of " + path + " is not a JSON object", line, length);
    }
    String id = recordId(node).map(value -> path + "#" + value).orElse(lineId);
    Optional<String> url = text(node, "url");
    JsonNode content = node.get("content");
    Optional<String> contentType = text(node, "contentType");
    if (content == null || !content.isTextual()) {
      return failed(id, typeOrContainer(contentType), url, ReadFailures.JSONL_RECORD,
          "record at line " + lineNumber + " of " + path + " has no \"content\" string", line, length);
    }
    String text = content.textValue();
    Optional<InputFormat> format = formatOf(contentType, text);
    if (format.isEmpty()) {
      return failed(id, InputFormat.JSON_LINES, url, ReadFailures.JSONL_CONTENT_TYPE,
          "record at line " + lineNumber + " of " + path + " has contentType \"" + contentType.orElse("")
              + "\"; only text/plain and text/html are parsed", line, length);
    }
    ParseHints hints = ParseHints.none().withUri(url.orElse(null));
    List<Warning> warnings = List.of();
    JsonNode published = node.get("published");
    if (published != null && !published.isNull()) {
      Optional<PublicationDate> date = published.isTextual() ? parseDate(published.textValue()) : Optional.empty();
      if (date.isPresent()) {
        hints = hints.withPublished(date.get());
      } else {
        warnings = List.of(Warning.of(PUBLISHED_INVALID,
            "the record's published value " + abbreviate(published.toString()) + " is not an ISO-8601 date; ignored"));
      }
    }
    return ArticleRecord.article(id, format.get(), text.getBytes(StandardCharsets.UTF_8), hints, warnings);
  }

  private static Optional<String> recordId(JsonNode node) {
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
      return Optional.empty();
    }
    String value = id.asText();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue()) : Optional.empty();
  }

  /** The format a content type names; without one, HTML when the content starts with a tag. */
  static Optional<InputFormat> formatOf(Optional<String> contentType, String content) {
    if (contentType.isEmpty()) {
      return Optional.of(content.stripLeading().startsWith("<") ? InputFormat.HTML : InputFormat.TEXT);
    }
    String raw = contentType.get();
    int semicolon = raw.indexOf(';');
    String base = (semicolon < 0 ? raw : raw.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    switch (base) {
      case "text/html":
      case "application/xhtml+xml":
        return Optional.of(InputFormat.HTML);
      case "text/plain":
        return Optional.of(InputFormat.TEXT);
      default:
        return Optional.empty();
    }
  }

  private static InputFormat typeOrContainer(Optional<String> contentType) {
    return contentType.flatMap(type -> formatOf(Optional.of(type), "")).orElse(InputFormat.JSON_LINES);
  }

  private static Optional<PublicationDate> parseDate(String value) {
    try {
      return Optional.of(PublicationDate.parse(value.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  private static ArticleRecord failed(String id, InputFormat format, Optional<String> url, String code,
      String message, byte[] line, int length) {
    return ArticleRecord.failed(id, format, url, ErrorInfo.of(code, message), Arrays.copyOf(line, length));
  }
}
