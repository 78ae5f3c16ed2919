package io.github.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Building a value that breaks an invariant fails with a clear, typed exception. */
class ModelInvariantTest {
  private static final Source SOURCE =
      Source.builder().id("x").mediaType("text/plain").sha256("0".repeat(64)).length(0).build();

  @Test
  void spanMustBeOrdered() {
    assertThatThrownBy(() -> Span.of(5, 4)).isInstanceOf(ModelInvariantException.class)
        .hasMessageContaining("[5, 4)");
    assertThatThrownBy(() -> Span.of(-1, 4)).isInstanceOf(ModelInvariantException.class);
  }

  @Test
  void evidenceMustLieInsideTheText() {
    assertThatThrownBy(() -> Evidences.inText("/name", "short", 2, 9, "r", 1.0))
        .isInstanceOf(ModelInvariantException.class).hasMessageContaining("outside a text of length 5");
  }

  @Test
  void evidenceQuoteMustEqualTheText() {
    Evidence wrong = Evidence.builder().field("/name").start(0).end(3).exact("abc").rule("r").confidence(0.5).build();
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("xyz defg")
        .article(Article.builder().addEvidence(wrong).build()).build())
        .isInstanceOf(ModelInvariantException.class)
        .satisfies(e -> assertThat(((ModelInvariantException) e).path()).isEqualTo("/article/evidence/0/exact"));
  }

  @Test
  void evidenceQuoteLengthMustFitTheSpan() {
    assertThatThrownBy(() -> Evidence.builder().field("/name").start(0).end(3).exact("ab").rule("r")
        .confidence(0.5).build()).isInstanceOf(ModelInvariantException.class);
  }

  @Test
  void confidenceMustBeAProbability() {
    assertThatThrownBy(() -> Evidence.builder().field("/name").exact("a").rule("r").confidence(1.5)
        .html(HtmlLocator.builder().selector("p").build()).build())
        .isInstanceOf(ModelInvariantException.class).hasMessageContaining("confidence");
  }

  @Test
  void evidenceOutsideTheTextNeedsALocator() {
    Evidence floating = Evidence.builder().field("/published").exact("2020").rule("r").confidence(0.5).build();
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("")
        .article(Article.builder().addEvidence(floating).build()).build())
        .isInstanceOf(ModelInvariantException.class).hasMessageContaining("html locator");
  }

  @Test
  void countryCodesMustBeIsoAlpha2() {
    assertThatThrownBy(() -> Dateline.builder().country("USA").build()).isInstanceOf(ModelInvariantException.class);
    assertThatThrownBy(() -> Official.builder().id("a").name("A").country("us").build())
        .isInstanceOf(ModelInvariantException.class);
    assertThat(Location.builder().country("XK").build().country()).contains("XK");
  }

  @Test
  void meetingParticipantsMustBeKnownOfficials() {
    Meeting meeting = Meeting.builder().id("m1").addParticipants("ghost").status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED).build();
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("").addMeetings(meeting).build())
        .isInstanceOf(ModelInvariantException.class).hasMessageContaining("unknown id ghost")
        .satisfies(e -> assertThat(((ModelInvariantException) e).path()).isEqualTo("/meetings/0/participants"));
  }

  @Test
  void failuresNameTheFieldOfTheRightItem() {
    Official known = Official.builder().id("o1").name("A").build();
    Meeting hosted = Meeting.builder().id("m1").addParticipants("o1").host("ghost").status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED).build();
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("").addOfficials(known)
        .addMeetings(hosted).build())
        .satisfies(e -> assertThat(((ModelInvariantException) e).path()).isEqualTo("/meetings/0/host"));
    Official quoted = Official.builder().id("o2").name("B")
        .addEvidence(Evidences.inText("/name", "Bob", 0, 3, "test", 1.0)).build();
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("Ann").addOfficials(known, quoted).build())
        .satisfies(e -> assertThat(((ModelInvariantException) e).path()).isEqualTo("/officials/1/evidence/0/exact"));
  }

  @Test
  void idsMustBeUnique() {
    Official a = Official.builder().id("same").name("A").build();
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("").addOfficials(a, a).build())
        .isInstanceOf(ModelInvariantException.class).hasMessageContaining("duplicate official id");
  }

  @Test
  void sectionSpansMustLieInsideTheText() {
    assertThatThrownBy(() -> NewsDocument.builder().source(SOURCE).text("abc")
        .article(Article.builder().addSections(Section.builder().addParagraphs(Span.of(0, 4)).build()).build())
        .build())
        .isInstanceOf(ModelInvariantException.class).hasMessageContaining("/article/sections/0/paragraphs/0");
  }

  @Test
  void brokenJsonIsReportedAsIllegalArgument() {
    assertThatThrownBy(() -> NewsJson.fromJson("{\"start\":3,\"end\":1}", Span.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Span");
    assertThatThrownBy(() -> NewsJson.fromJson("{not json", NewsDocument.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contextNeverSplitsSurrogatePairs() {
    String text = "\uD83D\uDE00".repeat(20) + "Name" + "\uD83D\uDE00".repeat(20);
    Evidence evidence = Evidences.inText("/name", text, 40, 44, "r", 1);
    assertThat(evidence.prefix().get()).doesNotStartWith("\uDE00");
    assertThat(evidence.suffix().get()).doesNotEndWith("\uD83D");
  }
}
