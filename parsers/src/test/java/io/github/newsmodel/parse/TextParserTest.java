package io.github.newsmodel.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input handling of the plain-text parser: sources, decoding, limits. */
class TextParserTest {
  private final TextParser parser = TextParser.create();

  @Test
  void describesTheSourceBytes() {
    NewsDocument doc = parser.parse("abc", "id-1", ParseHints.none().withUri("https://example.org/a"));
    assertThat(doc.source().id()).isEqualTo("id-1");
    assertThat(doc.source().uri()).contains("https://example.org/a");
    assertThat(doc.source().mediaType()).isEqualTo("text/plain");
    assertThat(doc.source().length()).isEqualTo(3);
    assertThat(doc.source().sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void keepsTheTextExactlyAsDecoded() {
    String text = "First line.\r\n\r\nSecond\u00A0line \u2013 with dash.\n";
    NewsDocument doc = parser.parse(text, "crlf");
    assertThat(doc.text()).isEqualTo(text);
    assertThat(doc.article().sections().get(0).paragraphs())
        .extracting(span -> text.substring(span.start(), span.end()))
        .containsExactly("First line.", "Second\u00A0line \u2013 with dash.");
  }

  @Test
  void removesAByteOrderMarkAndReplacesInvalidBytes() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertThat(parser.parse(bom, "bom", ParseHints.none()).text()).isEqualTo("Hi");
    byte[] invalid = {'H', (byte) 0xFF, 'i'};
    NewsDocument doc = parser.parse(invalid, "bad", ParseHints.none());
    assertThat(doc.text()).isEqualTo("H\uFFFDi");
    assertThat(doc.warnings()).extracting(w -> w.code()).contains("decode.malformed");
    byte[] utf16 = "\uFEFFHi".getBytes(StandardCharsets.UTF_16LE);
    assertThat(parser.parse(utf16, "utf16", ParseHints.none()).text()).isEqualTo("Hi");
  }

  @Test
  void emptyInputGivesAnEmptyDocumentWithAWarning() {
    NewsDocument doc = parser.parse("", "empty");
    assertThat(doc.text()).isEmpty();
    assertThat(doc.officials()).isEmpty();
    assertThat(doc.warnings()).extracting(w -> w.code()).contains("text.empty");
  }

  @Test
  void limitsAreEnforcedWithATypedException() {
    TextParser small = TextParser.withLimits(ParseLimits.defaults().withMaxInputChars(10).withMaxInputBytes(20));
    assertThatThrownBy(() -> small.parse("x".repeat(11), "big"))
        .isInstanceOfSatisfying(ParseLimitExceededException.class, e -> {
          assertThat(e.limit()).isEqualTo("maxInputChars");
          assertThat(e.maximum()).isEqualTo(10);
          assertThat(e.actual()).isEqualTo(11);
          assertThat(e.code()).isEqualTo("limit.maxInputChars");
        });
    assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(new byte[21]), "big", ParseHints.none()))
        .isInstanceOfSatisfying(ParseLimitExceededException.class, e -> assertThat(e.actual()).isEqualTo(21));
    assertThat(ParseLimits.defaults().maxInputChars()).isGreaterThanOrEqualTo(10_000_000);
  }

  @Test
  void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Hello world.");
    NewsDocument doc = parser.parse(file, ParseHints.none().withPublished(PublicationDate.parse("2024-01-02")));
    assertThat(doc.source().id()).isEqualTo(file.toString());
    assertThat(doc.article().sections().get(0).paragraphs()).containsExactly(Span.of(0, 12));
    assertThatThrownBy(() -> parser.parse(dir.resolve("missing.txt"), ParseHints.none()))
        .isInstanceOfSatisfying(NewsParseException.class, e -> assertThat(e.code()).isEqualTo("io.not_found"));
  }
}
