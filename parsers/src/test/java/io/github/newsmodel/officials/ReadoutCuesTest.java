package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The issuer found is the one a plain reading finds: each cue searched for in turn. */
class ReadoutCuesTest {

  @Test
  void findsWhatSearchingEachCueFinds() {
    qt().forAll(lists().of(pieces()).ofSizeBetween(0, 12)).checkAssert(parts -> {
      String text = String.join("", parts);
      String folded = MatchText.fold(text);
      assertThat(ReadoutCues.find(text, folded)).isEqualTo(plainReading(folded));
    });
  }

  /** Pieces of text: cue phrases whole, cut, in another case, glued to letters, and other text. */
  private static Gen<String> pieces() {
    List<String> phrases = new ArrayList<>();
    for (ReadoutCues.Cue cue : ReadoutCues.cues()) {
      phrases.add(cue.phrase());
    }
    Gen<String> phrase = Generate.pick(phrases);
    Gen<String> cut = phrase.zip(integers().between(0, 30), (p, k) -> p.substring(0, Math.min(k, p.length())));
    Gen<String> separator = Generate.pick(List.of(" ", "\n", ", ", "x", "\n  ", ". ", "(", "1"));
    return phrase.mix(cut, 30).mix(phrase.map(p -> p.toUpperCase(java.util.Locale.ROOT)), 10).mix(separator, 40)
        .mix(TextGenerators.trickyWords(), 15);
  }

  /** The line cue first, then every phrase cue in the order listed, as the cues were once read. */
  private static Optional<ReadoutCues.Issuer> plainReading(String folded) {
    ReadoutCues.Issuer best = null;
    int lineStart = 0;
    for (String line : folded.split("\n", -1)) {
      Span trimmed = TextSpans.trim(folded, lineStart, lineStart + line.length());
      String content = folded.substring(trimmed.start(), trimmed.end());
      for (ReadoutCues.Cue cue : ReadoutCues.cues()) {
        if (best == null && cue.wholeLine() && !content.isEmpty() && content.equalsIgnoreCase(cue.phrase())) {
          best = new ReadoutCues.Issuer(cue, trimmed);
        }
      }
      if (best != null) {
        break;
      }
      lineStart += line.length() + 1;
    }
    int limit = best == null ? folded.length() : best.span().start();
    for (ReadoutCues.Cue cue : ReadoutCues.cues()) {
      if (cue.wholeLine()) {
        continue;
      }
      String phrase = cue.phrase();
      for (int at = folded.indexOf(phrase); at >= 0 && at < limit; at = folded.indexOf(phrase, at + 1)) {
        int end = at + phrase.length();
        if ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
            && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
          best = new ReadoutCues.Issuer(cue, Span.of(at, end));
          limit = at;
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
