package io.github.newsmodel.report;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Collects the highlights of a document: every evidence item that quotes the text (article
 * metadata, officials, meetings, agreements) and every mention span of an official that no
 * evidence item already covers. Evidence read from markup has no span and is listed separately by
 * the report. Stateless.
 */
public final class Highlights {
  /** The rule shown for mention spans, which have no evidence item of their own. */
  public static final String MENTION_RULE = "mention";

  private Highlights() {}

  /**
   * Collects the highlights of a document, in the order of its entities.
   *
   * @param doc the document
   * @param prefix a prefix for the entity keys, unique per document in one report ({@code "d1"})
   * @return the highlights; spans lie inside the document text
   */
  public static List<Highlight> of(NewsDocument doc, String prefix) {
    List<Highlight> highlights = new ArrayList<>();
    for (Evidence evidence : doc.article().evidence()) {
      add(highlights, evidence, articleKind(evidence.field()), "article", prefix + "-article");
    }
    List<Official> officials = doc.officials();
    for (int i = 0; i < officials.size(); i++) {
      Official official = officials.get(i);
      String ref = prefix + "-o" + i;
      String entity = "official " + official.name();
      Set<Span> quoted = new HashSet<>();
      for (Evidence evidence : official.evidence()) {
        add(highlights, evidence, officialKind(evidence.field()), entity, ref);
        evidence.span().ifPresent(quoted::add);
      }
      for (int m = 0; m < official.mentions().size(); m++) {
        Span mention = official.mentions().get(m);
        if (!quoted.contains(mention)) {
          highlights.add(new Highlight(mention.start(), mention.end(), HighlightKind.OFFICIAL, entity, ref,
              "/mentions/" + m, MENTION_RULE, OptionalDouble.empty(), Optional.empty()));
        }
      }
    }
    List<Meeting> meetings = doc.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      for (Evidence evidence : meetings.get(i).evidence()) {
        add(highlights, evidence, meetingKind(evidence.field()), "meeting " + meetings.get(i).id(), prefix + "-m" + i);
      }
    }
    List<Agreement> agreements = doc.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      for (Evidence evidence : agreement.evidence()) {
        add(highlights, evidence, HighlightKind.AGREEMENT, "agreement " + agreement.id() + " ("
            + agreement.kind().label() + ")", prefix + "-a" + i);
      }
    }
    return highlights;
  }

  private static void add(List<Highlight> highlights, Evidence evidence, HighlightKind kind, String entity,
      String ref) {
    evidence.span().ifPresent(span -> highlights.add(new Highlight(span.start(), span.end(), kind, entity, ref,
        evidence.field(), evidence.rule(), OptionalDouble.of(evidence.confidence()),
        evidence.html().map(HtmlLocator::selector))));
  }

  private static HighlightKind articleKind(String field) {
    if (field.equals("/published")) {
      return HighlightKind.DATE;
    }
    return field.startsWith("/dateline") ? HighlightKind.PLACE : HighlightKind.ARTICLE;
  }

  private static HighlightKind officialKind(String field) {
    if (field.startsWith("/titles") || field.startsWith("/organization")) {
      return HighlightKind.TITLE;
    }
    return field.startsWith("/country") ? HighlightKind.PLACE : HighlightKind.OFFICIAL;
  }

  private static HighlightKind meetingKind(String field) {
    if (field.startsWith("/date")) {
      return HighlightKind.DATE;
    }
    return field.startsWith("/location") ? HighlightKind.PLACE : HighlightKind.MEETING;
  }
}
