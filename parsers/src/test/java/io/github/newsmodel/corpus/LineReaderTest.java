package io.github.newsmodel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsmodel.testing.CorpusGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<String> read(String text, int maxLength) {
    LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLength);
    List<String> lines = new ArrayList<>();
    try {
      for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
        lines.add(line.tooLong() ? "<too long>" : new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  @Test
  void splitsLikeJoiningWithNewlinesAndReportsOverlongLines() {
    qt().withExamples(300).forAll(CorpusGenerators.lines(), integers().between(1, 400))
        .checkAssert((lines, max) -> {
          String text = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
          List<String> expected = lines.stream()
              .map(line -> line.getBytes(StandardCharsets.UTF_8).length > max ? "<too long>" : line)
              .toList();
          assertThat(read(text, max)).isEqualTo(expected);
        });
  }

  @Test
  void handlesCarriageReturnsAndAMissingFinalNewline() {
    assertThat(read("a\r\nb\r\nc", 10)).containsExactly("a", "b", "c");
    assertThat(read("", 10)).isEmpty();
    assertThat(read("\n", 10)).containsExactly("");
  }

  @Test
  void crossesChunkBoundaries() {
    String longLine = "z".repeat(200_000);
    assertThat(read(longLine + "\nshort\n", 300_000)).containsExactly(longLine, "short");
    assertThat(read(longLine + "\nshort\n", 1000)).containsExactly("<too long>", "short");
  }
}
