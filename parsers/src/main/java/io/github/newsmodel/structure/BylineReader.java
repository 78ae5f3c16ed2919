package io.github.newsmodel.structure;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import io.github.newsmodel.text.TextSpans;
import java.util.List;
import java.util.Optional;

/**
 * Reads the author of an article ({@code byline-cues.tsv}):
 *
 * <ul>
 *   <li>{@code byline.cue}: a line starting with a cue, the rest naming the authors ("By Jane Doe
 *       and John Roe", "Post by : Mara Collins"), cut before a date or a {@code |};
 *   <li>{@code byline.office}: a short line naming an office ("Office of the Spokesperson");
 *   <li>{@code byline.headline_statement}: a headline announcing a person's statement ("Statement
 *       by NSC Spokesperson Emily Horne on ..."), role words ({@code role-words.txt}) and acronyms
 *       dropped from the front of the name.
 * </ul>
 *
 * A byline is a name: every word capitalised except connecting words ("and", "of", "bin"), at
 * most {@value #MAX_WORDS} words. Stateless.
 */
final class BylineReader {
  private static final int MAX_WORDS = 12;
  /** Lines longer than this are never bylines. */
  static final int MAX_LINE = 160;
  private static final String[] NAME_CONNECTORS = {"and", "of", "the", "de", "da", "di", "du", "van",
      "von", "der", "den", "bin", "bint", "al", "el", "la", "le", "y", "&"};

  private final StructureLexicon lexicon;

  BylineReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Reads a header line as a byline line.
   *
   * @param text the document text
   * @param line the line
   * @return the byline, or empty
   */
  Optional<Found> fromLine(String text, TextLine line) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    Optional<Cues.Match> match = line.cueAt(lexicon.bylineCues(), 0);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    String kind = match.get().cue().kind();
    if (kind.equals("prefix")) {
      int start = line.start() + match.get().valueStart();
      int end = cutBeforeDateOrBar(text, line, start);
      Span value = trimValue(text, start, end);
      return isName(text, value) ? Optional.of(found(text, value, "byline.cue", 0.9)) : Optional.empty();
    }
    if (kind.equals("line") && line.words(8) <= 8 && !line.endsWithPunctuation()
        && isName(text, line.span())) {
      return Optional.of(found(text, line.span(), "byline.office", 0.85));
    }
    return Optional.empty();
  }

  /**
   * Reads the author named in a headline that announces a statement.
   *
   * @param text the document text
   * @param headline the headline span
   * @return the person's name, or empty
   */
  Optional<Found> fromHeadline(String text, TextLine headline) {
    Optional<Cues.Match> match = headline.cueAt(lexicon.bylineCues(), 0);
    if (match.isEmpty() || !match.get().cue().kind().equals("headline")) {
      return Optional.empty();
    }
    // The words are read in place in the folded text: i, s and the name bounds are relative to
    // the line, as the spans of a copy of it would be.
    String folded = headline.foldedText();
    int base = headline.start();
    int length = headline.length();
    int i = match.get().valueStart();
    int nameStart = -1;
    int nameEnd = -1;
    while (i < length) {
      int s = i;
      while (i < length && !TextSpans.isSpace(folded.charAt(base + i))) {
        i++;
      }
      int bareStart = base + s;
      int bareEnd = base + i;
      while (bareStart < bareEnd && !Character.isLetterOrDigit(folded.charAt(bareStart))) {
        bareStart++;
      }
      while (bareEnd > bareStart && !Character.isLetterOrDigit(folded.charAt(bareEnd - 1))) {
        bareEnd--;
      }
      boolean capitalised = bareStart < bareEnd && Character.isUpperCase(folded.charAt(bareStart));
      boolean the = bareEnd - bareStart == 3 && folded.regionMatches(true, bareStart, "the", 0, 3);
      if (!capitalised && !(nameStart < 0 && the)) {
        break;
      }
      boolean role = lexicon.isRoleWord(folded, bareStart, bareEnd)
          || bareEnd - bareStart >= 2 && LineShape.isAllCaps(folded, bareStart, bareEnd);
      if (nameStart < 0 && !role && capitalised) {
        nameStart = s;
      }
      if (nameStart >= 0) {
        nameEnd = i;
        char last = i > s ? folded.charAt(base + i - 1) : 0;
        if (last == ',' || last == ':') {
          break;
        }
      }
      while (i < length && TextSpans.isSpace(folded.charAt(base + i))) {
        i++;
      }
    }
    if (nameStart < 0) {
      return Optional.empty();
    }
    Span value = trimValue(text, headline.start() + nameStart, headline.start() + nameEnd);
    int words = LineShape.words(text, value.start(), value.end(), 5);
    return words >= 1 && words <= 4 && isName(text, value)
        ? Optional.of(found(text, value, "byline.headline_statement", 0.75)) : Optional.empty();
  }

  /**
   * Reads the reporters of a credit line ("Reporting by Jane Doe; Editing by John Roe").
   *
   * @param text the document text
   * @param start where the names start
   * @param end where the credit value ends
   * @return the byline, or empty
   */
  Optional<Found> fromCredit(String text, int start, int end) {
    Span value = trimValue(text, start, end);
    return isName(text, value) ? Optional.of(found(text, value, "byline.credit", 0.7)) : Optional.empty();
  }

  private static Found found(String text, Span span, String rule, double confidence) {
    return new Found(LineShape.normalizeSpaces(text.substring(span.start(), span.end())), span, rule, confidence);
  }

  private static int cutBeforeDateOrBar(String text, TextLine line, int start) {
    int end = line.end();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '|' || c == '\u2022' || c == '\u00B7') {
        end = i;
        break;
      }
    }
    List<DateMention> dates = DateNormalizer.instance().find(text, Span.of(start, end), Optional.empty());
    return dates.isEmpty() ? end : dates.get(0).span().start();
  }

  /** Trims spaces and trailing separators (",", ";", ":", "-", "."). */
  private static Span trimValue(String text, int start, int end) {
    Span span = TextSpans.trim(text, start, Math.max(start, end));
    int e = span.end();
    while (e > span.start() && ",;:-.\u2013\u2014".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return TextSpans.trim(text, span.start(), e);
  }

  /**
   * A name: 1 to 12 words, each capitalised or a connector, no sentence punctuation inside. The
   * words are what {@code [\s,]+} separates, read in place.
   */
  static boolean isName(String text, Span span) {
    if (span.length() == 0) {
      return false;
    }
    int from = span.start();
    int to = span.end();
    int words = 0;
    boolean capitalised = false;
    int i = from;
    while (i < to) {
      if (isSpaceOrComma(text.charAt(i))) {
        i++;
        continue;
      }
      int wordStart = i;
      while (i < to && !isSpaceOrComma(text.charAt(i))) {
        i++;
      }
      words++;
      int s = wordStart;
      int e = i;
      while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
        s++;
      }
      while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      if (Character.isUpperCase(text.charAt(s))) {
        capitalised = true;
      } else if (!isNameConnector(text, s, e)) {
        return false;
      }
    }
    // A split at a leading separator also yields an empty first word, which counts.
    if (words > 0 && isSpaceOrComma(text.charAt(from))) {
      words++;
    }
    if (words > MAX_WORDS) {
      return false;
    }
    char first = text.charAt(from);
    return capitalised && (Character.isUpperCase(first) || first == '@');
  }

  /** The characters of {@code [\s,]}: ASCII white space and the comma. */
  private static boolean isSpaceOrComma(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ',';
  }

  private static boolean isNameConnector(String text, int from, int to) {
    for (String connector : NAME_CONNECTORS) {
      if (connector.length() == to - from && text.startsWith(connector, from)) {
        return true;
      }
    }
    return false;
  }
}
