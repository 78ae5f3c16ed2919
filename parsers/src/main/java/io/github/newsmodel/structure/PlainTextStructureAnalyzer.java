package io.github.newsmodel.structure;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.Dateline;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.WarningSink;
import io.github.newsmodel.text.LanguageDetector;
import io.github.newsmodel.text.MatchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the structure of a plain-text article: its blocks (headline, date and place lines,
 * bylines, headings, paragraphs, list introductions, credit lines, references, footers), the body
 * sections, and the metadata the text states about itself (headline, byline, outlet, dateline,
 * publication date, language), each value with evidence. Stateless and thread-safe.
 *
 * <p>The work is shared by small readers: {@link HeaderReader} for the head, {@link TailReader}
 * for credits, sign-offs and the tail, {@link BodyReader} for the body, and
 * {@link LanguageDetector} for the language. Offsets always refer to the text as given; matching
 * works on a folded copy of each line of the same length, so CRLF and LF input give the same values.
 */
public final class PlainTextStructureAnalyzer {
  /** Blocks in text order. */
  private static final Comparator<Block> IN_TEXT_ORDER = Comparator.comparingInt(Block::start)
      .thenComparingInt(Block::end);

  private final HeaderReader header;
  private final TailReader tail;
  private final BodyReader body;

  /** Creates an analyzer over the shared lexicons. */
  public PlainTextStructureAnalyzer() {
    StructureLexicon lexicon = StructureLexicon.instance();
    this.header = new HeaderReader(lexicon);
    this.tail = new TailReader(lexicon);
    this.body = new BodyReader(lexicon);
  }

  /**
   * Analyses a plain-text article.
   *
   * @param text the text as decoded
   * @param hints the caller's hints (a known publication date resolves dates without year)
   * @param warnings where to report anomalies
   * @return the article structure and metadata, with evidence
   */
  public Article analyze(String text, ParseHints hints, WarningSink warnings) {
    return analyze(MatchText.of(text), hints, warnings);
  }

  /**
   * Analyses a plain-text article whose folded copy the caller already has.
   *
   * @param match the text as decoded, with its folded copy
   * @param hints the caller's hints (a known publication date resolves dates without year)
   * @param warnings where to report anomalies
   * @return the article structure and metadata, with evidence
   */
  public Article analyze(MatchText match, ParseHints hints, WarningSink warnings) {
    String text = match.original();
    List<TextLine> lines = TextLine.of(text, match.folded());
    if (lines.isEmpty()) {
      warnings.warn("text.empty", "the input has no text");
      return Article.empty();
    }
    Optional<LocalDate> reference = hints.published().map(p -> p.date());
    HeaderReader.Header head = header.read(text, lines, reference);
    Optional<LocalDate> bodyReference = head.published().flatMap(d -> d.mention().date()).or(() -> reference);
    TailReader.Tail foot = tail.read(text, lines, head.firstBody(), bodyReference);
    BodyReader.Body main = body.read(text, lines, head.standfirst(), head.firstBody(), head.bodyStart(),
        foot.kinds());

    List<Block> blocks = new ArrayList<>(head.blocks().size() + main.blocks().size());
    blocks.addAll(head.blocks());
    blocks.addAll(main.blocks());
    blocks.sort(IN_TEXT_ORDER);

    Article.Builder article = Article.builder().blocks(blocks).sections(main.sections());
    List<Evidence> evidence = new ArrayList<>();
    head.headline().ifPresent(h -> {
      article.headline(h.value());
      evidence.add(h.evidence("/headline", text));
    });
    head.byline().or(foot::byline).ifPresent(b -> {
      article.byline(b.value());
      evidence.add(b.evidence("/byline", text));
    });
    head.dateline().flatMap(DatelineReader.Dateline::agency).or(head::agency).or(foot::outlet).ifPresent(o -> {
      article.outlet(o.value());
      evidence.add(o.evidence("/outlet", text));
    });
    head.dateline().ifPresent(d -> {
      Dateline.Builder dateline = Dateline.builder().city(d.city().value());
      evidence.add(d.city().evidence("/dateline/city", text));
      d.country().ifPresent(c -> {
        dateline.country(c.value());
        evidence.add(c.evidence("/dateline/country", text));
      });
      article.dateline(dateline.build());
    });
    Optional<Dated> datelineDate = head.dateline().flatMap(DatelineReader.Dateline::date)
        .map(d -> new Dated(d, "published.dateline", 0.8));
    head.published().or(() -> datelineDate).or(foot::published).ifPresent(p -> {
      article.published(p.publicationDate());
      evidence.add(p.evidence(text));
    });
    LanguageDetector.instance().detect(text, languageSample(main.sections(), lines)).ifPresent(guess -> {
      article.language(guess.language());
      evidence.add(Evidences.inText("/language", text, guess.sample(), "language.stopwords", guess.confidence()));
    });
    if (main.sections().isEmpty()) {
      warnings.warn("structure.no_body", "no body paragraph was found");
    }
    if (!hasSentenceEnd(text)) {
      warnings.warn("text.no_sentence_end", "the text has no sentence-ending punctuation");
    }
    return article.evidence(evidence).build();
  }

  /** The body from its first to its last paragraph, or the first line when there is no body. */
  private static Span languageSample(List<Section> sections, List<TextLine> lines) {
    int start = -1;
    int end = -1;
    for (int s = 0; s < sections.size(); s++) {
      List<Span> paragraphs = sections.get(s).paragraphs();
      for (int p = 0; p < paragraphs.size(); p++) {
        start = start < 0 ? paragraphs.get(p).start() : start;
        end = paragraphs.get(p).end();
      }
    }
    return start < 0 ? lines.get(0).span() : Span.of(start, end);
  }

  private static boolean hasSentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\u061F' || c == '\u0964') {
        return true;
      }
    }
    return false;
  }
}
