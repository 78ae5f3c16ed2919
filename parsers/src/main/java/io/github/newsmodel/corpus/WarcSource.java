package io.github.newsmodel.corpus;

import io.github.newsmodel.model.ErrorInfo;
import io.github.newsmodel.parse.ParseHints;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles of a WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc): one per
 * {@code response} record of a successful (2xx) HTTP capture of an HTML page. The target URI
 * becomes {@code source.uri}, {@code source.id} is {@code <path>#<WARC-Record-ID>} (or
 * {@code <path>#<record offset>} without one), and the article's bytes are the HTTP payload with
 * transfer and content encodings removed. Other records (requests, metadata, revisits, redirects,
 * images) are passed over.
 */
final class WarcSource implements RecordSource {
  private static final String HTTP_RESPONSE = "application/http";

  private final CorpusInput input;
  private final long maxBytes;
  private final AtomicLong counter;
  private InputStream in;
  private WarcReader reader;
  private boolean done;

  WarcSource(CorpusInput input, long maxBytes, AtomicLong counter) {
    this.input = input;
    this.maxBytes = maxBytes;
    this.counter = counter;
  }

  @Override
  public ArticleRecord next() {
    if (done) {
      return null;
    }
    try {
      if (reader == null) {
        in = InputStreams.open(input, counter, false);
        reader = new WarcReader(in);
        reader.setLenient(true);
      }
      while (true) {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          close();
          return null;
        }
        if (record.get() instanceof WarcResponse response) {
          try {
            if (isHttp(response)) {
              HttpResponse http = response.http();
              if (http.status() >= 200 && http.status() < 300 && isHtml(http.contentType())) {
                return article(response, http);
              }
            }
          } catch (IOException | RuntimeException e) {
            // One malformed record (bad HTTP head, bad media type): report it, keep reading the file.
            String id = input.id() + "#" + recordId(response);
            return ArticleRecord.failed(id, InputFormat.HTML, target(response),
                ErrorInfo.of(ReadFailures.CORRUPT, "malformed WARC record " + id + ": " + e.getMessage()));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      close();
      ErrorInfo failure = e instanceof IOException io ? ReadFailures.of(input.id(), io)
          : ErrorInfo.of(ReadFailures.CORRUPT, "not a valid WARC file " + input.id() + ": " + e);
      return ArticleRecord.failed(input.id(), InputFormat.WARC, Optional.empty(), failure);
    }
  }

  private ArticleRecord article(WarcResponse response, HttpResponse http) {
    String id = input.id() + "#" + recordId(response);
    Optional<String> target = target(response);
    try {
      Optional<byte[]> payload = ReadFailures.readAtMost(http.bodyDecoded().stream(), maxBytes);
      if (payload.isEmpty()) {
        return ArticleRecord.failed(id, InputFormat.HTML, target, ReadFailures.tooLarge(maxBytes));
      }
      return ArticleRecord.article(id, InputFormat.HTML, payload.get(),
          ParseHints.none().withUri(target.orElse(null)), List.of());
    } catch (IOException | RuntimeException e) {
      return ArticleRecord.failed(id, InputFormat.HTML, target,
          ErrorInfo.of(ReadFailures.CORRUPT, "cannot decode the payload of " + id + ": " + e.getMessage()));
    }
  }

  private static boolean isHttp(WarcResponse response) {
    return HTTP_RESPONSE.equals(baseType(response.contentType()));
  }

  private static boolean isHtml(MediaType type) {
    String base = baseType(type);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String baseType(MediaType type) {
    return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
  }

  private static String recordId(WarcRecord record) {
    try {
      URI id = record.id();
      if (id != null) {
        return id.toString();
      }
    } catch (RuntimeException e) {
      // a missing or malformed WARC-Record-ID: the offset identifies the record instead
    }
    return Long.toString(record.position());
  }

  private static Optional<String> target(WarcResponse response) {
    try {
      return Optional.ofNullable(response.target()).filter(uri -> !uri.isBlank());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    done = true;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // the file was read or given up on
      }
      reader = null;
    }
    InputStreams.closeQuietly(in);
    in = null;
  }
}
