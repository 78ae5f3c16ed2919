package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.TextSpans;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The structure readers read lines in place in the folded text instead of cutting copies and
 * splitting them with regular expressions: each in-place reading must answer what the copying
 * one (kept here as the reference) answers, on any part of any text.
 */
class InPlaceReadingPropertiesTest {
  private static final StructureLexicon LEXICON = StructureLexicon.instance();
  private static final List<String> PIECES = List.of("a", "B", "of", "the", "And", "de", "van", "views", "Views",
      "shares", "GMT", "EST", "ET", "1", "204", "9", "é", "É", "ß", "İ", "@", ".", ",", ":", ";", "|", "-", "(", ")",
      "\"", "'", " ", " ", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u205F", "\u1680", "\u2003",
      "http://", "WWW.", "x@y.z", "mail@host.org", "&", "Al", "bin", "Minister", "UPDATE", "Reuters", "Spokesperson",
      "NSC", "Secretary", "The", "the", "Jane", "Roe", "on");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
  private static final Pattern COUNTER_SEPARATORS = Pattern.compile("[\\s:,.|]+");
  private static final Pattern TAIL_SEPARATORS = Pattern.compile("[\\s|,;()\\-]+");
  private static final Set<String> NAME_CONNECTORS = Set.of("and", "of", "the", "de", "da", "di", "du", "van",
      "von", "der", "den", "bin", "bint", "al", "el", "la", "le", "y", "&");

  /** A text with a part of it: {@code [from, to)}. */
  private record Part(String text, int from, int to) {
    String copy() {
      return text.substring(from, to);
    }
  }

  private static Gen<String> texts() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 90).map(pieces -> String.join("", pieces));
  }

  private static Gen<Part> parts() {
    return texts().zip(integers().between(0, 1000), integers().between(0, 1000), (text, a, b) -> {
      int x = a % (text.length() + 1);
      int y = b % (text.length() + 1);
      return new Part(text, Math.min(x, y), Math.max(x, y));
    });
  }

  @Test
  void titleCaseInPlaceIsTitleCaseOfTheCopy() {
    qt().forAll(parts()).checkAssert(part -> assertThat(
        LineShape.isTitleCase(part.text(), part.from(), part.to(), LEXICON))
        .as("%s", part).isEqualTo(referenceTitleCase(part.copy())));
  }

  @Test
  void titleCaseReadsAtMostSixtyFourWordsTheLastHoldingTheRest() {
    String lowerTail = "A ".repeat(63) + "b c d e f";
    assertThat(LineShape.isTitleCase(lowerTail, LEXICON)).isEqualTo(referenceTitleCase(lowerTail));
    String lower = "b ".repeat(20) + "A ".repeat(70);
    assertThat(LineShape.isTitleCase(lower, LEXICON)).isEqualTo(referenceTitleCase(lower));
  }

  @Test
  void addressAllCapsAndPunctuationInPlaceAreThoseOfTheCopy() {
    qt().forAll(parts()).checkAssert(part -> {
      String copy = part.copy();
      assertThat(LineShape.hasAddress(part.text(), part.from(), part.to())).as("%s", part)
          .isEqualTo(LineShape.hasAddress(copy));
      assertThat(LineShape.isAllCaps(part.text(), part.from(), part.to())).as("%s", part)
          .isEqualTo(LineShape.isAllCaps(copy));
      assertThat(LineShape.endsWithPunctuation(part.text(), part.from(), part.to())).as("%s", part)
          .isEqualTo(LineShape.endsWithPunctuation(copy));
    });
  }

  @Test
  void nameInPlaceIsNameOfTheCopy() {
    qt().forAll(parts()).checkAssert(part -> assertThat(
        BylineReader.isName(part.text(), Span.of(part.from(), part.to())))
        .as("%s", part).isEqualTo(referenceIsName(part.copy())));
  }

  @Test
  void counterInPlaceIsCounterOfTheCopy() {
    TailReader tail = new TailReader(LEXICON);
    qt().forAll(parts()).checkAssert(part -> assertThat(
        tail.isCounter(new TextLine(0, Span.of(part.from(), part.to()), part.text(), true)))
        .as("%s", part).isEqualTo(referenceIsCounter(part.copy())));
  }

  @Test
  void dateTailInPlaceIsTheTailOfTheCopy() {
    DateLineReader dates = new DateLineReader(LEXICON);
    qt().forAll(parts(), arbitrary().pick(true, false)).checkAssert((part, counters) -> assertThat(
        dates.acceptableTail(part.text(), part.from(), part.to(), counters))
        .as("%s %s", part, counters).isEqualTo(referenceAcceptableTail(part.copy(), counters)));
  }

  @Test
  void headlineStatementAuthorInPlaceIsThatOfTheCopy() {
    BylineReader bylines = new BylineReader(LEXICON);
    qt().forAll(texts(), texts(), arbitrary().pick("Statement by ", "STATEMENT BY the ", "Statement from: ", ""))
        .checkAssert((before, rest, cue) -> {
          String line = (cue + rest).strip();
          if (line.isEmpty()) {
            return;
          }
          String text = before + "\n" + line + "\n";
          TextLine headline = new TextLine(0, Span.of(before.length() + 1, before.length() + 1 + line.length()), text,
              true);
          assertThat(bylines.fromHeadline(text, headline)).as("%s", line)
              .isEqualTo(referenceFromHeadline(bylines, text, headline));
        });
  }

  /** The author of a statement headline as read from a copy of the headline, word by word. */
  private static Optional<Found> referenceFromHeadline(BylineReader bylines, String text, TextLine headline) {
    Optional<Cues.Match> match = LEXICON.bylineCues().at(headline.folded(), 0);
    if (match.isEmpty() || !match.get().cue().kind().equals("headline")) {
      return Optional.empty();
    }
    String folded = headline.folded();
    int i = match.get().valueStart();
    int nameStart = -1;
    int nameEnd = -1;
    while (i < folded.length()) {
      int s = i;
      while (i < folded.length() && !TextSpans.isSpace(folded.charAt(i))) {
        i++;
      }
      String word = folded.substring(s, i);
      String bare = LineShape.stripPunctuation(word);
      boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0));
      if (!capitalised && !(nameStart < 0 && bare.equalsIgnoreCase("the"))) {
        break;
      }
      boolean role = LEXICON.isRoleWord(bare) || bare.length() >= 2 && LineShape.isAllCaps(bare);
      if (nameStart < 0 && !role && capitalised) {
        nameStart = s;
      }
      if (nameStart >= 0) {
        nameEnd = i;
        if (word.endsWith(",") || word.endsWith(":")) {
          break;
        }
      }
      while (i < folded.length() && TextSpans.isSpace(folded.charAt(i))) {
        i++;
      }
    }
    if (nameStart < 0) {
      return Optional.empty();
    }
    // From here on the reading is the reader's own: a credit value of the same bounds.
    int start = headline.start() + nameStart;
    int end = headline.start() + nameEnd;
    Span value = TextSpans.trim(text, start, Math.max(start, end));
    int e = value.end();
    while (e > value.start() && ",;:-.\u2013\u2014".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    value = TextSpans.trim(text, value.start(), e);
    int words = LineShape.words(text.substring(value.start(), value.end()), 5);
    return words >= 1 && words <= 4 && BylineReader.isName(text, value)
        ? Optional.of(new Found(LineShape.normalizeSpaces(text.substring(value.start(), value.end())), value,
            "byline.headline_statement", 0.75))
        : Optional.empty();
  }

  private static boolean referenceTitleCase(String s) {
    int capitalised = 0;
    int other = 0;
    for (String word : SPACES.split(s, 64)) {
      String bare = LineShape.stripPunctuation(word);
      if (bare.isEmpty() || !Character.isLetterOrDigit(bare.charAt(0))) {
        continue;
      }
      char first = bare.charAt(0);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capitalised++;
      } else if (!LEXICON.isMinorWord(bare)) {
        other++;
      }
    }
    return capitalised > 0 && other * 4 <= capitalised;
  }

  private static boolean referenceIsName(String value) {
    if (value.isEmpty()) {
      return false;
    }
    String[] words = SPACES_OR_COMMAS.split(value);
    if (words.length > 12) {
      return false;
    }
    boolean capitalised = false;
    for (String word : words) {
      String bare = LineShape.stripPunctuation(word);
      if (bare.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(bare.charAt(0))) {
        capitalised = true;
      } else if (!NAME_CONNECTORS.contains(bare)) {
        return false;
      }
    }
    char first = value.charAt(0);
    return capitalised && (Character.isUpperCase(first) || first == '@');
  }

  private static boolean referenceIsCounter(String line) {
    String[] tokens = COUNTER_SEPARATORS.split(line);
    if (tokens.length > 4) {
      return false;
    }
    boolean number = false;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.chars().allMatch(Character::isDigit)) {
        number = true;
      } else if (!LEXICON.isCounterWord(token)) {
        return false;
      }
    }
    return number;
  }

  private static boolean referenceAcceptableTail(String tail, boolean counterAllowed) {
    String[] tokens = TAIL_SEPARATORS.split(tail.strip());
    int count = 0;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      count++;
      boolean zone = token.length() <= 4 && LineShape.isAllCaps(token);
      boolean counter = counterAllowed
          && (token.chars().allMatch(Character::isDigit) || LEXICON.isCounterWord(token.toLowerCase(Locale.ROOT)));
      if (count > 3 || !zone && !counter) {
        return false;
      }
    }
    return true;
  }
}
