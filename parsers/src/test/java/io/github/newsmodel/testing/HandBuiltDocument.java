package io.github.newsmodel.testing;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds documents by hand, as the extractors would, with evidence at the real positions of the
 * quoted words in the text: for testing code that consumes documents before the extractors exist.
 */
public final class HandBuiltDocument {
  private final String id;
  private final String text;
  private final List<Official> officials = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private PublicationDate published;

  private HandBuiltDocument(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /** Starts a document with a source id and its text. */
  public static HandBuiltDocument of(String id, String text) {
    return new HandBuiltDocument(id, text);
  }

  /** Sets the publication date, with evidence at its written form in the text when given. */
  public HandBuiltDocument published(String isoDate) {
    this.published = PublicationDate.parse(isoDate);
    return this;
  }

  /**
   * Adds an official. The name evidence is the first occurrence of {@code quote} (which must be in
   * the text); each title's evidence is its first verbatim occurrence, else the quote.
   */
  public HandBuiltDocument official(String officialId, String quote, String name, List<String> honorifics,
      List<String> titles, String country) {
    int at = indexOf(quote);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidences.inText("/name", text, at, at + quote.length(), "test.official.name", 0.9));
    for (int i = 0; i < titles.size(); i++) {
      int titleAt = text.indexOf(titles.get(i));
      evidence.add(titleAt >= 0
          ? Evidences.inText("/titles/" + i, text, titleAt, titleAt + titles.get(i).length(), "test.official.title", 0.8)
          : Evidences.inText("/titles/" + i, text, at, at + quote.length(), "test.official.title", 0.5));
    }
    if (country != null) {
      evidence.add(Evidences.inText("/country", text, at, at + quote.length(), "test.official.country", 0.7));
    }
    officials.add(Official.builder()
        .id(officialId)
        .name(name)
        .honorifics(honorifics)
        .titles(titles)
        .country(Optional.ofNullable(country))
        .addMentions(Span.of(at, at + quote.length()))
        .evidence(evidence)
        .build());
    return this;
  }

  /**
   * Adds a held meeting whose evidence is the first occurrence of {@code quote}, with an optional
   * date and location.
   */
  public HandBuiltDocument meeting(String meetingId, String quote, LocalDate date, Location location,
      String... participantIds) {
    int at = indexOf(quote);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidences.inText("/participants", text, at, at + quote.length(), "test.meeting", 0.8));
    if (date != null) {
      evidence.add(Evidences.inText("/date", text, at, at + quote.length(), "test.meeting.date", 0.8));
    }
    meetings.add(Meeting.builder()
        .id(meetingId)
        .participants(List.of(participantIds))
        .date(Optional.ofNullable(date))
        .location(Optional.ofNullable(location))
        .status(MeetingStatus.HELD)
        .assertion(Assertion.ASSERTED)
        .evidence(evidence)
        .build());
    return this;
  }

  /** Builds the document (which checks every span and quote). */
  public NewsDocument build() {
    Article.Builder article = Article.builder();
    if (published != null) {
      article.published(published).addEvidence(Evidences.inText("/published", text, 0, 0, "test.published", 0.9));
    }
    return NewsDocument.builder()
        .source(Source.builder().id(id).mediaType("text/plain").sha256("0".repeat(64)).length(text.length()).build())
        .text(text)
        .article(article.build())
        .officials(officials)
        .meetings(meetings)
        .build();
  }

  /** A location with the given parts (null for unknown). */
  public static Location location(String venue, String city, String country) {
    return Location.builder().venue(Optional.ofNullable(venue)).city(Optional.ofNullable(city))
        .country(Optional.ofNullable(country)).build();
  }

  private int indexOf(String quote) {
    int at = text.indexOf(quote);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + quote);
    }
    return at;
  }
}
