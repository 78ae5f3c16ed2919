package io.github.newsmodel.structure;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import io.github.newsmodel.text.TextSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the structure of a plain-text article: its blocks (paragraphs, headings, ...), the body
 * sections, and the metadata the text states about itself. Stateless and thread-safe.
 */
public final class PlainTextStructureAnalyzer {

  /**
   * Analyses a plain-text article.
   *
   * @param text the text as decoded
   * @param hints the caller's hints
   * @param warnings where to report anomalies
   * @return the article structure and metadata, with evidence
   */
  public Article analyze(String text, ParseHints hints, WarningSink warnings) {
    List<Block> blocks = new ArrayList<>();
    List<Span> paragraphs = new ArrayList<>();
    for (Span line : TextSpans.lines(text)) {
      Span trimmed = TextSpans.trim(text, line.start(), line.end());
      if (trimmed.length() == 0) {
        continue;
      }
      blocks.add(Block.of(BlockKind.PARAGRAPH, trimmed));
      paragraphs.add(trimmed);
    }
    Article.Builder article = Article.builder().addAllBlocks(blocks);
    if (!paragraphs.isEmpty()) {
      article.addSections(Section.builder().addAllParagraphs(paragraphs).build());
    } else {
      warnings.warn("text.empty", "the input has no text");
    }
    return article.build();
  }
}
