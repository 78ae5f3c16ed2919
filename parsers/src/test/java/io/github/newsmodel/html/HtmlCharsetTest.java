package io.github.newsmodel.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Page encodings from byte-order marks, declarations and the bytes themselves. */
class HtmlCharsetTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void byteOrderMarkWins() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
    assertThat(HtmlCharset.detect(bom)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void declaredLatinOneIsWindows1252() {
    byte[] page = "<meta charset=\"iso-8859-1\"><p>Gr\u00fc\u00dfe</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlCharset.detect(page)).isEqualTo(WINDOWS_1252);
    byte[] httpEquiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "<p>caf\u00e9</p>").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlCharset.detect(httpEquiv)).isEqualTo(WINDOWS_1252);
  }

  @Test
  void mislabelledUtf8IsUtf8() {
    byte[] page = "<meta charset=\"iso-8859-1\"><p>Gr\u00fc\u00dfe</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlCharset.detect(page)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void declaredUtf8WithLatinBytesIsWindows1252() {
    byte[] page = "<meta charset=\"utf-8\"><p>Gr\u00fc\u00dfe \u00e0 tous</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlCharset.detect(page)).isEqualTo(WINDOWS_1252);
  }

  @Test
  void undeclaredPagesAreDetected() {
    assertThat(HtmlCharset.detect("<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    assertThat(HtmlCharset.detect("<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(WINDOWS_1252);
    assertThat(HtmlCharset.detect(new byte[0])).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void xmlDeclarationAndUnknownLabels() {
    assertThat(HtmlCharset.detect("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><p>x</p>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(Charset.forName("ISO-8859-15"));
    assertThat(HtmlCharset.detect("<meta charset=\"no-such-charset\"><p>x</p>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(StandardCharsets.UTF_8);
  }
}
