package io.github.newsmodel.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of parsing one article: the text every offset refers to, the article metadata and
 * structure, the officials, meetings and agreements found, and any warnings. Its JSON form is the
 * {@code newsmodel/1} document of the output contract.
 *
 * <p>Building a document checks the provenance invariants: every span lies inside {@link #text()},
 * every evidence quote equals the text it points at, meeting and agreement ids are unique and every
 * id they reference exists. A violation throws {@link ModelInvariantException}.
 */
@Value.Immutable
@NewsStyle
@JsonSerialize(as = ImmutableNewsDocument.class)
@JsonDeserialize(as = ImmutableNewsDocument.class)
@JsonPropertyOrder({"schema", "source", "text", "article", "officials", "meetings", "agreements", "warnings"})
public interface NewsDocument {
  /** The schema identifier written into every document of this major version. */
  String SCHEMA = "newsmodel/1";

  /**
   * Returns the schema identifier.
   *
   * @return {@value #SCHEMA}
   */
  @Value.Default
  default String schema() {
    return SCHEMA;
  }

  /**
   * Returns what the document was parsed from.
   *
   * @return the source
   */
  Source source();

  /**
   * Returns the text all offsets refer to: the input as decoded for plain text, the extracted
   * reader's text for HTML.
   *
   * @return the text
   */
  String text();

  /**
   * Returns the article metadata and structure.
   *
   * @return the article
   */
  @Value.Default
  default Article article() {
    return Article.empty();
  }

  /**
   * Returns the officials found, in order of first mention.
   *
   * @return the officials
   */
  List<Official> officials();

  /**
   * Returns the meetings found.
   *
   * @return the meetings
   */
  List<Meeting> meetings();

  /**
   * Returns the agreements found.
   *
   * @return the agreements
   */
  List<Agreement> agreements();

  /**
   * Returns what the parser noticed and worked around.
   *
   * @return the warnings
   */
  List<Warning> warnings();

  /** Checks schema, spans, evidence quotes and id references against {@link #text()}. */
  @Value.Check
  default void checkProvenance() {
    if (!schema().startsWith("newsmodel/")) {
      throw new ModelInvariantException("/schema", "unknown schema \"" + schema() + "\"");
    }
    String text = text();
    Article article = article();
    for (int i = 0; i < article.sections().size(); i++) {
      Section section = article.sections().get(i);
      if (section.heading().isPresent() && !fits(section.heading().get(), text)) {
        throw outside("/article/sections/" + i + "/heading", section.heading().get(), text);
      }
      for (int j = 0; j < section.paragraphs().size(); j++) {
        if (!fits(section.paragraphs().get(j), text)) {
          throw outside("/article/sections/" + i + "/paragraphs/" + j, section.paragraphs().get(j), text);
        }
      }
    }
    for (int i = 0; i < article.blocks().size(); i++) {
      Block block = article.blocks().get(i);
      if (block.end() > text.length()) {
        throw outside("/article/blocks/" + i, block.span(), text);
      }
    }
    QuoteCheck quotes = new QuoteCheck();
    checkEvidence("/article", -1, article.evidence(), text, quotes);
    Set<String> officialIds = new HashSet<>();
    for (int i = 0; i < officials().size(); i++) {
      Official official = officials().get(i);
      if (!officialIds.add(official.id())) {
        throw new ModelInvariantException("/officials/" + i + "/id", "duplicate official id " + official.id());
      }
      for (int j = 0; j < official.mentions().size(); j++) {
        if (!fits(official.mentions().get(j), text)) {
          throw outside("/officials/" + i + "/mentions/" + j, official.mentions().get(j), text);
        }
      }
      checkEvidence("/officials", i, official.evidence(), text, quotes);
    }
    Set<String> meetingIds = new HashSet<>();
    for (int i = 0; i < meetings().size(); i++) {
      Meeting meeting = meetings().get(i);
      if (!meetingIds.add(meeting.id())) {
        throw new ModelInvariantException(pointer("/meetings", i, "/id"), "duplicate meeting id " + meeting.id());
      }
      checkReferences("/meetings", i, "/participants", meeting.participants(), officialIds);
      if (meeting.host().isPresent()) {
        checkReference("/meetings", i, "/host", meeting.host().get(), officialIds);
      }
      checkEvidence("/meetings", i, meeting.evidence(), text, quotes);
    }
    Set<String> agreementIds = new HashSet<>();
    for (int i = 0; i < agreements().size(); i++) {
      Agreement agreement = agreements().get(i);
      if (!agreementIds.add(agreement.id())) {
        throw new ModelInvariantException(pointer("/agreements", i, "/id"), "duplicate agreement id "
            + agreement.id());
      }
      checkReferences("/agreements", i, "/signatories", agreement.signatories(), officialIds);
      if (agreement.meeting().isPresent()) {
        checkReference("/agreements", i, "/meeting", agreement.meeting().get(), meetingIds);
      }
      checkEvidence("/agreements", i, agreement.evidence(), text, quotes);
    }
    for (int i = 0; i < warnings().size(); i++) {
      Warning warning = warnings().get(i);
      if (warning.start().isPresent() && warning.end().getAsInt() > text.length()) {
        throw outside("/warnings/" + i, Span.of(warning.start().getAsInt(), warning.end().getAsInt()), text);
      }
    }
  }

  private static boolean fits(Span span, String text) {
    return span.end() <= text.length();
  }

  /** The failure of a span beyond the text; the path is only built for a failure. */
  private static ModelInvariantException outside(String path, Span span, String text) {
    return new ModelInvariantException(path, "span [" + span.start() + ", " + span.end()
        + ") is outside a text of length " + text.length());
  }

  /**
   * The JSON Pointer of a field of an item, built only for a failure: {@code owner/index/field},
   * or {@code owner/field} when {@code index} is negative (an object rather than an array item).
   */
  private static String pointer(String owner, int index, String field) {
    return index < 0 ? owner + field : owner + "/" + index + field;
  }

  private static void checkEvidence(String owner, int index, List<Evidence> evidence, String text,
      QuoteCheck quotes) {
    for (int i = 0; i < evidence.size(); i++) {
      Evidence item = evidence.get(i);
      OptionalInt start = item.start();
      if (start.isEmpty()) {
        if (item.html().isEmpty()) {
          throw new ModelInvariantException(pointer(owner, index, "/evidence/" + i),
              "evidence without a text span needs an html locator");
        }
        continue;
      }
      int end = item.end().getAsInt();
      if (end > text.length()) {
        throw outside(pointer(owner, index, "/evidence/" + i), Span.of(start.getAsInt(), end), text);
      }
      // An evidence item's quote is as long as its span (Evidence checks that when built).
      if (!quotes.matches(text, start.getAsInt(), item.exact())) {
        throw new ModelInvariantException(pointer(owner, index, "/evidence/" + i + "/exact"), "quote \"" + item.exact()
            + "\" differs from the text at [" + start.getAsInt() + ", " + end + ")");
      }
    }
  }

  private static void checkReferences(String owner, int index, String field, List<String> ids, Set<String> known) {
    for (int k = 0; k < ids.size(); k++) {
      checkReference(owner, index, field, ids.get(k), known);
    }
  }

  private static void checkReference(String owner, int index, String field, String id, Set<String> known) {
    if (!known.contains(id)) {
      throw new ModelInvariantException(pointer(owner, index, field), "unknown id " + id);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NewsDocument} values. */
  final class Builder extends ImmutableNewsDocument.Builder {}
}
