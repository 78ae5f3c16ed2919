package io.github.newsmodel.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.TextGenerators;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon files split into lines exactly as a buffered reader would read them. */
class LexiconResourceTest {

  @Test
  void linesAreThoseOfABufferedReader() {
    qt().forAll(TextGenerators.trickyTexts()).checkAssert(text -> {
      assertThat(LexiconResource.splitLines(text)).isEqualTo(readerLines(text));
      String crlf = TextGenerators.crlf(text);
      assertThat(LexiconResource.splitLines(crlf)).isEqualTo(readerLines(crlf));
    });
  }

  @Test
  void lineEndsOfEveryKind() {
    assertThat(LexiconResource.splitLines("a\nb\r\nc\rd\r\n\r\ne\n")).containsExactly("a", "b", "c", "d", "", "e");
    assertThat(LexiconResource.splitLines("")).isEmpty();
    assertThat(LexiconResource.splitLines("\r")).containsExactly("");
  }

  private static List<String> readerLines(String text) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return lines;
  }
}
