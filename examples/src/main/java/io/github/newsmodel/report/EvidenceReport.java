package io.github.newsmodel.report;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders documents as one self-contained HTML page: per article its metadata, summary tables of
 * officials, meetings and agreements, and its text with every value highlighted where it was read
 * (nested where values overlap), plus a side panel that shows the field, rule and confidence of
 * the highlight under the pointer (and of the highlights around it). A click on a table row marks
 * that entity's highlights.
 *
 * <pre>{@code
 * String html = EvidenceReport.create().render(documents, List.of());
 * Files.writeString(Path.of("report.html"), html);
 * }</pre>
 *
 * <p>The page needs nothing outside itself: inline CSS and one small inline script, allowed by a
 * Content-Security-Policy that names them by hash and allows nothing else. Every piece of article
 * text and every value is escaped. The same input gives the same bytes. Immutable and thread-safe.
 */
public final class EvidenceReport {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  /**
   * The Content-Security-Policy of the page: no source of any kind but the page's own style sheet
   * and script, named by their SHA-256 hashes.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + hash(CSS)
      + "'; script-src '" + hash(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

  private final String title;

  private EvidenceReport(String title) {
    this.title = title;
  }

  /**
   * A failed input, listed at the end of the report.
   *
   * @param source the input's {@code source.id}
   * @param code the error code
   * @param message the error message
   */
  public record Failure(String source, String code, String message) {}

  /**
   * Returns a renderer with the default page title.
   *
   * @return the renderer
   */
  public static EvidenceReport create() {
    return new EvidenceReport("newsmodel evidence report");
  }

  /**
   * Returns a copy with another page title.
   *
   * @param title the title, shown in the page heading and the browser tab
   * @return the new renderer
   */
  public EvidenceReport withTitle(String title) {
    return new EvidenceReport(Objects.requireNonNull(title, "title"));
  }

  /**
   * Renders the page.
   *
   * @param documents the documents, in the order to show them
   * @param failures the inputs that could not be parsed
   * @return the HTML page
   */
  public String render(List<NewsDocument> documents, List<Failure> failures) {
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(escape(CONTENT_SECURITY_POLICY))
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"newsmodel\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    header(out, documents, failures);
    out.append("<main>\n");
    for (int i = 0; i < documents.size(); i++) {
      new ArticleSection(documents.get(i), "d" + (i + 1), out).render();
    }
    if (!failures.isEmpty()) {
      out.append("<section class=\"article failures\" id=\"failures\">\n<h2>Inputs that failed</h2>\n<ul>\n");
      for (Failure failure : failures) {
        out.append("<li><code>").append(escape(failure.source())).append("</code> ")
            .append(escape(failure.code())).append(": ").append(escape(failure.message())).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    out.append("</main>\n<aside id=\"panel\">\n<h2>Evidence</h2>\n<div id=\"panel-body\"><p class=\"hint\">")
        .append("Point at a highlight to see its field, rule and confidence; click it to pin it. Click a table ")
        .append("row to mark that entity&#39;s highlights.</p></div>\n</aside>\n")
        .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(StringBuilder out, List<NewsDocument> documents, List<Failure> failures) {
    int officials = 0;
    int meetings = 0;
    int agreements = 0;
    for (NewsDocument doc : documents) {
      officials += doc.officials().size();
      meetings += doc.meetings().size();
      agreements += doc.agreements().size();
    }
    out.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"totals\">")
        .append(count(documents.size(), "article")).append(" · ").append(count(officials, "official"))
        .append(" · ").append(count(meetings, "meeting")).append(" · ").append(count(agreements, "agreement"))
        .append(" · ").append(failures.size()).append(" failed</p>\n<ul class=\"legend\">");
    for (HighlightKind kind : HighlightKind.values()) {
      out.append("<li class=\"k-").append(kind.cssName()).append("\">").append(kind.cssName()).append("</li>");
    }
    out.append("</ul>\n");
    if (documents.isEmpty()) {
      out.append("<p class=\"none\">No articles.</p>\n");
    } else {
      out.append("<nav><ol>\n");
      for (int i = 0; i < documents.size(); i++) {
        out.append("<li><a href=\"#d").append(i + 1).append("\">").append(escape(documents.get(i).source().id()))
            .append("</a></li>\n");
      }
      out.append("</ol></nav>\n");
    }
    out.append("</header>\n");
  }

  /** One article's section; used once. */
  private static final class ArticleSection {
    private final NewsDocument doc;
    private final String prefix;
    private final StringBuilder out;
    private final Map<String, String> names = new HashMap<>();

    ArticleSection(NewsDocument doc, String prefix, StringBuilder out) {
      this.doc = doc;
      this.prefix = prefix;
      this.out = out;
      doc.officials().forEach(official -> names.put(official.id(), official.name()));
    }

    void render() {
      out.append("<section class=\"article\" id=\"").append(prefix).append("\">\n<h2>")
          .append(escape(doc.source().id())).append("</h2>\n");
      metadata();
      officials();
      meetings();
      agreements();
      out.append("<h3>Text</h3>\n<div class=\"text\">");
      text();
      out.append("</div>\n");
      outsideText();
      warnings();
      out.append("</section>\n");
    }

    private void metadata() {
      Article article = doc.article();
      out.append("<dl class=\"meta\">\n");
      meta("headline", article.headline());
      meta("byline", article.byline());
      meta("outlet", article.outlet());
      meta("published", article.published().map(Object::toString));
      meta("dateline", article.dateline().map(d -> join(List.of(d.city(), d.country()))));
      meta("language", article.language());
      out.append("<dt>source</dt><dd>");
      Optional<String> uri = doc.source().uri();
      if (uri.isPresent() && isWebAddress(uri.get())) {
        out.append("<a href=\"").append(escape(uri.get())).append("\" rel=\"noopener noreferrer\">")
            .append(escape(uri.get())).append("</a>");
      } else {
        out.append(escape(uri.orElse("-")));
      }
      out.append(" (").append(escape(doc.source().mediaType())).append(", ").append(doc.text().length())
          .append(" characters)</dd>\n</dl>\n");
    }

    private void meta(String label, Optional<String> value) {
      out.append("<dt>").append(label).append("</dt><dd>").append(escape(value.orElse("-"))).append("</dd>\n");
    }

    private void officials() {
      out.append("<h3>Officials</h3>\n");
      if (doc.officials().isEmpty()) {
        out.append("<p class=\"none\">No officials found.</p>\n");
        return;
      }
      tableHead("name", "honorifics", "titles", "organization", "country", "mentions", "evidence");
      for (int i = 0; i < doc.officials().size(); i++) {
        Official official = doc.officials().get(i);
        row(prefix + "-o" + i, official.name(), String.join(", ", official.honorifics()),
            String.join("; ", official.titles()), official.organization().orElse("-"),
            official.country().orElse("-"), String.valueOf(official.mentions().size()),
            String.valueOf(official.evidence().size()));
      }
      out.append("</tbody></table>\n");
    }

    private void meetings() {
      out.append("<h3>Meetings</h3>\n");
      if (doc.meetings().isEmpty()) {
        out.append("<p class=\"none\">No meetings found.</p>\n");
        return;
      }
      tableHead("id", "participants", "date", "location", "status", "mode", "assertion", "topics");
      for (int i = 0; i < doc.meetings().size(); i++) {
        Meeting meeting = doc.meetings().get(i);
        row(prefix + "-m" + i, meeting.id(), namesOf(meeting.participants()),
            meeting.date().map(Object::toString).orElse("-"), meeting.location().map(EvidenceReport::place).orElse("-"),
            meeting.status().jsonName(), meeting.mode().map(m -> m.toString().toLowerCase(Locale.ROOT)).orElse("-"),
            meeting.assertion().toString().toLowerCase(Locale.ROOT), String.join("; ", meeting.topics()));
      }
      out.append("</tbody></table>\n");
    }

    private void agreements() {
      out.append("<h3>Agreements</h3>\n");
      if (doc.agreements().isEmpty()) {
        out.append("<p class=\"none\">No agreements found.</p>\n");
        return;
      }
      tableHead("id", "kind", "parties", "signatories", "subject", "status", "meeting", "assertion");
      for (int i = 0; i < doc.agreements().size(); i++) {
        Agreement agreement = doc.agreements().get(i);
        row(prefix + "-a" + i, agreement.id(), agreement.kind().label(), String.join(", ", agreement.parties()),
            namesOf(agreement.signatories()), agreement.subject().orElse("-"), agreement.status().jsonName(),
            agreement.meeting().orElse("-"), agreement.assertion().toString().toLowerCase(Locale.ROOT));
      }
      out.append("</tbody></table>\n");
    }

    private void text() {
      String text = doc.text();
      for (HighlightLayout.Step step : HighlightLayout.layout(text.length(), Highlights.of(doc, prefix))) {
        if (step instanceof HighlightLayout.Text piece) {
          out.append(escape(text.substring(piece.start(), piece.end())));
        } else if (step instanceof HighlightLayout.Open open) {
          mark(open.highlight());
        } else {
          out.append("</mark>");
        }
      }
    }

    private void mark(Highlight highlight) {
      String kind = highlight.kind().cssName();
      String confidence = confidence(highlight.confidence());
      out.append("<mark class=\"hl k-").append(kind).append("\" data-kind=\"").append(kind)
          .append("\" data-ref=\"").append(escape(highlight.ref()))
          .append("\" data-entity=\"").append(escape(highlight.entity()))
          .append("\" data-field=\"").append(escape(highlight.field()))
          .append("\" data-rule=\"").append(escape(highlight.rule()))
          .append("\" data-confidence=\"").append(confidence)
          .append("\" data-span=\"").append(highlight.start()).append('\u2013').append(highlight.end());
      highlight.selector().ifPresent(selector -> out.append("\" data-selector=\"").append(escape(selector)));
      out.append("\" title=\"").append(escape(kind + " \u00b7 " + highlight.entity() + " \u00b7 " + highlight.field()
              + " \u00b7 " + highlight.rule() + " \u00b7 " + confidence))
          .append("\">");
    }

    /** Evidence read from markup rather than from the text (JSON-LD, meta, URL) cannot be highlighted. */
    private void outsideText() {
      List<String[]> rows = new ArrayList<>();
      collectOutsideText("article", doc.article().evidence(), rows);
      doc.officials().forEach(o -> collectOutsideText("official " + o.name(), o.evidence(), rows));
      doc.meetings().forEach(m -> collectOutsideText("meeting " + m.id(), m.evidence(), rows));
      doc.agreements().forEach(a -> collectOutsideText("agreement " + a.id(), a.evidence(), rows));
      if (rows.isEmpty()) {
        return;
      }
      out.append("<h3>Values read from markup</h3>\n");
      tableHead("entity", "field", "value", "rule", "confidence", "selector");
      for (String[] cells : rows) {
        row(null, cells);
      }
      out.append("</tbody></table>\n");
    }

    private static void collectOutsideText(String entity, List<Evidence> evidence, List<String[]> rows) {
      for (Evidence item : evidence) {
        if (item.span().isEmpty()) {
          rows.add(new String[] {entity, item.field(), item.exact(), item.rule(),
              confidence(OptionalDouble.of(item.confidence())),
              item.html().map(html -> html.selector()).orElse("-")});
        }
      }
    }

    private void warnings() {
      if (doc.warnings().isEmpty()) {
        return;
      }
      out.append("<h3>Warnings</h3>\n<ul class=\"warnings\">\n");
      for (Warning warning : doc.warnings()) {
        out.append("<li><code>").append(escape(warning.code())).append("</code> ").append(escape(warning.message()));
        if (warning.start().isPresent()) {
          out.append(" [").append(warning.start().getAsInt()).append('\u2013').append(warning.end().getAsInt())
              .append(')');
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }

    private void tableHead(String... columns) {
      out.append("<table><thead><tr>");
      for (String column : columns) {
        out.append("<th>").append(column).append("</th>");
      }
      out.append("</tr></thead><tbody>\n");
    }

    private void row(String ref, String... cells) {
      out.append(ref == null ? "<tr>" : "<tr data-ref=\"" + escape(ref) + "\">");
      for (String cell : cells) {
        out.append("<td>").append(escape(cell.isEmpty() ? "-" : cell)).append("</td>");
      }
      out.append("</tr>\n");
    }

    private String namesOf(List<String> officialIds) {
      List<String> written = new ArrayList<>();
      officialIds.forEach(id -> written.add(names.getOrDefault(id, id)));
      return String.join(", ", written);
    }
  }

  private static String place(Location location) {
    return join(List.of(location.venue(), location.city(), location.country()));
  }

  private static String join(List<Optional<String>> parts) {
    List<String> present = new ArrayList<>();
    parts.forEach(part -> part.ifPresent(present::add));
    return present.isEmpty() ? "-" : String.join(", ", present);
  }

  private static String confidence(OptionalDouble confidence) {
    return confidence.isPresent() ? String.format(Locale.ROOT, "%.2f", confidence.getAsDouble()) : "-";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Only web addresses become links: never {@code javascript:}, {@code data:} or {@code file:}. */
  static boolean isWebAddress(String uri) {
    String lower = uri.strip().toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && uri.equals(uri.strip());
  }

  /**
   * Escapes text for HTML element content and double-quoted attribute values.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  private static String resource(String name) {
    try (InputStream in = EvidenceReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
