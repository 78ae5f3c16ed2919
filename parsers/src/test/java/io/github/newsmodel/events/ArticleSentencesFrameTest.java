package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.pipeline.WarningSink;
import io.github.newsmodel.structure.PlainTextStructureAnalyzer;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The frame that hedges a sentence, asked for when needed ({@link ArticleSentences#frameBefore}), is
 * the one a reader going through the sentences in order would hold: the first frame cue of the
 * sentence's block before it.
 */
class ArticleSentencesFrameTest {
  /** Sentences with and without a frame cue. */
  private static final String[] SENTENCES = {"The minister met his counterpart in Doha.",
      "Observers anticipate a second round of talks.", "Both sides discussed trade and energy.",
      "Looking ahead, the talks may resume in May.", "Analysts expect a deal.", "The delegation left on Monday.",
      "Experts suggest that the meeting was tense.", "They signed a memorandum of understanding."};

  /** The frame of each sentence as the readers held it: reset at each block, kept once found. */
  private static List<Optional<Span>> framesInOrder(ArticleSentences analysed) {
    List<Optional<Span>> frames = new ArrayList<>();
    Optional<Span> frame = Optional.empty();
    int block = -1;
    for (EventSentence sentence : analysed.sentences()) {
      if (sentence.block() != block) {
        block = sentence.block();
        frame = Optional.empty();
      }
      frames.add(frame);
      if (frame.isEmpty()) {
        frame = analysed.frameCue(sentence);
      }
    }
    return frames;
  }

  /** An article of the picked sentences after a headline; a pick past the sentences ends the paragraph. */
  private static String articleOf(List<Integer> picks) {
    StringBuilder text = new StringBuilder("A headline for the test\n\n");
    for (int pick : picks) {
      text.append(pick == SENTENCES.length ? "\n\n" : SENTENCES[pick] + " ");
    }
    return text.toString();
  }

  private static ArticleSentences analyse(String text) {
    MatchText match = MatchText.of(text);
    WarningSink warnings = new WarningSink(100);
    Article article = new PlainTextStructureAnalyzer().analyze(match, ParseHints.none(), warnings);
    return ArticleSentences.of(new AnalysisContext(match, article, ParseHints.none(), warnings));
  }

  @Test
  void theFrameAskedForIsTheOneReadInOrder() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, SENTENCES.length)).ofSizeBetween(1, 30),
        SourceDSL.longs().all()).checkAssert((picks, seed) -> {
          String article = articleOf(picks);
          List<Optional<Span>> expected = framesInOrder(analyse(article));
          // Asked by two readers in turn, each for some sentences in text order, as the meeting
          // and agreement readers ask.
          ArticleSentences analysed = analyse(article);
          Random random = new Random(seed);
          for (int reader = 0; reader < 2; reader++) {
            for (EventSentence sentence : analysed.sentences()) {
              if (random.nextInt(3) > 0) {
                assertThat(analysed.frameBefore(sentence)).as(article).isEqualTo(expected.get(sentence.index()));
              }
            }
          }
        });
  }

  @Test
  void theFrameDoesNotDependOnTheOrderOfQuestions() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, SENTENCES.length)).ofSizeBetween(1, 30),
        SourceDSL.longs().all()).checkAssert((picks, seed) -> {
          String article = articleOf(picks);
          List<Optional<Span>> expected = framesInOrder(analyse(article));
          // Sentences asked for at random, backwards and forwards, within a block and across blocks.
          ArticleSentences analysed = analyse(article);
          List<EventSentence> sentences = analysed.sentences();
          Random random = new Random(seed);
          for (int k = 0; k < 3 * sentences.size(); k++) {
            EventSentence sentence = sentences.get(random.nextInt(sentences.size()));
            assertThat(analysed.frameBefore(sentence)).as(article).isEqualTo(expected.get(sentence.index()));
          }
        });
  }

  @Test
  void aFrameHedgesTheLaterSentencesOfItsBlockOnly() {
    ArticleSentences analysed = analyse("A headline for the test\n\nThe minister met his counterpart. Observers "
        + "anticipate a second round. Both sides discussed trade.\n\nThe delegation left on Monday.\n");
    List<EventSentence> sentences = analysed.sentences();
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(4);
    int framed = 0;
    for (EventSentence sentence : sentences) {
      framed += analysed.frameBefore(sentence).isPresent() ? 1 : 0;
    }
    assertThat(framed).isEqualTo(1);
    assertThat(analysed.frameBefore(sentences.get(sentences.size() - 2))).isPresent();
    assertThat(analysed.frameBefore(sentences.get(sentences.size() - 1))).isEmpty();
  }
}
