package io.github.newsmodel.events;

import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.temporal.DateMention;
import io.github.newsmodel.temporal.DateScanner;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

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
  /** The folded text, from which the date scanner reads its tokens. */
  private final String folded;
  private final List<EventSentence> sentences;
  private final Optional<LocalDate> reference;
  private final List<?>[] dates;
  private final Object[] frames;
  /**
   * What {@link #frameBefore} knows of the block last asked about: its index (-1 before the first
   * question), the sentence before which its frame cues have been looked up (from its first), and
   * the first sentence among those with a frame cue (-1 for none).
   */
  private int frameBlock = -1;
  private int frameCheckedTo;
  private int frameFirst;
  /** Scans the sentences for dates, reusing its token arrays from one sentence to the next. */
  private DateScanner dateScanner;

  private ArticleSentences(AnalysisContext context) {
    this.text = context.text();
    this.folded = context.folded();
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
   * Returns the dates of one sentence, resolved against the reference date. The sentence is
   * scanned for dates when the list is first read, so sentences whose dates no stage reads are
   * never scanned; nor is a sentence that surely holds none ({@link EventSentence#mayHoldDate()}).
   *
   * @param sentence one of {@link #sentences()}
   * @return the dates in text order
   */
  public List<DateMention> dates(EventSentence sentence) {
    if (!sentence.mayHoldDate()) {
      return List.of();
    }
    int i = sentence.index();
    if (dates[i] == null) {
      dates[i] = new SentenceDates(sentence.span());
    }
    @SuppressWarnings("unchecked")
    List<DateMention> found = (List<DateMention>) dates[i];
    return found;
  }

  /** The dates of one sentence, found on first read. */
  private final class SentenceDates extends AbstractList<DateMention> implements RandomAccess {
    private final Span span;
    private List<DateMention> found;

    SentenceDates(Span span) {
      this.span = span;
    }

    private List<DateMention> found() {
      if (found == null) {
        if (dateScanner == null) {
          dateScanner = new DateScanner(dateTokenRoom());
        }
        found = dateScanner.find(text, folded, span, reference);
      }
      return found;
    }

    @Override
    public DateMention get(int index) {
      return found().get(index);
    }

    @Override
    public int size() {
      return found().size();
    }
  }

  /**
   * Room for the date tokens of the longest sentence that may hold a date (the others are never
   * scanned): about as many as its word tokens (a little more, as hyphens and apostrophes part words
   * there), so that the scanner's arrays rarely grow.
   */
  private int dateTokenRoom() {
    int longest = 0;
    for (int s = 0; s < sentences.size(); s++) {
      if (sentences.get(s).mayHoldDate()) {
        longest = Math.max(longest, sentences.get(s).size());
      }
    }
    return longest + longest / 8 + 4;
  }

  /**
   * Returns the modal frame cue that hedges a sentence: the first frame cue ({@link #frameCue}) among
   * the sentences of its content block before it, as a reader going through the sentences in order
   * and keeping the first frame cue of the block would hold it when reaching the sentence. The
   * sentences are looked at only when asked, most sentences having no event whose modality is read.
   *
   * @param sentence one of {@link #sentences()}
   * @return the cue's span, or empty when no earlier sentence of the block sets a frame
   */
  public Optional<Span> frameBefore(EventSentence sentence) {
    int s = sentence.index();
    int block = sentence.block();
    if (block != frameBlock) {
      // The sentences of a block are consecutive (blocks are numbered in text order).
      int start = s;
      while (start > 0 && sentences.get(start - 1).block() == block) {
        start--;
      }
      frameBlock = block;
      frameCheckedTo = start;
      frameFirst = -1;
    }
    while (frameFirst < 0 && frameCheckedTo < s) {
      if (frameCue(sentences.get(frameCheckedTo)).isPresent()) {
        frameFirst = frameCheckedTo;
      }
      frameCheckedTo++;
    }
    return frameFirst >= 0 && frameFirst < s ? frameCue(sentences.get(frameFirst)) : Optional.empty();
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
