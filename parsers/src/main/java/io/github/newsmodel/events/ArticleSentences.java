package io.github.newsmodel.events;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateNormalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The analyses of an article's sentences that the meetings and agreements stages both read: the
 * tokenized sentences, the reference date, each sentence's dates and each sentence's modal frame
 * cue. Made once per parse through {@link AnalysisContext#shared}, each part on first use; not
 * shared between threads.
 */
public final class ArticleSentences {
  private static final AnalysisContext.Shared<ArticleSentences> SHARED =
      AnalysisContext.Shared.of(ArticleSentences.class, ArticleSentences::new);

  private final String text;
  private final List<EventSentence> sentences;
  private final Optional<LocalDate> reference;
  private final List<?>[] dates;
  private final Object[] frames;

  private ArticleSentences(AnalysisContext context) {
    this.text = context.text();
    this.sentences = EventSentence.of(context);
    this.reference = ReferenceDate.of(context);
    this.dates = new List<?>[sentences.size()];
    this.frames = new Object[sentences.size()];
  }

  /**
   * Returns the shared sentence analyses of an article.
   *
   * @param context the article being analysed
   * @return its sentence analyses
   */
  public static ArticleSentences of(AnalysisContext context) {
    return context.shared(SHARED);
  }

  /**
   * Returns the tokenized sentences of the content blocks.
   *
   * @return the sentences, in text order
   */
  public List<EventSentence> sentences() {
    return sentences;
  }

  /**
   * Returns the date that relative dates resolve against (see {@link ReferenceDate}).
   *
   * @return the reference date, or empty when the article gives none
   */
  public Optional<LocalDate> reference() {
    return reference;
  }

  /**
   * Returns the dates of one sentence, resolved against the reference date.
   *
   * @param sentence one of {@link #sentences()}
   * @return the dates in text order
   */
  @SuppressWarnings("unchecked")
  public List<DateMention> dates(EventSentence sentence) {
    int i = sentence.index();
    if (dates[i] == null) {
      dates[i] = DateNormalizer.instance().find(text, sentence.span(), reference);
    }
    return (List<DateMention>) dates[i];
  }

  /**
   * Returns the modal frame cue of one sentence (see {@link ModalityReader#frameCue}).
   *
   * @param sentence one of {@link #sentences()}
   * @return the cue's span, or empty when the sentence sets no frame
   */
  @SuppressWarnings("unchecked")
  public Optional<Span> frameCue(EventSentence sentence) {
    int i = sentence.index();
    if (frames[i] == null) {
      frames[i] = ModalityReader.instance().frameCue(sentence);
    }
    return (Optional<Span>) frames[i];
  }
}
