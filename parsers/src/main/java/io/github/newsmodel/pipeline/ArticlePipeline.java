package io.github.newsmodel.pipeline;

import io.github.newsmodel.agreements.AgreementExtractor;
import io.github.newsmodel.meetings.MeetingExtractor;
import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.officials.OfficialExtractor;
import io.github.newsmodel.structure.PlainTextStructureAnalyzer;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages that turn a text into a {@link NewsDocument}: structure (unless the HTML stage
 * supplied it), officials, meetings, agreements, then attaches markup locators to every evidence
 * item. Immutable and thread-safe; every parse gets its own {@link AnalysisContext}.
 */
public final class ArticlePipeline {
  private final PlainTextStructureAnalyzer structure = new PlainTextStructureAnalyzer();
  private final OfficialExtractor officials = new OfficialExtractor();
  private final MeetingExtractor meetings = new MeetingExtractor();
  private final AgreementExtractor agreements = new AgreementExtractor();

  /**
   * Runs all stages.
   *
   * @param input the prepared text
   * @return the document
   */
  public NewsDocument run(PreparedText input) {
    String text = input.text();
    MatchText match = MatchText.of(text);
    Article article = input.structure().orElseGet(() -> analyzeStructure(match, input));
    AnalysisContext context = new AnalysisContext(match, article, input.hints(), input.warnings());
    List<Official> foundOfficials = officials.extract(context);
    List<Meeting> foundMeetings = meetings.extract(context, foundOfficials);
    List<Agreement> foundAgreements = agreements.extract(context, foundOfficials, foundMeetings);
    EvidenceLocator locator = input.locator();
    if (locator != EvidenceLocator.NONE) {
      article = Article.builder().from(article).evidence(locate(article.evidence(), locator)).build();
      foundOfficials = foundOfficials.stream()
          .map(o -> (Official) Official.builder().from(o).evidence(locate(o.evidence(), locator)).build())
          .toList();
      foundMeetings = foundMeetings.stream()
          .map(m -> (Meeting) Meeting.builder().from(m).evidence(locate(m.evidence(), locator)).build())
          .toList();
      foundAgreements = foundAgreements.stream()
          .map(a -> (Agreement) Agreement.builder().from(a).evidence(locate(a.evidence(), locator)).build())
          .toList();
    }
    return NewsDocument.builder()
        .source(input.source())
        .text(text)
        .article(article)
        .officials(foundOfficials)
        .meetings(foundMeetings)
        .agreements(foundAgreements)
        .warnings(input.warnings().toList())
        .build();
  }

  /**
   * Runs the plain-text structure stage; an internal failure there costs the article's structure
   * (reported as a {@code structure.failed} warning), never the whole document.
   */
  private Article analyzeStructure(MatchText match, PreparedText input) {
    try {
      return structure.analyze(match, input.hints(), input.warnings());
    } catch (RuntimeException e) {
      input.warnings().warn("structure.failed", "structure analysis failed (" + e.getClass().getSimpleName()
          + "); the text is kept as one paragraph");
      String text = match.original();
      io.github.newsmodel.model.Span all = io.github.newsmodel.text.TextSpans.trim(text, 0, text.length());
      Article.Builder fallback = Article.builder();
      if (all.length() > 0) {
        fallback.addBlocks(io.github.newsmodel.model.Block.of(io.github.newsmodel.model.BlockKind.PARAGRAPH, all))
            .addSections(io.github.newsmodel.model.Section.builder().addParagraphs(all).build());
      }
      return fallback.build();
    }
  }

  private static List<Evidence> locate(List<Evidence> evidence, EvidenceLocator locator) {
    List<Evidence> located = new ArrayList<>(evidence.size());
    for (Evidence item : evidence) {
      if (item.html().isEmpty() && item.start().isPresent()) {
        Optional<HtmlLocator> where = locator.locate(item.start().getAsInt(), item.end().getAsInt());
        located.add(where.isPresent() ? Evidence.builder().from(item).html(where).build() : item);
      } else {
        located.add(item);
      }
    }
    return located;
  }
}
