package io.github.newsmodel.structure;

import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the lines of the body part that are not body text: credit lines anywhere, end marks
 * ("###"), sign-off blocks (lines in capitals followed by a date line: "MINISTRY OF LAW" /
 * "5 AUGUST 2024"), and the tail after the last paragraph: footers ({@code footer-cues.tsv}, view
 * counters, a date line with a counter) and reference lines (addresses, and short lines that follow
 * a credit or footer). Reads the outlet, reporters and publication date these lines give. Stateless.
 */
final class TailReader {
  private static final int SHORT_LINE_WORDS = 12;
  private static final int MAX_SIGN_OFF_WORDS = 8;
  /** The most lines the tail walk reads back from the end. */
  private static final int MAX_TAIL_LINES = 40;

  /**
   * What the non-body lines say.
   *
   * @param kinds for each line index, its block kind, or null for body text
   * @param outlet the outlet named by the first credit or sign-off line
   * @param byline the reporters named by a credit line
   * @param published the date of a sign-off or footer date line
   */
  record Tail(BlockKind[] kinds, Optional<Found> outlet, Optional<Found> byline, Optional<Dated> published) {}

  private final StructureLexicon lexicon;
  private final CreditReader credits;
  private final DateLineReader dateLines;
  private final BylineReader bylines;

  TailReader(StructureLexicon lexicon) {
    this.lexicon = lexicon;
    this.credits = new CreditReader(lexicon);
    this.dateLines = new DateLineReader(lexicon);
    this.bylines = new BylineReader(lexicon);
  }

  /**
   * Classifies the lines from {@code firstBody} on.
   *
   * @param text the document text
   * @param lines all non-blank lines
   * @param firstBody the index of the first body line
   * @param reference the reference date for dates without year
   * @return the classification and the metadata found
   */
  Tail read(String text, List<TextLine> lines, int firstBody, Optional<LocalDate> reference) {
    int n = lines.size();
    BlockKind[] kinds = new BlockKind[n];
    boolean[] signOff = new boolean[n];
    Found outlet = null;
    Found byline = null;
    Dated published = null;
    int noSignOffBefore = 0;
    for (int j = firstBody; j < n; j++) {
      TextLine line = lines.get(j);
      if (isEndMark(line)) {
        kinds[j] = BlockKind.FOOTER;
        continue;
      }
      Optional<CreditReader.Credit> credit = credits.read(text, line);
      if (credit.isPresent()) {
        kinds[j] = BlockKind.CREDIT;
        Optional<Span> value = credit.get().value();
        if (value.isPresent() && credit.get().kind() == CreditReader.Kind.OUTLET && outlet == null) {
          outlet = new Found(LineShape.normalizeSpaces(text.substring(value.get().start(), value.get().end())),
              value.get(), "outlet.credit_line", 0.85);
        } else if (value.isPresent() && credit.get().kind() == CreditReader.Kind.BYLINE && byline == null) {
          byline = bylines.fromCredit(text, value.get().start(), value.get().end()).orElse(null);
        }
        continue;
      }
      if (j > firstBody && j >= noSignOffBefore && isSignOff(line)) {
        int k = j;
        while (k < n && isSignOff(lines.get(k))) {
          k++;
        }
        Optional<DateLineReader.DateLine> date = k < n
            ? dateLines.read(text, lines.get(k), reference, true) : Optional.empty();
        if (k == n || date.isPresent()) {
          for (int g = j; g < k; g++) {
            kinds[g] = BlockKind.CREDIT;
            signOff[g] = true;
          }
          if (outlet == null) {
            String name = LineShape.normalizeSpaces(text.substring(line.start(), line.end()));
            outlet = new Found(LineShape.titleCase(name, lexicon), line.span(), "outlet.sign_off", 0.8);
          }
          if (date.isPresent()) {
            kinds[k] = BlockKind.FOOTER;
            signOff[k] = true;
            if (!date.get().updated() && published == null) {
              published = new Dated(date.get().mention(), "published.sign_off", 0.85);
            }
          }
          j = date.isPresent() ? k : k - 1;
        } else {
          // Not a sign-off block: a block starting later in the same run ends at the same line, so
          // it is not one either (rescanning from each line of a long run would be quadratic).
          noSignOffBefore = k;
        }
      }
    }
    published = readTail(text, lines, firstBody, reference, kinds, signOff, published);
    return new Tail(kinds, Optional.ofNullable(outlet), Optional.ofNullable(byline), Optional.ofNullable(published));
  }

  /**
   * Walks back from the end over the tail, marking footers and references. The walk stops at a
   * long line, at a sign-off (what follows a sign-off, an annex, is body text) and after
   * {@value #MAX_TAIL_LINES} lines.
   */
  private Dated readTail(String text, List<TextLine> lines, int firstBody, Optional<LocalDate> reference,
      BlockKind[] kinds, boolean[] signOff, Dated publishedSoFar) {
    Dated tailDate = null;
    int firstMarker = -1;
    int stop = Math.max(firstBody, lines.size() - 1 - MAX_TAIL_LINES);
    for (int j = lines.size() - 1; j > stop; j--) {
      TextLine line = lines.get(j);
      if (signOff[j]) {
        break;
      }
      if (kinds[j] != null) {
        firstMarker = j;
        continue;
      }
      if (line.words(SHORT_LINE_WORDS) > SHORT_LINE_WORDS) {
        break;
      }
      if (line.cueAt(lexicon.footerCues(), 0).isPresent() || isCounter(line)) {
        kinds[j] = BlockKind.FOOTER;
        firstMarker = j;
        continue;
      }
      Optional<DateLineReader.DateLine> date = dateLines.read(text, line, reference, true);
      if (date.isPresent()) {
        kinds[j] = BlockKind.FOOTER;
        firstMarker = j;
        if (!date.get().updated()) {
          tailDate = new Dated(date.get().mention(), "published.footer", 0.8);
        }
        continue;
      }
      if (line.hasAddress()) {
        kinds[j] = BlockKind.REFERENCE;
        firstMarker = j;
      }
    }
    if (firstMarker >= 0) {
      for (int j = firstMarker; j < lines.size(); j++) {
        if (kinds[j] == null) {
          kinds[j] = BlockKind.REFERENCE;
        }
      }
    }
    return publishedSoFar != null ? publishedSoFar : tailDate;
  }

  private boolean isEndMark(TextLine line) {
    Optional<Cues.Match> cue = line.cueAt(lexicon.footerCues(), 0);
    return cue.isPresent() && cue.get().cue().kind().equals("end") && cue.get().valueStart() == line.length();
  }

  /** A short line in capitals without digits or sentence punctuation ("MINISTRY OF LAW"). */
  private boolean isSignOff(TextLine line) {
    if (line.length() > 80) {
      return false;
    }
    if (!line.isAllCaps() || line.endsWithPunctuation() || line.words(MAX_SIGN_OFF_WORDS) > MAX_SIGN_OFF_WORDS
        || line.cueAt(lexicon.footerCues(), 0).isPresent()) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.foldedCharAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A short line of numbers and counter words ("403 views", "Views: 1,204"): at most four tokens
   * as {@code [\s:,.|]+} splits the line, read in place.
   */
  boolean isCounter(TextLine line) {
    String folded = line.foldedText();
    int from = line.start();
    int to = line.end();
    int tokens = 0;
    boolean number = false;
    int i = from;
    while (i < to) {
      if (isCounterSeparator(folded.charAt(i))) {
        i++;
        continue;
      }
      int tokenStart = i;
      boolean digits = true;
      while (i < to && !isCounterSeparator(folded.charAt(i))) {
        digits &= Character.isDigit(folded.charAt(i));
        i++;
      }
      tokens++;
      if (digits) {
        number = true;
      } else if (!lexicon.isCounterWord(folded, tokenStart, i)) {
        return false;
      }
    }
    // A split at a leading separator also yields an empty first token, which counts.
    if (tokens > 0 && isCounterSeparator(folded.charAt(from))) {
      tokens++;
    }
    return tokens <= 4 && number;
  }

  /** The characters of {@code [\s:,.|]}: ASCII white space and the listed marks. */
  private static boolean isCounterSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ':' || c == ','
        || c == '.' || c == '|';
  }
}
