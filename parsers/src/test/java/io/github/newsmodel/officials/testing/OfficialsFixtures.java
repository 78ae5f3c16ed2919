package io.github.newsmodel.officials.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.parse.TextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Parsing helpers and test resources for the officials tests. */
public final class OfficialsFixtures {
  private static final TextParser PARSER = TextParser.create();

  private OfficialsFixtures() {}

  /**
   * Parses a plain text.
   *
   * @param text the text
   * @return the document
   */
  public static NewsDocument parse(String text) {
    return PARSER.parse(text, "test.txt");
  }

  /**
   * Returns the officials of a plain text.
   *
   * @param text the text
   * @return the officials
   */
  public static List<Official> officials(String text) {
    return parse(text).officials();
  }

  /**
   * Returns the official with a given name.
   *
   * @param officials the officials
   * @param name the name
   * @return the official, if found
   */
  public static Optional<Official> named(List<Official> officials, String name) {
    return officials.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * Returns the only official of a text, failing when there is not exactly one.
   *
   * @param text the text
   * @return the official
   */
  public static Official only(String text) {
    List<Official> officials = officials(text);
    assertThat(officials).as("officials of: %s", text).hasSize(1);
    return officials.get(0);
  }

  /**
   * Returns the names of the officials of a text.
   *
   * @param text the text
   * @return the names, in order of first mention
   */
  public static List<String> names(String text) {
    return officials(text).stream().map(Official::name).toList();
  }

  /**
   * Returns the evidence items of an official for one field.
   *
   * @param official the official
   * @param field the JSON pointer
   * @return the items
   */
  public static List<Evidence> evidence(Official official, String field) {
    return official.evidence().stream().filter(e -> e.field().equals(field)).toList();
  }

  /**
   * Reads a test resource as UTF-8.
   *
   * @param path the classpath path, such as {@code seeds/000_108a99c07e05f4ec.txt}
   * @return the text
   */
  public static String resource(String path) {
    try (InputStream in = OfficialsFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Values are quoted with runs of whitespace collapsed to one space. */
  private static String collapse(String quote) {
    return quote.replaceAll("[\\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+", " ").strip();
  }

  /**
   * Checks the provenance invariants of a document's officials: every evidence item quotes the
   * text, every official has name evidence (quoting the name, up to whitespace) and one item per
   * title and honorific, mentions lie in the text, ids are unique.
   *
   * @param doc the document
   */
  public static void checkProvenance(NewsDocument doc) {
    String text = doc.text();
    assertThat(doc.officials().stream().map(Official::id).distinct().count()).isEqualTo(doc.officials().size());
    for (Official o : doc.officials()) {
      for (Evidence e : o.evidence()) {
        assertThat(e.exact()).isEqualTo(text.substring(e.start().getAsInt(), e.end().getAsInt()));
        assertThat(e.rule()).startsWith("official.");
      }
      assertThat(evidence(o, "/name")).hasSize(1);
      assertThat(collapse(evidence(o, "/name").get(0).exact())).isEqualTo(o.name());
      for (int i = 0; i < o.titles().size(); i++) {
        assertThat(evidence(o, "/titles/" + i)).hasSize(1);
      }
      for (int i = 0; i < o.honorifics().size(); i++) {
        assertThat(evidence(o, "/honorifics/" + i)).hasSize(1);
        assertThat(collapse(evidence(o, "/honorifics/" + i).get(0).exact())).isEqualTo(o.honorifics().get(i));
      }
      assertThat(evidence(o, "/country")).hasSize(o.country().isPresent() ? 1 : 0);
      assertThat(evidence(o, "/organization")).hasSize(o.organization().isPresent() ? 1 : 0);
      assertThat(o.mentions()).isNotEmpty().isSorted();
      assertThat(o.mentions()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
    }
  }
}
