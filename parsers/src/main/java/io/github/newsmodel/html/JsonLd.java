package io.github.newsmodel.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.newsmodel.pipeline.WarningSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD objects of a page ({@code <script type="application/ld+json">}): read
 * leniently (comments, trailing commas, control characters, several values in one script, HTML
 * comment wrappers), with arrays and {@code @graph} lists flattened, {@code mainEntity} followed
 * and {@code @id} references resolved. Objects of article types come first. A script that cannot
 * be read is skipped with an {@code html.jsonld.malformed} warning. Immutable once read.
 */
final class JsonLd {
  /** How deep objects are searched for inside one script. */
  private static final int MAX_WALK_DEPTH = 8;
  /** The most JSON-LD objects kept per page. */
  private static final int MAX_OBJECTS = 500;

  private static final ObjectReader READER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
          .build())
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
          JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
      .build()
      .readerFor(JsonNode.class);

  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
      "reviewnewsarticle", "livebloposting", "liveblogposting", "scholarlyarticle", "techarticle",
      "socialmediaposting", "discussionforumposting", "satiricalarticle", "advertisercontentarticle", "review",
      "recipe", "howto", "medicalscholarlyarticle", "posting", "creativework", "question");
  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "medicalwebpage",
      "qapage", "faqpage", "profilepage", "realestatelisting");

  /** A JSON-LD object with the script it came from and its rank (0 = article type). */
  record Entity(JsonNode node, Element script, int rank, int order) {}

  private final List<Entity> entities;
  private final Map<String, Entity> byId;

  private JsonLd(List<Entity> entities, Map<String, Entity> byId) {
    this.entities = entities;
    this.byId = byId;
  }

  /**
   * Reads the JSON-LD of a page.
   *
   * @param scripts the page's script elements, in document order
   * @param warnings where malformed scripts are reported
   * @return the objects
   */
  static JsonLd read(List<Element> scripts, WarningSink warnings) {
    List<Entity> entities = new ArrayList<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Element script : scripts) {
      if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
        continue;
      }
      String data = unwrap(script.data());
      if (data.isEmpty()) {
        continue;
      }
      try (MappingIterator<JsonNode> values = READER.readValues(data)) {
        while (values.hasNextValue()) {
          collect(values.nextValue(), script, 0, entities, byId);
        }
      } catch (IOException | RuntimeException e) {
        warnings.warn("html.jsonld.malformed", "a JSON-LD script could not be read completely: "
            + firstLine(e.getMessage()));
      }
    }
    entities.sort(Comparator.comparingInt(Entity::rank).thenComparingInt(Entity::order));
    return new JsonLd(List.copyOf(entities), byId);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  /** Removes HTML comment and CDATA wrappers some pages put around the JSON. */
  private static String unwrap(String data) {
    String s = data.strip();
    for (String prefix : new String[] {"<!--", "//<![CDATA[", "<![CDATA["}) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length()).strip();
      }
    }
    for (String suffix : new String[] {"-->", "//]]>", "]]>"}) {
      if (s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length()).strip();
      }
    }
    return s;
  }

  private static void collect(JsonNode node, Element script, int depth, List<Entity> entities,
      Map<String, Entity> byId) {
    if (node == null || depth > MAX_WALK_DEPTH || entities.size() >= MAX_OBJECTS) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, script, depth + 1, entities, byId);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Entity entity = new Entity(node, script, rank(node), entities.size());
    entities.add(entity);
    String id = node.path("@id").asText("");
    if (!id.isEmpty() && node.size() > 1) {
      byId.putIfAbsent(id, entity);
    }
    collect(node.get("@graph"), script, depth + 1, entities, byId);
    JsonNode main = node.get("mainEntity");
    if (main != null && (main.isObject() || main.isArray())) {
      collect(main, script, depth + 1, entities, byId);
    }
  }

  private static int rank(JsonNode node) {
    int best = 3;
    for (String type : types(node)) {
      String t = type.toLowerCase(java.util.Locale.ROOT);
      if (ARTICLE_TYPES.contains(t) || t.endsWith("article")) {
        best = Math.min(best, 0);
      } else if (PAGE_TYPES.contains(t)) {
        best = Math.min(best, 1);
      } else {
        best = Math.min(best, 2);
      }
    }
    return node.has("@type") ? best : 3;
  }

  /**
   * Returns the {@code @type} values of an object.
   *
   * @param node the object
   * @return the types, without a {@code schema:} or URL prefix
   */
  static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node.get("@type");
    if (type == null) {
      return types;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual()) {
          types.add(localName(t.asText()));
        }
      }
    } else if (type.isTextual()) {
      types.add(localName(type.asText()));
    }
    return types;
  }

  private static String localName(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1).strip();
  }

  /**
   * Returns the objects, article types first, then web pages, then others, each in page order.
   *
   * @return the objects
   */
  List<Entity> entities() {
    return entities;
  }

  /**
   * Follows an {@code @id} reference: returns the full object for a reference-only object.
   *
   * @param node an object, possibly {@code {"@id": "..."}} only
   * @return the referenced object when known, else the node itself
   */
  JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
      Entity target = byId.get(node.get("@id").asText(""));
      if (target != null) {
        return target.node();
      }
    }
    return node;
  }

  /**
   * Tells whether an object has one of the given types.
   *
   * @param node the object
   * @param names lower-case type names
   * @return true when one matches
   */
  static boolean hasType(JsonNode node, Set<String> names) {
    for (String type : types(node)) {
      if (names.contains(type.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a property as text: a string, or the {@code name} / {@code @value} of an object, or
   * the first element of an array.
   *
   * @param node the object
   * @param property the property name
   * @return the text, stripped, or empty string
   */
  String text(JsonNode node, String property) {
    return text(resolve(node.get(property)), 0);
  }

  private String text(JsonNode value, int depth) {
    if (value == null || value.isNull() || depth > 3) {
      return "";
    }
    if (value.isTextual() || value.isNumber()) {
      return Texts.unescapeResidual(value.asText().strip());
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        String text = text(resolve(item), depth + 1);
        if (!text.isEmpty()) {
          return text;
        }
      }
      return "";
    }
    if (value.isObject()) {
      String name = text(value.get("name"), depth + 1);
      return name.isEmpty() ? text(value.get("@value"), depth + 1) : name;
    }
    return "";
  }

  /**
   * Returns the names in a property that may hold one or several persons or organisations
   * (strings, objects with {@code name}, arrays of either, {@code @id} references).
   *
   * @param node the object
   * @param property the property name, such as {@code author}
   * @return the names in order, possibly none
   */
  List<String> names(JsonNode node, String property) {
    List<String> names = new ArrayList<>();
    JsonNode value = resolve(node.get(property));
    if (value == null) {
      return names;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        String name = text(resolve(item), 1);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } else {
      String name = text(value, 0);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
