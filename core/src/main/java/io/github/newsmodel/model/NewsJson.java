package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration of the {@code newsmodel/1} JSON form: every field written (absent
 * values as {@code null}, empty lists as {@code []}), dates as ISO-8601 strings, fields in contract
 * order, compact output. Unknown fields are ignored when reading, so newer documents with added
 * fields stay readable.
 *
 * <p>{@link #writer()} and {@link #reader()} are immutable and thread-safe; {@link #newMapper()}
 * gives a fresh mapper for callers that want to configure more.
 */
public final class NewsJson {
  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectReader READER = MAPPER.reader();

  private NewsJson() {}

  /**
   * Creates a new mapper configured for the model.
   *
   * @return a mapper that the caller owns
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .build();
  }

  /**
   * Returns the shared writer (compact JSON, one document per call).
   *
   * @return the writer
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * Returns the shared reader.
   *
   * @return the reader
   */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * Writes a model value as compact JSON. Unpaired surrogates (possible in Java strings, not
   * encodable in UTF-8) are written as {@code \\uXXXX} escapes, so the JSON text can always be
   * encoded as UTF-8 and read back to the same value.
   *
   * @param value a model value such as a {@link NewsDocument}
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written (not a model value)
   */
  public static String toJson(Object value) {
    try {
      return escapeUnpairedSurrogates(WRITER.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /** Replaces each unpaired surrogate (only possible inside JSON strings) with its escape. */
  static String escapeUnpairedSurrogates(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean unpaired = Character.isHighSurrogate(c)
          ? i + 1 >= json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
      if (Character.isHighSurrogate(c) && !unpaired) {
        if (out != null) {
          out.append(c).append(json.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (unpaired && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        if (unpaired) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? json : out.toString();
  }

  /**
   * Reads a model value from JSON.
   *
   * @param json the JSON text
   * @param type the model type, such as {@code NewsDocument.class}
   * @param <T> the model type
   * @return the value
   * @throws IllegalArgumentException if the JSON is malformed or breaks a model invariant
   */
  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return READER.forType(type).readValue(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from JSON: " + e.getMessage(), e);
    }
  }
}
