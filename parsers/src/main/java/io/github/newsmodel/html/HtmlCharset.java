package io.github.newsmodel.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the character encoding of an HTML page from its bytes: a byte-order mark; else the
 * encoding the page declares ({@code <meta charset>}, {@code http-equiv} content type, XML
 * declaration) in its first bytes; else detection. A declaration is overruled when the bytes say
 * otherwise: a page declared Latin-1 whose bytes are valid UTF-8 with multi-byte sequences is
 * UTF-8 (a common mislabelling), and a page declared UTF-8 whose non-ASCII bytes are mostly invalid
 * UTF-8 is windows-1252. Undeclared pages are UTF-8 when their bytes mostly are, else
 * windows-1252. Labels follow the WHATWG encoding standard (ISO-8859-1 and ASCII mean
 * windows-1252). Stateless and thread-safe.
 */
public final class HtmlCharset {
  /** How many leading bytes are searched for a declaration. */
  public static final int PRESCAN_BYTES = 4096;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META = Pattern.compile("<meta\\s[^>]{0,1024}>");
  private static final Pattern CHARSET = Pattern.compile("charset\\s{0,8}=\\s{0,8}[\"']?([a-z0-9_.:-]{1,40})");
  private static final Pattern XML = Pattern.compile("^\\s{0,64}<\\?xml[^>]{0,256}encoding\\s{0,8}=\\s{0,8}[\"']([a-z0-9_.:-]{1,40})");

  private HtmlCharset() {}

  /**
   * Decides the encoding of a page.
   *
   * @param bytes the page bytes
   * @return the encoding to decode the page with
   */
  public static Charset detect(byte[] bytes) {
    if (hasBom(bytes)) {
      return StandardCharsets.UTF_8;
    }
    Utf8Check utf8 = Utf8Check.of(bytes);
    Optional<Charset> declared = declared(bytes);
    if (declared.isPresent()) {
      Charset charset = declared.get();
      if (charset.equals(StandardCharsets.UTF_8)) {
        return utf8.mostlyInvalid() ? WINDOWS_1252 : StandardCharsets.UTF_8;
      }
      if (utf8.valid() && utf8.multiByte() > 0) {
        return StandardCharsets.UTF_8;
      }
      return charset;
    }
    return utf8.mostlyInvalid() ? WINDOWS_1252 : StandardCharsets.UTF_8;
  }

  private static boolean hasBom(byte[] bytes) {
    return (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
        || (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
        || (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
  }

  /**
   * Returns the encoding a page declares in its first {@value #PRESCAN_BYTES} bytes.
   *
   * @param bytes the page bytes
   * @return the declared encoding, or empty when none (or an unknown one) is declared
   */
  static Optional<Charset> declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    Matcher xml = XML.matcher(head);
    if (xml.find()) {
      Optional<Charset> charset = charset(xml.group(1));
      if (charset.isPresent()) {
        return charset;
      }
    }
    Matcher meta = META.matcher(head);
    while (meta.find()) {
      Matcher charset = CHARSET.matcher(meta.group());
      if (charset.find()) {
        Optional<Charset> found = charset(charset.group(1));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Maps an encoding label to a charset the WHATWG way (UTF-16 labels in markup mean UTF-8;
   * Latin-1 and ASCII labels mean windows-1252).
   *
   * @param label the label
   * @return the charset, or empty for an unknown label
   */
  static Optional<Charset> charset(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    switch (name) {
      case "utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode" -> {
        return Optional.of(StandardCharsets.UTF_8);
      }
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
          "windows-1252", "x-cp1252" -> {
        return Optional.of(WINDOWS_1252);
      }
      case "gb2312", "gb_2312-80", "x-gbk" -> {
        return Optional.of(Charset.forName("GBK"));
      }
      default -> {
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
  }

  /** Reads eight bytes of an array at any index, as one long. */
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** Counts of a UTF-8 validity scan. */
  private record Utf8Check(int multiByte, int invalid) {
    static Utf8Check of(byte[] bytes) {
      int multi = 0;
      int invalid = 0;
      int i = 0;
      while (i < bytes.length) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
          i++;
          // Skip ASCII eight bytes at a time: most of a page is markup.
          while (i + 8 <= bytes.length && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
            i += 8;
          }
          continue;
        }
        int length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
        if (length == 0 || i + length > bytes.length || !continuation(bytes, i + 1, length - 1)) {
          invalid++;
          i++;
        } else {
          multi++;
          i += length;
        }
      }
      return new Utf8Check(multi, invalid);
    }

    private static boolean continuation(byte[] bytes, int from, int count) {
      for (int k = from; k < from + count; k++) {
        if ((bytes[k] & 0xC0) != 0x80) {
          return false;
        }
      }
      return true;
    }

    boolean valid() {
      return invalid == 0;
    }

    boolean mostlyInvalid() {
      return invalid > 0 && invalid > multiByte;
    }
  }
}
