package io.github.newsmodel.pipeline;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.text.FoldedMarks;
import io.github.newsmodel.text.MatchText;
import io.github.newsmodel.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the entity extractors read about one article: the text and its folded matching copy,
 * the article structure, the sentences of the parts that carry content (headline, headings,
 * paragraphs, list introductions), the reference date for relative dates, and the warning sink.
 * Created once per parse; not shared between threads (the sentences are split on first use).
 */
public final class AnalysisContext {
  private final String text;
  private final MatchText match;
  private final Article article;
  private final ParseHints hints;
  private final List<Span> contentBlocks;
  private final WarningSink warnings;
  /** The sentences of the content blocks, split on first use. */
  private List<Span> sentences;
  /** The blocks of the article, whose sentences are kept by their index. */
  private final List<Block> blocks;
  /** The sentences of each block split so far, by the block's index in the article; made on first use. */
  private List<Span>[] sentencesByBlock;
  /**
   * The sentences of the spans split so far that are no block found by {@link #blockIndex} (which
   * finds the blocks of an article whose blocks are in text order); made on first use.
   */
  private Map<Span, List<Span>> sentencesByOtherSpan;
  /** The sentences of the block being split, before they are copied into an immutable list. */
  private final List<Span> splitScratch = new ArrayList<>();
  /** Finds the sentence marks of the folded text for the splitter, block after block; made on first use. */
  private FoldedMarks marks;
  /** How many kinds of shared analysis there are about, to size their map. */
  private static final int SHARED_KINDS = 4;
  /** Analyses that several stages read, made on first use (see {@link #shared}). */
  private final Map<Shared<?>, Object> sharedValues = new IdentityHashMap<>(SHARED_KINDS);

  /**
   * Creates the context.
   *
   * @param text the document text
   * @param article the article structure found by the structure stage
   * @param hints the caller's hints
   * @param warnings the warning sink of this parse
   */
  public AnalysisContext(String text, Article article, ParseHints hints, WarningSink warnings) {
    this(MatchText.of(text), article, hints, warnings);
  }

  /**
   * Creates the context over a text already folded.
   *
   * @param match the document text with its folded copy
   * @param article the article structure found by the structure stage
   * @param hints the caller's hints
   * @param warnings the warning sink of this parse
   */
  public AnalysisContext(MatchText match, Article article, ParseHints hints, WarningSink warnings) {
    this.text = match.original();
    this.match = match;
    this.article = article;
    this.hints = hints;
    this.warnings = warnings;
    List<Block> blocks = article.blocks();
    int count = 0;
    for (int b = 0; b < blocks.size(); b++) {
      count += isContent(blocks.get(b)) ? 1 : 0;
    }
    Span[] content = new Span[count];
    int n = 0;
    for (int b = 0; b < blocks.size(); b++) {
      if (isContent(blocks.get(b))) {
        content[n++] = blocks.get(b).span();
      }
    }
    this.contentBlocks = List.of(content);
    this.blocks = blocks;
  }

  /**
   * Returns the document text that all offsets refer to.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the folded copy of the text, same length, for matching.
   *
   * @return the folded text
   */
  public String folded() {
    return match.folded();
  }

  /**
   * Returns the article structure and metadata.
   *
   * @return the article
   */
  public Article article() {
    return article;
  }

  /**
   * Returns the caller's hints.
   *
   * @return the hints
   */
  public ParseHints hints() {
    return hints;
  }

  /**
   * Returns the spans of the blocks that carry content: headline, headings, paragraphs and list
   * introductions, in text order.
   *
   * @return the content block spans
   */
  public List<Span> contentBlocks() {
    return contentBlocks;
  }

  /**
   * Returns the sentences of the content blocks, in text order.
   *
   * @return the sentence spans
   */
  public List<Span> sentences() {
    if (sentences == null) {
      List<List<Span>> byBlock = new ArrayList<>(contentBlocks.size());
      int count = 0;
      for (int b = 0; b < contentBlocks.size(); b++) {
        List<Span> split = sentencesOf(contentBlocks.get(b));
        byBlock.add(split);
        count += split.size();
      }
      // One array of the exact size (the readers' lists stay of the same immutable kind).
      Span[] all = new Span[count];
      int n = 0;
      for (int b = 0; b < byBlock.size(); b++) {
        List<Span> split = byBlock.get(b);
        for (int k = 0; k < split.size(); k++) {
          all[n++] = split.get(k);
        }
      }
      sentences = List.of(all);
    }
    return sentences;
  }

  /**
   * Returns the sentences of one part of the text, split once per parse however many stages ask.
   *
   * @param block the span of a block of the article
   * @return the sentence spans, in order, none empty
   */
  public List<Span> sentencesOf(Span block) {
    int index = blockIndex(block);
    if (index >= 0) {
      if (sentencesByBlock == null) {
        @SuppressWarnings("unchecked") // an array of lists of spans, each set to a list of spans
        List<Span>[] byBlock = (List<Span>[]) new List<?>[blocks.size()];
        sentencesByBlock = byBlock;
      }
      List<Span> split = sentencesByBlock[index];
      if (split == null) {
        split = split(block);
        sentencesByBlock[index] = split;
      }
      return split;
    }
    if (sentencesByOtherSpan == null) {
      sentencesByOtherSpan = new HashMap<>();
    }
    List<Span> split = sentencesByOtherSpan.get(block);
    if (split == null) {
      split = split(block);
      sentencesByOtherSpan.put(block, split);
    }
    return split;
  }

  /**
   * The index of the first block of the article whose span is {@code span}, found by binary search
   * over the blocks' starts (the blocks are in text order), or -1.
   */
  private int blockIndex(Span span) {
    int lo = 0;
    int hi = blocks.size();
    // A block's bounds are read as such: its span is made anew at each call.
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (blocks.get(mid).start() < span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < blocks.size() && blocks.get(k).start() == span.start(); k++) {
      if (blocks.get(k).end() == span.end()) {
        return k;
      }
    }
    return -1;
  }

  /** Splits a span into sentences, as an immutable list. */
  private List<Span> split(Span span) {
    splitScratch.clear();
    if (marks == null) {
      marks = new FoldedMarks(match);
    }
    SentenceSplitter.instance().split(marks, span.start(), span.end(), splitScratch);
    return immutableCopy(splitScratch);
  }

  /** The blocks that carry content: headline, headings, paragraphs, list introductions. */
  private static boolean isContent(Block block) {
    BlockKind kind = block.kind();
    return kind == BlockKind.HEADLINE || kind == BlockKind.HEADING || kind == BlockKind.PARAGRAPH
        || kind == BlockKind.LIST_INTRO;
  }

  /** An immutable copy of a list, without an intermediate array for up to two elements. */
  private static List<Span> immutableCopy(List<Span> spans) {
    switch (spans.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(spans.get(0));
      case 2:
        return List.of(spans.get(0), spans.get(1));
      default:
        return List.copyOf(spans);
    }
  }

  /**
   * Returns the date against which "today", "yesterday" and "tomorrow" resolve: the article's own
   * publication date, else the caller's hint.
   *
   * @return the reference date, or empty when none is known
   */
  public Optional<LocalDate> referenceDate() {
    if (article.published().isPresent()) {
      return Optional.of(article.published().get().date());
    }
    return hints.published().map(p -> p.date());
  }

  /**
   * Returns the warning sink of this parse.
   *
   * @return the sink
   */
  public WarningSink warnings() {
    return warnings;
  }

  /**
   * Returns an analysis of this article that several stages read, making it on first use: the
   * tokenized sentences, the dates of each sentence and the like are computed once per parse
   * rather than once per stage.
   *
   * @param key the analysis, one constant per kind
   * @param <T> the type of the analysis
   * @return the analysis of this article
   */
  public <T> T shared(Shared<T> key) {
    Object value = sharedValues.get(key);
    if (value == null) {
      value = key.make.apply(this);
      sharedValues.put(key, value);
    }
    return key.type.cast(value);
  }

  /**
   * One kind of analysis shared between stages: its type and how to make it from a context. Keys
   * are compared by identity, so each kind is one constant.
   *
   * @param <T> the type of the analysis
   */
  public static final class Shared<T> {
    private final Class<T> type;
    private final Function<AnalysisContext, ? extends T> make;

    private Shared(Class<T> type, Function<AnalysisContext, ? extends T> make) {
      this.type = type;
      this.make = make;
    }

    /**
     * Declares a kind of shared analysis.
     *
     * @param type the type of the analysis
     * @param make how to make it for an article; must not return null
     * @param <T> the type of the analysis
     * @return the key
     */
    public static <T> Shared<T> of(Class<T> type, Function<AnalysisContext, ? extends T> make) {
      return new Shared<>(type, make);
    }
  }
}
