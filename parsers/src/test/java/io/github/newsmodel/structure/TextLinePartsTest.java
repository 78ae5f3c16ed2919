package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The line readers that work in place on the folded text agree with those reading a copy of the line. */
class TextLinePartsTest {
  private static final String[] PIECES = {"By", "Reporting by", "###", "END", "-", "(a)", "ii)", "* ", "\u2022 ",
      "Copyright", "Photo:", "Source", ":", "|", "  ", " ", "Media Note", "Doha", "views", "\"", ")", "12", "Reuters",
      "FOR IMMEDIATE RELEASE", "media", "NOTE", "\t", "\u00A0", "\u0130"};

  @Test
  void linesReadInPlaceAsTheirCopiesAre() {
    StructureLexicon lexicon = StructureLexicon.instance();
    List<Cues> cues = List.of(lexicon.footerCues(), lexicon.bylineCues(), lexicon.creditCues(),
        lexicon.dateLineCues());
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 8),
        SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 3),
        SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 3))
        .checkAssert((line, before, after) -> {
          String prefix = join(before);
          String written = join(line);
          String text = prefix + written + join(after);
          TextLine inPlace = new TextLine(0, Span.of(prefix.length(), prefix.length() + written.length()), text,
              true);
          assertThat(inPlace.folded()).isEqualTo(written);
          TextLine fresh = new TextLine(0, Span.of(prefix.length(), prefix.length() + written.length()), text,
              true);
          for (Cues list : cues) {
            for (int at = 0; at <= Math.min(1, written.length()); at++) {
              assertThat(fresh.cueAt(list, at)).isEqualTo(list.at(written, at));
            }
          }
          assertThat(fresh.lastMark()).isEqualTo(LineShape.lastMark(written));
          assertThat(fresh.isListItem()).isEqualTo(LineShape.isListItem(written));
          assertThat(fresh.words(3)).isEqualTo(LineShape.words(written, 3));
          assertThat(lexicon.isKicker(fresh)).isEqualTo(lexicon.isKicker(written));
          if (!written.isEmpty()) {
            assertThat(fresh.foldedCharAt(written.length() - 1)).isEqualTo(written.charAt(written.length() - 1));
          }
        });
  }

  private static String join(List<Integer> pieces) {
    StringBuilder text = new StringBuilder();
    for (int piece : pieces) {
      text.append(PIECES[piece]);
    }
    return text.toString();
  }
}
