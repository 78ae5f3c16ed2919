package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The tokenizer reads a range from a reused character buffer: its tokens are those of a
 * straightforward reading of the folded text with {@link String#charAt}, for any range, into a
 * fresh or a reused list.
 */
class TokenizerTest {
  @Test
  void tokensAreThoseOfAPlainReading() {
    qt().forAll(TextGenerators.articleTexts().mix(TextGenerators.trickyTexts(), 30)
        .mix(Generate.pick(List.of("U.S.-Oman Dr. J. Smith's", "the states' leaders' 'S' x's", "Al-Thani & Co. Inc.",
            "H.E. Minister-in-Charge Joa'an", "\u0645\u062d\u0645\u062f bin-\u0632\u0627\u064a\u062f's",
            "e\u0301t\u00e9 \u00a0 \u2028 St. Mt.",
            // Around the longest packed word: 8, 9 and 10 characters, with a kept period or not.
            "Abcdefgh Abcdefghi ABCDEFGHIJ 012345678 A.B.C.D. A.B.C.D.E A.B.C.D.E. Ab-Cd-Efgh\u00e9",
            // The first eight characters of a word are read at once: a word ending, or a character
            // beyond ASCII, at each of them, and the range ending right after a short word.
            "a ab abc abcd abcde abcdef abcdefg abcdefgh X\u00e9bcdefgh Xa\u00e9cdefgh Xab\u00e9defgh Xabcd\u00e9fgh "
                + "Xabcdefg\u00e9 \u00e9abc ab-c ab.c abc'd abcdefg's Ab1234567-x a,b;c(d)e\u201cf\u201d ab",
            "Qatar")), 20),
        integers().between(0, 40), integers().between(0, 40)).checkAssert((text, cutStart, cutEnd) -> {
          String folded = MatchText.fold(text);
          int from = Math.min(cutStart, folded.length());
          int to = Math.max(from, folded.length() - cutEnd);
          List<String> expected = plainReading(folded, from, to);
          TokenList reused = new TokenList(folded, 1);
          Tokenizer.tokenize(folded, 0, folded.length(), reused);
          assertThat(described(Tokenizer.tokenize(folded, from, to, reused))).isEqualTo(expected);
          assertThat(described(Tokenizer.tokenize(folded, from, to))).isEqualTo(expected);
        });
  }

  /** Each token as start, end, type, packed lower-case form and hyphen. */
  private static List<String> described(TokenList tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      out.add(tokens.start(i) + "-" + tokens.end(i) + " " + tokens.type(i) + " "
          + (tokens.type(i) == TokenList.Type.WORD ? tokens.lowerKey(i) + " " + tokens.hyphenated(i) : ""));
    }
    return out;
  }

  // The reference: the rules of the tokenizer read character by character from the string.

  private static final Set<String> PERIOD_WORDS = Set.of(
      "Dr", "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr", "St", "Prof", "Hon", "Rt", "Gen", "Maj", "Lt", "Col",
      "Capt", "Brig", "Adm", "Cmdr", "Sen", "Rep", "Gov", "Amb", "Co", "Corp", "Inc", "Ltd", "No", "Mt");

  private static List<String> plainReading(String s, int from, int to) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isWordChar(c)) {
        long key = 0;
        boolean hyphenated = false;
        int j = i + 1;
        while (j < to && (isWordChar(s.charAt(j)) || continuesWord(s, i, j, to))) {
          hyphenated |= s.charAt(j) == '-';
          j++;
        }
        if (j < to && s.charAt(j) == '.' && keepsPeriod(s, i, j)) {
          j++;
        }
        for (int k = i; k < j; k++) {
          key = WordTable.packLowerCase(key, s.charAt(k));
        }
        out.add(i + "-" + j + " WORD " + key + " " + hyphenated);
        i = j;
        if (i < to && s.charAt(i) == '\'') {
          int end = isPossessiveAt(s, i, to) ? i + 2
              : i > 0 && (s.charAt(i - 1) == 's' || s.charAt(i - 1) == 'S')
                  && (i + 1 >= to || !isWordChar(s.charAt(i + 1))) ? i + 1 : i;
          if (end > i) {
            out.add(i + "-" + end + " POSSESSIVE ");
            i = end;
          }
        }
      } else {
        out.add(i + "-" + (i + 1) + " PUNCT ");
        i++;
      }
    }
    return out;
  }

  private static boolean continuesWord(String s, int start, int j, int to) {
    char c = s.charAt(j);
    boolean joiner = (c == '.' || c == '-' || c == '\'' || c == '&') && j + 1 < to && isWordChar(s.charAt(j + 1));
    return joiner && !(c == '\'' && isPossessiveAt(s, j, to)) && !(c == '-' && j > start && s.charAt(j - 1) == '.');
  }

  private static boolean isPossessiveAt(String s, int apostrophe, int to) {
    int after = apostrophe + 1;
    return after < to && (s.charAt(after) == 's' || s.charAt(after) == 'S')
        && (after + 1 >= to || !isWordChar(s.charAt(after + 1)));
  }

  private static boolean keepsPeriod(String s, int start, int end) {
    if (end - start == 1) {
      return Character.isUpperCase(s.charAt(start));
    }
    return s.substring(start, end).indexOf('.') > 0 || PERIOD_WORDS.contains(s.substring(start, end));
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }
}
