package io.github.newsmodel.testing;

import io.github.newsmodel.NewsModel;
import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Documents for the report, dossier and example tests: seed articles parsed for real (structure and
 * metadata) with officials, meetings and agreements added by hand at their real positions, as the
 * extractors will give them; and a hostile article whose text, names and address carry markup and
 * script that must never run in a report.
 */
public final class ReportFixtures {
  /** The first seed (Letter of Intent, Joint Statement, a meeting dated Monday 18 December 2023). */
  public static final String SEED_0 = "seeds/000_108a99c07e05f4ec.txt";
  /** The second seed (the same meeting, "took place Thursday"). */
  public static final String SEED_1 = "seeds/001_25312a93895c425b.txt";
  /** The fourth seed (Sheikh Khalifa and the German interior minister, "recently"). */
  public static final String SEED_3 = "seeds/003_2a1400c3f42e7244.txt";
  /** The fifth seed (HE Sheikh Khalifa welcomes HE Tom Barrack). */
  public static final String SEED_4 = "seeds/004_db0dbf79ac23e3a4.txt";

  /** What the planted script would set the page title to. */
  public static final String PWNED = "pwned";
  /** The text of the hostile article. */
  public static final String HOSTILE_TEXT = "Mallory Evil met Trent Good in Doha on 3 May 2024.\n"
      + "<script>document.title='" + PWNED + "';document.body.insertAdjacentHTML('beforeend',"
      + "'<p id=\"" + PWNED + "\">" + PWNED + "</p>')</script>\n"
      + "<img src=x onerror=\"document.title='" + PWNED + "'\"> and <a href=\"javascript:document.title='"
      + PWNED + "'\">read more</a>\n"
      + "\"><svg onload=\"document.title='" + PWNED + "'\"></svg> &amp; &lt;b&gt; ends here.";

  private ReportFixtures() {}

  /** The text of a classpath resource. */
  public static String resource(String name) {
    try (InputStream in = ReportFixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Seeds 000, 001 and 004 with their officials, meetings and agreements added by hand. */
  public static List<NewsDocument> seeds() {
    return List.of(seed0(), seed1(), seed4());
  }

  /** Seed 000: Khalifa, Noem, the meeting of 18 December 2023, a Letter of Intent and a Joint Statement. */
  public static NewsDocument seed0() {
    NewsDocument parsed = NewsModel.parseText(resource(SEED_0), SEED_0);
    String text = parsed.text();
    Official khalifa = official(text, "khalifa-bin-hamad-bin-khalifa-al-thani", "Sheikh ",
        "Khalifa bin Hamad bin Khalifa Al Thani", List.of("Minister of Interior",
            "Commander of the Internal Security Force"), "QA", "Qatari Minister of Interior");
    Official noem = official(text, "kristi-noem", "", "Kristi Noem",
        List.of("Secretary of the US Department of Homeland Security"), "US", "Secretary Noem");
    Meeting meeting = Meeting.builder()
        .id("m1")
        .participants(List.of(khalifa.id(), noem.id()))
        .date(LocalDate.of(2023, 12, 18))
        .location(Location.builder().city("Doha").country("QA").build())
        .addTopics("security cooperation")
        .status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED)
        .addEvidence(evidence(text, "/participants", "a meeting between Sheikh Khalifa", "test.meeting.between", 0.8))
        .addEvidence(evidence(text, "/date", "December 18, 2023", "test.meeting.date", 0.9))
        .addEvidence(evidence(text, "/location/city", "in Doha", "test.meeting.place", 0.7))
        .build();
    Agreement letter = Agreement.builder()
        .id("a1").kind(AgreementKind.LETTER_OF_INTENT).parties(List.of("QA", "US")).status(AgreementStatus.SIGNED)
        .subject("cooperation in civil aviation security").meeting("m1").assertion(Assertion.ASSERTED)
        .addEvidence(evidence(text, "/kind", "signing of a Letter of Intent", "test.agreement.signing", 0.85))
        .build();
    Agreement statement = Agreement.builder()
        .id("a2").kind(AgreementKind.JOINT_STATEMENT).parties(List.of("QA", "US")).status(AgreementStatus.SIGNED)
        .meeting("m1").assertion(Assertion.ASSERTED)
        .addEvidence(evidence(text, "/kind", "a Joint Statement", "test.agreement.signing", 0.85))
        .build();
    return NewsDocument.builder().from(parsed).officials(List.of(khalifa, noem)).meetings(List.of(meeting))
        .agreements(List.of(letter, statement)).build();
  }

  /** Seed 001: the same two people and the same meeting, "took place Thursday" at the NCC. */
  public static NewsDocument seed1() {
    NewsDocument parsed = NewsModel.parseText(resource(SEED_1), SEED_1);
    String text = parsed.text();
    Official khalifa = official(text, "khalifa-bin-hamad-bin-khalifa-al-thani", "Sheikh ",
        "Khalifa bin Hamad bin Khalifa Al-Thani", List.of("Minister of Interior",
            "Commander of the Internal Security Force"), "QA", null);
    Official noem = official(text, "kristi-noem", "", "Kristi Noem", List.of("Secretary of Homeland Security"), "US",
        "Secretary Noem");
    Meeting meeting = Meeting.builder()
        .id("m1")
        .participants(List.of(khalifa.id(), noem.id()))
        .location(Location.builder().venue("National Command Center (NCC)").city("Doha").country("QA").build())
        .status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED)
        .addEvidence(evidence(text, "/participants", "met with U.S. Secretary of Homeland Security Kristi Noem",
            "test.meeting.met_with", 0.85))
        .addEvidence(evidence(text, "/location/venue", "National Command Center (NCC)", "test.meeting.venue", 0.8))
        .build();
    return NewsDocument.builder().from(parsed).officials(List.of(khalifa, noem)).meetings(List.of(meeting)).build();
  }

  /** Seed 003: Sheikh Khalifa meets Alexander Dobrindt in Doha, undated ("recently"). */
  public static NewsDocument seed3() {
    NewsDocument parsed = NewsModel.parseText(resource(SEED_3), SEED_3);
    String text = parsed.text();
    Official khalifa = official(text, "khalifa-bin-hamad-bin-khalifa-al-thani", "Sheikh ",
        "Khalifa bin Hamad bin Khalifa Al-Thani", List.of("Minister of Interior",
            "Commander of Qatar’s Internal Security Force"), "QA", null);
    Official dobrindt = official(text, "alexander-dobrindt", "", "Alexander Dobrindt",
        List.of("Federal Minister of the Interior"), "DE", null);
    Meeting meeting = Meeting.builder()
        .id("m1")
        .participants(List.of(khalifa.id(), dobrindt.id()))
        .location(Location.builder().city("Doha").country("QA").build())
        .status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED)
        .addEvidence(evidence(text, "/participants", "recently held discussions with German Federal Minister",
            "test.meeting.discussions", 0.8))
        .addEvidence(evidence(text, "/location/city", "held in Doha", "test.meeting.place", 0.7))
        .build();
    return NewsDocument.builder().from(parsed).officials(List.of(khalifa, dobrindt)).meetings(List.of(meeting))
        .build();
  }

  /** Seeds 000, 001, 003 and 004: every seed in which Sheikh Khalifa appears. */
  public static List<NewsDocument> khalifaSeeds() {
    return List.of(seed0(), seed1(), seed3(), seed4());
  }

  /** Seed 004: "HE Sheikh Khalifa" welcomes HE Tom Barrack; short mentions "Sheikh Khalifa". */
  public static NewsDocument seed4() {
    NewsDocument parsed = NewsModel.parseText(resource(SEED_4), SEED_4);
    String text = parsed.text();
    Official khalifa = official(text, "khalifa-bin-hamad-bin-khalifa-al-thani", "HE Sheikh ",
        "Khalifa bin Hamad bin Khalifa Al-Thani", List.of("Interior Minister", "head of the Internal Security Force"),
        "QA", "Sheikh Khalifa took");
    Official barrack = official(text, "tom-barrack", "HE ", "Tom Barrack", List.of("Special Envoy to Syria"), "US",
        "Barrack received");
    Meeting meeting = Meeting.builder()
        .id("m1")
        .participants(List.of(khalifa.id(), barrack.id()))
        .location(Location.builder().venue("National Command Center (NCC)").city("Doha").country("QA").build())
        .status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED)
        .addEvidence(evidence(text, "/participants", "welcomed HE Tom Barrack", "test.meeting.welcomed", 0.8))
        .addEvidence(evidence(text, "/location/venue", "National Command Center (NCC) in Doha", "test.meeting.venue",
            0.8))
        .build();
    return NewsDocument.builder().from(parsed).officials(List.of(khalifa, barrack)).meetings(List.of(meeting)).build();
  }

  /**
   * An article whose text plants a script, an {@code onerror} handler, a {@code javascript:} link
   * and an attribute break-out; whose official names and titles carry markup and quotes; whose
   * address is a {@code javascript:} URI; and whose highlights overlap across the planted markup.
   */
  public static NewsDocument hostile() {
    String text = HOSTILE_TEXT;
    Official mallory = Official.builder()
        .id("mallory")
        .name("Mallory <b>Evil</b>")
        .titles(List.of("\" onmouseover=\"document.title='" + PWNED + "'"))
        .addMentions(span(text, "Mallory Evil"))
        .addEvidence(evidence(text, "/name", "Mallory Evil", "test.official.name", 0.9))
        .addEvidence(evidence(text, "/titles/0", "<script>document.title", "test.official.title", 0.4))
        .build();
    Official trent = Official.builder()
        .id("trent")
        .name("Trent Good")
        .addMentions(span(text, "Trent Good"))
        .addEvidence(evidence(text, "/name", "Trent Good", "test.official.name", 0.9))
        .build();
    Meeting meeting = Meeting.builder()
        .id("m1")
        .participants(List.of("mallory", "trent"))
        .date(LocalDate.of(2024, 5, 3))
        .location(Location.builder().city("Doha").build())
        .status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED)
        // Overlapping spans: the meeting sentence contains the names; the date crosses into the script line.
        .addEvidence(evidence(text, "/participants", "Mallory Evil met Trent Good", "test.meeting.met", 0.8))
        .addEvidence(evidence(text, "/date", "3 May 2024.\n<script>", "test.meeting.date", 0.3))
        .addEvidence(evidence(text, "/location/city", "Good in Doha", "test.meeting.place", 0.5))
        .addEvidence(Evidences.outsideText("/topics/0", "<img src=x onerror=alert(1)>", "test.markup", 0.2,
            HtmlLocator.builder().selector("meta[name=\"x\"] ><script>").build()))
        .build();
    Agreement agreement = Agreement.builder()
        .id("a1").kind(AgreementKind.AGREEMENT).parties(List.of("<i>Org</i>")).status(AgreementStatus.DISCUSSED)
        .assertion(Assertion.HEDGED)
        .addEvidence(evidence(text, "/kind", "onerror=\"document.title", "test.agreement", 0.1))
        .build();
    return NewsDocument.builder()
        .source(Source.builder().id("hostile/<script>alert(1)</script>.txt")
            .uri("javascript:document.title='" + PWNED + "'").mediaType("text/plain").sha256("0".repeat(64))
            .length(text.length()).build())
        .text(text)
        .officials(List.of(mallory, trent))
        .meetings(List.of(meeting))
        .agreements(List.of(agreement))
        .build();
  }

  /** An official with name and title evidence at their first occurrences, and a second mention if given. */
  private static Official official(String text, String id, String honorificPrefix, String name, List<String> titles,
      String country, String mentionQuote) {
    List<String> honorifics = honorificPrefix.isBlank() ? List.of() : List.of(honorificPrefix.strip().split(" "));
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(evidence(text, "/name", honorificPrefix + name, "test.official.name", 0.92));
    for (int i = 0; i < titles.size(); i++) {
      evidence.add(evidence(text, "/titles/" + i, titles.get(i), "test.official.title", 0.8));
    }
    return Official.builder()
        .id(id)
        .name(name)
        .honorifics(honorifics)
        .titles(titles)
        .country(Optional.ofNullable(country))
        .addMentions(span(text, honorificPrefix + name))
        .addAllMentions(mentionQuote == null ? List.of() : List.of(span(text, mentionQuote)))
        .evidence(evidence)
        .build();
  }

  private static Span span(String text, String quote) {
    int at = text.indexOf(quote);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + quote);
    }
    return Span.of(at, at + quote.length());
  }

  private static Evidence evidence(String text, String field, String quote, String rule, double confidence) {
    Span span = span(text, quote);
    return Evidences.inText(field, text, span, rule, confidence);
  }
}
