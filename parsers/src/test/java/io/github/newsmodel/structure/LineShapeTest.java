package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.text.TextSpans;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The line tests that avoid copies agree with their straightforward forms. */
class LineShapeTest {
  private static final String[] PIECES = {"HTTP://", "hTtPs://", "Www.", "ww", "@", ".", " ", "  ", "\u00a0", "\t",
      "\u0130", "a", "Z", "x.y", "press", "\u2019s", "1"};

  @Test
  void addressesAndSpacesAreReadAsWithCopies() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 10))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          for (int pick : picks) {
            text.append(PIECES[pick]);
          }
          String s = text.toString();
          assertThat(LineShape.hasAddress(s)).isEqualTo(hasAddressByCopy(s));
          assertThat(LineShape.normalizeSpaces(s)).isEqualTo(normalizeSpacesByCopy(s));
        });
  }

  private static boolean hasAddressByCopy(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")) {
      return true;
    }
    int at = lower.indexOf('@');
    return at > 0 && at < lower.length() - 3 && Character.isLetterOrDigit(lower.charAt(at - 1))
        && lower.indexOf('.', at) > at + 1;
  }

  private static String normalizeSpacesByCopy(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : List.of(s.split("[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]+"))) {
      if (!word.isEmpty() && word.chars().noneMatch(c -> TextSpans.isSpace((char) c))) {
        out.append(out.length() > 0 ? " " : "").append(word);
      }
    }
    return out.toString();
  }
}
