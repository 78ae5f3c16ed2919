package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are split as the documented terminators split them. */
class TextLineTest {
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  @Test
  void exactlyTheLineTerminatorsFoldToALineFeed() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertThat(MatchText.fold((char) c) == '\n').as("U+%04X", c).isEqualTo(isLineBreak((char) c));
    }
  }

  @Test
  void linesAreTheTrimmedNonBlankRunsBetweenTerminators() {
    qt().withExamples(500).forAll(TextGenerators.trickyTexts()).checkAssert(text -> {
      List<TextLine> lines = TextLine.of(text, MatchText.fold(text));
      List<String> expected = new ArrayList<>();
      List<Boolean> blanks = new ArrayList<>();
      boolean blank = true;
      int i = 0;
      while (i < text.length()) {
        int end = i;
        while (end < text.length() && !isLineBreak(text.charAt(end))) {
          end++;
        }
        Span trimmed = TextSpans.trim(text, i, end);
        if (trimmed.start() == trimmed.end()) {
          blank = true;
        } else {
          expected.add(trimmed.start() + ":" + trimmed.end());
          blanks.add(blank);
          blank = false;
        }
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
          end++;
        }
        i = end + 1;
      }
      assertThat(lines.stream().map(l -> l.start() + ":" + l.end()).toList()).as("%s", text).isEqualTo(expected);
      assertThat(lines.stream().map(TextLine::blankBefore).toList()).isEqualTo(blanks);
    });
  }
}
