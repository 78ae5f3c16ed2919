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
   * Writes a model value as compact JSON.
   *
   * @param value a model value such as a {@link NewsDocument}
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written (not a model value)
   */
  public static String toJson(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
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
