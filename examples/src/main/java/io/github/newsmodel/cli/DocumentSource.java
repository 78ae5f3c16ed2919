package io.github.newsmodel.cli;

import io.github.newsmodel.model.ErrorDocument;
import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.parse.HtmlParser;
import io.github.newsmodel.parse.NewsParseException;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.parse.TextParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Parses one input into either a document or an error document; never throws for bad input. */
final class DocumentSource {
  private final TextParser textParser;
  private final HtmlParser htmlParser;
  private final InputStream stdin;

  DocumentSource(TextParser textParser, HtmlParser htmlParser, InputStream stdin) {
    this.textParser = textParser;
    this.htmlParser = htmlParser;
    this.stdin = stdin;
  }

  /** The outcome of one input: exactly one of document and error is set. */
  record Outcome(NewsDocument document, ErrorDocument error) {
    Object json() {
      return document != null ? document : error;
    }
  }

  Outcome parse(InputFiles.Input input, ParseHints hints) {
    byte[] bytes = new byte[0];
    try {
      if (input.kind() == InputFiles.Kind.STDIN) {
        bytes = stdin.readAllBytes();
        return new Outcome(textParser.parse(bytes, input.id(), hints), null);
      }
      bytes = Files.readAllBytes(input.path());
      NewsDocument document = input.kind() == InputFiles.Kind.HTML
          ? htmlParser.parse(bytes, input.id(), hints)
          : textParser.parse(bytes, input.id(), hints);
      return new Outcome(document, null);
    } catch (NewsParseException e) {
      return failure(input, hints, bytes, e.code(), e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      return failure(input, hints, bytes, "io.not_found", "no such file: " + input.id());
    } catch (IOException e) {
      return failure(input, hints, bytes, "io", "cannot read " + input.id() + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(input, hints, bytes, "internal", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Outcome failure(InputFiles.Input input, ParseHints hints, byte[] bytes, String code,
      String message) {
    Source source = Source.builder()
        .id(input.id())
        .uri(hints.uri())
        .mediaType(input.kind() == InputFiles.Kind.HTML ? HtmlParser.MEDIA_TYPE : TextParser.MEDIA_TYPE)
        .sha256(sha256(bytes))
        .length(bytes.length)
        .build();
    return new Outcome(null, ErrorDocument.of(source, ErrorInfo.of(code, String.valueOf(message))));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Optional<String> extensionWarning(InputFiles.Input input) {
    return input.kind() == InputFiles.Kind.UNSUPPORTED
        ? Optional.of("newsmodel: skipping " + input.id() + " (not .txt, .html or .htm)")
        : Optional.empty();
  }
}
