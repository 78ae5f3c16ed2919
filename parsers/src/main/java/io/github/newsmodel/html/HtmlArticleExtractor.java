package io.github.newsmodel.html;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a parsed HTML page and turns it into the reader's text with structure and
 * metadata. Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
  private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "figcaption", "pre", "td", "th", "dd", "dt");

  /**
   * Extracts the article of a page.
   *
   * @param page the parsed page
   * @param hints the caller's hints
   * @param warnings where to report anomalies
   * @return text, structure and locator
   */
  public HtmlExtraction extract(Document page, ParseHints hints, WarningSink warnings) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    List<Span> paragraphs = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    Element body = page.body();
    for (Element element : body.getAllElements()) {
      if (!BLOCK_TAGS.contains(element.normalName()) || hasBlockAncestor(element, body)) {
        continue;
      }
      String blockText = element.text().strip();
      if (blockText.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      Span span = Span.of(text.length(), text.length() + blockText.length());
      text.append(blockText);
      blocks.add(Block.of(BlockKind.PARAGRAPH, span));
      paragraphs.add(span);
      spans.add(span);
      elements.add(element);
    }
    Article.Builder article = Article.builder().addAllBlocks(blocks);
    if (!paragraphs.isEmpty()) {
      article.addSections(Section.builder().addAllParagraphs(paragraphs).build());
    } else {
      warnings.warn("html.no_text", "the page has no visible text blocks");
    }
    return new HtmlExtraction(text.toString(), article.build(), (start, end) -> {
      for (int i = 0; i < spans.size(); i++) {
        Span span = spans.get(i);
        if (span.start() <= start && end <= span.end()) {
          return Optional.of(HtmlLocator.builder().selector(elements.get(i).cssSelector()).build());
        }
      }
      return Optional.empty();
    });
  }

  private static boolean hasBlockAncestor(Element element, Element body) {
    for (Element parent = element.parent(); parent != null && parent != body; parent = parent.parent()) {
      if (BLOCK_TAGS.contains(parent.normalName())) {
        return true;
      }
    }
    return false;
  }
}
