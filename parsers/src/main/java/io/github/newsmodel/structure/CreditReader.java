package io.github.newsmodel.structure;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.TextSpans;
import java.util.Optional;

/**
 * Reads credit and source lines ({@code credit-cues.tsv}): "Read more at The Peninsula Qatar.",
 * "Source: The Peninsula Qatar", "(Reporting by Jane Doe; Editing by John Roe)". A credit line is
 * short (at most {@value #MAX_WORDS} words); the value after an outlet or byline cue must start
 * with a capital letter or digit. Stateless.
 */
final class CreditReader {
  private static final int MAX_WORDS = 20;
  private static final int MAX_VALUE_WORDS = 10;

  /** What a credit line names. */
  enum Kind {
    /** An outlet or cited source. */
    OUTLET,
    /** The reporters. */
    BYLINE,
    /** Nothing taken as metadata ("Editing by ...", "Photo: ..."). */
    NONE
  }

  /**
   * A credit line.
   *
   * @param kind what it names
   * @param value the span of the name, empty for {@link Kind#NONE}
   */
  record Credit(Kind kind, Optional<Span> value) {}

  private final StructureLexicon lexicon;

  CreditReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Reads a line as a credit line.
   *
   * @param text the document text
   * @param line the line
   * @return the credit, or empty when the line is something else
   */
  Optional<Credit> read(String text, TextLine line) {
    if (line.length() > 200 || line.words(MAX_WORDS) > MAX_WORDS) {
      return Optional.empty();
    }
    // A line is never empty (TextLine), so its first character can be read.
    boolean bracketed = line.foldedCharAt(0) == '(' || line.foldedCharAt(0) == '[';
    Optional<Cues.Match> match = line.cueAt(lexicon.creditCues(), bracketed ? 1 : 0);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Kind kind = switch (match.get().cue().kind()) {
      case "outlet" -> Kind.OUTLET;
      case "byline" -> Kind.BYLINE;
      default -> Kind.NONE;
    };
    if (kind == Kind.NONE) {
      return Optional.of(new Credit(kind, Optional.empty()));
    }
    int start = line.start() + match.get().valueStart();
    int end = line.end();
    if (bracketed && (text.charAt(end - 1) == ')' || text.charAt(end - 1) == ']')) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == ';' || text.charAt(i) == '|') {
        end = i;
        break;
      }
    }
    Span value = TextSpans.trim(text, start, Math.max(start, end));
    int e = value.end();
    while (e > value.start() && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == ',')) {
      e--;
    }
    value = TextSpans.trim(text, value.start(), e);
    if (value.length() == 0) {
      return Optional.empty();
    }
    char first = text.charAt(value.start());
    if (!(Character.isUpperCase(first) || Character.isDigit(first))
        || LineShape.words(text, value.start(), value.end(), MAX_VALUE_WORDS) > MAX_VALUE_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Credit(kind, Optional.of(value)));
  }
}
