package io.github.newsmodel.html.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of HTML pages built from small parts: words (some written with character
 * references), sentences, inline markup, blocks (paragraphs, headings, lists, quotes, captions,
 * share bars, broken tags) and page heads (titles, meta tags, valid and broken JSON-LD).
 */
public final class HtmlGenerators {
  private static final List<String> WORDS = List.of("the", "council", "approved", "harbour", "ferry", "caf&eacute;",
      "Smith&nbsp;&amp;&nbsp;Sons", "town&#8217;s", "&lt;oak&gt;", "Bäckerei", "schließt", "Grüße", "&quot;quoted&quot;",
      "2021", "12.05.2020", "May", "&#x1F600;", "naïve", "co&shy;operation", "—", "&mdash;", "x&#x27;y", "Ünïcödé",
      "&copy;", "A&amp;B", "&amp", "&unknown;", "line\nbreak", "tab\tbed", "  spaced  ");
  private static final List<String> INLINE = List.of("%s", "<em>%s</em>", "<strong>%s</strong>",
      "<a href=\"/x\">%s</a>", "<span class=\"x\">%s</span>", "<b><i>%s</i></b>", "%s<br>");

  private HtmlGenerators() {}

  /**
   * Returns words, some with character references and odd white space.
   *
   * @return the generator
   */
  public static Gen<String> words() {
    return Generate.pick(WORDS);
  }

  /**
   * Returns sentences of 3 to 16 words, some wrapped in inline markup.
   *
   * @return the generator
   */
  public static Gen<String> sentences() {
    Gen<String> word = words().zip(Generate.pick(INLINE), (w, wrap) -> String.format(wrap, w));
    return lists().of(word).ofSizeBetween(3, 16).map(ws -> String.join(" ", ws) + ".");
  }

  /**
   * Returns blocks: paragraphs, headings, lists, quotes, figures, share bars, broken markup.
   *
   * @return the generator
   */
  public static Gen<String> blocks() {
    Gen<String> text = lists().of(sentences()).ofSizeBetween(1, 4).map(s -> String.join(" ", s));
    return text.zip(Generate.range(0, 11), (t, kind) -> switch (kind) {
      case 0, 1, 2, 3 -> "<p>" + t + "</p>";
      case 4 -> "<h2>" + t + "</h2>";
      case 5 -> "<ul><li>" + t + "</li><li><a href=\"/a\">" + t + "</a></li></ul>";
      case 6 -> "<blockquote>" + t + "</blockquote>";
      case 7 -> "<figure><img src=\"a.jpg\"><figcaption>" + t + "</figcaption></figure>";
      case 8 -> "<div class=\"share-buttons\"><a href=\"#\">Share</a> " + t + "</div>";
      case 9 -> "<p>" + t;
      default -> "<div><span>" + t + "</div></span><p hidden>" + t + "</p>";
    });
  }

  /**
   * Returns page heads: nothing, a title, meta tags, JSON-LD (valid or broken).
   *
   * @return the generator
   */
  public static Gen<String> heads() {
    return Generate.pick(List.of(
        "",
        "<title>Harbour news | Gazette</title>",
        "<meta property=\"og:title\" content=\"Harbour news\"><meta property=\"article:published_time\" "
            + "content=\"2024-05-14T09:30:00+01:00\"><meta name=\"author\" content=\"By Mara Collins\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry\","
            + "\"author\":{\"name\":\"Jo\"},\"datePublished\":\"2020-01-02\"}</script>",
        "<script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\", \"author\": ]</script>",
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@id\":\"#p\",\"name\":\"Ann\"},"
            + "{\"@type\":\"Article\",\"author\":{\"@id\":\"#p\"}}]}</script>",
        "<meta charset=\"utf-8\"><link rel=\"canonical\" href=\"https://x.example/2021/03/04/story/\">"));
  }

  /**
   * Returns whole pages: a head, a headline and 1 to 12 blocks, sometimes wrapped in article or
   * navigation markup.
   *
   * @return the generator
   */
  public static Gen<String> pages() {
    Gen<String> body = lists().of(blocks()).ofSizeBetween(1, 12).map(b -> String.join("\n", b));
    return heads().zip(sentences(), body, Generate.range(0, 3), (head, title, blocks, wrap) -> {
      String inner = "<h1>" + title + "</h1>\n" + blocks;
      String wrapped = switch (wrap) {
        case 0 -> "<article>" + inner + "</article>";
        case 1 -> "<nav><a href=\"/\">Home</a></nav><div class=\"entry-content\">" + inner + "</div>";
        case 2 -> "<div><div><div>" + inner + "</div></div></div><aside class=\"sidebar\">" + blocks + "</aside>";
        default -> inner;
      };
      return "<!DOCTYPE html><html><head>" + head + "</head><body>" + wrapped + "</body></html>";
    });
  }
}
