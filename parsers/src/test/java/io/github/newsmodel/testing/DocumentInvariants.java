package io.github.newsmodel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import java.util.List;
import java.util.stream.Stream;

/** Assertions of the provenance invariants every parse result must satisfy. */
public final class DocumentInvariants {
  private DocumentInvariants() {}

  /** Every evidence item of the document, from every entity. */
  public static List<Evidence> allEvidence(NewsDocument doc) {
    return Stream.of(doc.article().evidence().stream(),
            doc.officials().stream().flatMap(o -> o.evidence().stream()),
            doc.meetings().stream().flatMap(m -> m.evidence().stream()),
            doc.agreements().stream().flatMap(a -> a.evidence().stream()))
        .flatMap(s -> s)
        .toList();
  }

  /** Checks quotes, spans, evidence per value and id references. */
  public static void check(NewsDocument doc) {
    String text = doc.text();
    for (Evidence evidence : allEvidence(doc)) {
      if (evidence.start().isPresent()) {
        assertThat(evidence.end().getAsInt()).isLessThanOrEqualTo(text.length());
        assertThat(evidence.exact())
            .as("evidence %s", evidence)
            .isEqualTo(text.substring(evidence.start().getAsInt(), evidence.end().getAsInt()));
      } else {
        assertThat(evidence.html()).as("evidence without span needs a locator: %s", evidence).isPresent();
      }
    }
    for (Official official : doc.officials()) {
      assertThat(official.evidence()).as("evidence of %s", official.name())
          .anyMatch(e -> e.field().equals("/name"));
    }
    for (Meeting meeting : doc.meetings()) {
      assertThat(meeting.evidence()).as("evidence of meeting %s", meeting.id()).isNotEmpty();
    }
    for (Agreement agreement : doc.agreements()) {
      assertThat(agreement.evidence()).as("evidence of agreement %s", agreement.id()).isNotEmpty();
    }
    doc.article().headline().ifPresent(h ->
        assertThat(doc.article().evidence()).anyMatch(e -> e.field().equals("/headline")));
    doc.article().published().ifPresent(p ->
        assertThat(doc.article().evidence()).anyMatch(e -> e.field().equals("/published")));
  }
}
