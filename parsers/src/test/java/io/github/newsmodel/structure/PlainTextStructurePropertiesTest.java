package io.github.newsmodel.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import io.github.newsmodel.testing.TextGenerators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainTextStructurePropertiesTest {
  private static final PlainTextStructureAnalyzer ANALYZER = new PlainTextStructureAnalyzer();
  private static final Set<BlockKind> METADATA = EnumSet.of(BlockKind.HEADLINE, BlockKind.BYLINE,
      BlockKind.DATELINE, BlockKind.CREDIT, BlockKind.FOOTER, BlockKind.REFERENCE);

  private static Article analyze(String text) {
    return ANALYZER.analyze(text, ParseHints.none(), new WarningSink(20));
  }

  @Test
  void blocksAndSectionsLieInsideTheTextAndMetadataNeverOverlapsTheBody() {
    qt().forAll(TextGenerators.articleTexts()).checkAssert(text -> {
      Article article = analyze(text);
      int previousEnd = 0;
      for (Block block : article.blocks()) {
        assertThat(block.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(block.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(block.start());
        previousEnd = block.end();
      }
      List<Span> body = new ArrayList<>();
      for (Section section : article.sections()) {
        section.heading().ifPresent(body::add);
        body.addAll(section.paragraphs());
      }
      for (Span span : body) {
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        for (Block block : article.blocks()) {
          if (METADATA.contains(block.kind())) {
            assertThat(span.overlaps(block.span())).as("%s overlaps %s", span, block).isFalse();
          }
        }
      }
      for (Evidence evidence : article.evidence()) {
        int start = evidence.start().orElseThrow();
        int end = evidence.end().orElseThrow();
        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(evidence.exact()).isEqualTo(text.substring(start, end));
      }
    });
  }

  @Test
  void crlfAndLfInputGiveTheSameValues() {
    qt().forAll(TextGenerators.articleTexts()).checkAssert(text -> {
      String lf = text.replace("\r\n", "\n");
      Article a = analyze(lf);
      Article b = analyze(TextGenerators.crlf(lf));
      assertThat(b.headline()).isEqualTo(a.headline());
      assertThat(b.byline()).isEqualTo(a.byline());
      assertThat(b.outlet()).isEqualTo(a.outlet());
      assertThat(b.dateline()).isEqualTo(a.dateline());
      assertThat(b.published()).isEqualTo(a.published());
      assertThat(b.language()).isEqualTo(a.language());
      assertThat(b.blocks().stream().map(Block::kind).toList())
          .isEqualTo(a.blocks().stream().map(Block::kind).toList());
      assertThat(b.sections().size()).isEqualTo(a.sections().size());
    });
  }
}
