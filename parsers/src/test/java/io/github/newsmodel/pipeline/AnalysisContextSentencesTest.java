package io.github.newsmodel.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.structure.PlainTextStructureAnalyzer;
import io.github.newsmodel.testing.TextGenerators;
import io.github.newsmodel.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The context splits each block once, into a list of its own reused from block to block: every
 * block's sentences must still be what the splitter gives, and the article's sentences those of
 * its content blocks one after another.
 */
class AnalysisContextSentencesTest {
  private static final PlainTextStructureAnalyzer STRUCTURE = new PlainTextStructureAnalyzer();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.instance();

  @Test
  void sentencesAreTheSplitterSentencesOfEachBlock() {
    qt().forAll(TextGenerators.articleTexts()).checkAssert(text -> {
      WarningSink warnings = new WarningSink(20);
      Article article = STRUCTURE.analyze(text, ParseHints.none(), warnings);
      AnalysisContext context = new AnalysisContext(text, article, ParseHints.none(), warnings);
      List<Span> expected = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (Block block : article.blocks()) {
        List<Span> split = SPLITTER.split(text, block.span());
        assertThat(context.sentencesOf(block.span())).isEqualTo(split);
        if (block.kind() == BlockKind.HEADLINE || block.kind() == BlockKind.HEADING
            || block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.LIST_INTRO) {
          content.add(block.span());
          expected.addAll(split);
        }
      }
      assertThat(context.contentBlocks()).isEqualTo(content);
      assertThat(context.sentences()).isEqualTo(expected);
      for (Block block : article.blocks()) {
        assertThat(context.sentencesOf(block.span())).isSameAs(context.sentencesOf(block.span()));
      }
    });
  }

  @Test
  void aSpanThatIsNoBlockIsSplitAndKeptToo() {
    qt().forAll(TextGenerators.articleTexts()).checkAssert(text -> {
      WarningSink warnings = new WarningSink(20);
      Article article = STRUCTURE.analyze(text, ParseHints.none(), warnings);
      AnalysisContext context = new AnalysisContext(text, article, ParseHints.none(), warnings);
      List<Span> spans = new ArrayList<>(List.of(Span.of(0, text.length()), Span.of(text.length() / 3, text.length())));
      for (Block block : article.blocks()) {
        spans.add(Span.of(block.start(), (block.start() + block.end()) / 2));
        spans.add(block.span());
      }
      for (Span span : spans) {
        assertThat(context.sentencesOf(span)).isEqualTo(SPLITTER.split(text, span));
        assertThat(context.sentencesOf(span)).isSameAs(context.sentencesOf(span));
      }
    });
  }

  @Test
  void theListsAreImmutable() {
    String text = "Headline Of The Day\n\nOne. Two. Three.\n\nFour.\n\nFive. Six.";
    WarningSink warnings = new WarningSink(20);
    Article article = STRUCTURE.analyze(text, ParseHints.none(), warnings);
    AnalysisContext context = new AnalysisContext(text, article, ParseHints.none(), warnings);
    for (Block block : article.blocks()) {
      List<Span> split = context.sentencesOf(block.span());
      assertThatThrownBy(() -> split.add(Span.of(0, 1))).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThatThrownBy(() -> context.sentences().add(Span.of(0, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(context.sentences()).hasSize(6);
  }

  @Test
  void splittingIntoAListAddsToWhatItHolds() {
    String text = "One. Two. Three.";
    List<Span> into = new ArrayList<>(List.of(Span.of(0, 1)));
    SPLITTER.split(text, 0, text.length(), into);
    List<Span> expected = new ArrayList<>(List.of(Span.of(0, 1)));
    expected.addAll(SPLITTER.split(text, 0, text.length()));
    assertThat(into).isEqualTo(expected);
  }
}
