package io.github.newsmodel.model.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Dateline;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.HtmlLocator;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingMode;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.PublicationDate;
import io.github.newsmodel.model.Section;
import io.github.newsmodel.model.Source;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.model.Warning;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every model type, combined from small generators. Documents are
 * generated consistently: every span and evidence item lies inside the generated text, and every
 * referenced id exists.
 */
public final class ModelGenerators {
  private static final List<String> COUNTRIES = List.of("QA", "US", "GB", "AE", "SA", "JO", "KH", "SG");

  private ModelGenerators() {}

  /**
   * Strings that look like language tags or digests, near misses included: letters of both cases,
   * digits, hyphens, and a few other characters, up to 20 of them.
   */
  public static Gen<String> codeLike() {
    return lists().of(arbitrary().pick(List.of("a", "z", "e", "n", "A", "Z", "0", "9", "f", "g", "-", "_", " ",
        "\u00e9", "\u0131"))).ofSizeBetween(0, 20).map(parts -> String.join("", parts));
  }

  /** Short printable strings, including non-ASCII letters and punctuation. */
  public static Gen<String> words() {
    return strings().betweenCodePoints(0x20, 0x2FF).ofLengthBetween(1, 24);
  }

  /** Optional short strings (empty about a third of the time). */
  public static Gen<Optional<String>> optionalWords() {
    return words().toOptionals(30);
  }

  /** Optional ISO country codes. */
  public static Gen<Optional<String>> countries() {
    return Generate.pick(COUNTRIES).toOptionals(30);
  }

  /** Document texts: arbitrary BMP and supplementary characters, sometimes empty. */
  public static Gen<String> texts() {
    return strings().betweenCodePoints(0x09, 0x1F600).ofLengthBetween(0, 300);
  }

  /** Publication dates of the three precisions. */
  public static Gen<PublicationDate> publicationDates() {
    Gen<LocalDate> dates = integers().between(0, 40_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    Gen<Integer> minutes = integers().between(0, 24 * 60 - 1);
    Gen<Integer> offsets = integers().between(-12, 14);
    return integers().between(0, 2).zip(dates, minutes, offsets, (kind, date, minute, hours) -> {
      LocalDateTime dateTime = date.atStartOfDay().plusMinutes(minute);
      switch (kind) {
        case 0:
          return PublicationDate.of(date);
        case 1:
          return PublicationDate.of(dateTime);
        default:
          return PublicationDate.of(OffsetDateTime.of(dateTime, ZoneOffset.ofHours(hours)));
      }
    });
  }

  /** Spans inside a text of the given length. */
  public static Gen<Span> spansWithin(int length) {
    return integers().between(0, length).zip(integers().between(0, length),
        (a, b) -> Span.of(Math.min(a, b), Math.max(a, b)));
  }

  /** HTML locators, with and without source offsets. */
  public static Gen<HtmlLocator> locators() {
    return words().zip(integers().between(0, 5000), integers().between(0, 50), Generate.booleans(),
        (selector, start, length, withOffsets) -> {
          HtmlLocator.Builder builder = HtmlLocator.builder().selector(selector);
          if (withOffsets) {
            builder.sourceStart(start).sourceEnd(start + length);
          }
          return builder.build();
        });
  }

  /** Evidence over a text: a text span, or (one time in five) a markup value with a locator. */
  public static Gen<Evidence> evidenceOver(String text) {
    Gen<Double> confidences = doubles().between(0.0, 1.0);
    Gen<Evidence> inText = spansWithin(text.length()).zip(words(), confidences,
        (span, rule, confidence) -> Evidences.inText("/name", text, span, "rule." + rule, confidence));
    Gen<Evidence> outside = words().zip(locators(), confidences,
        (raw, locator, confidence) -> Evidences.outsideText("/published", raw, "html.meta", confidence, locator));
    return Generate.frequency(org.quicktheories.api.Pair.of(4, inText), org.quicktheories.api.Pair.of(1, outside));
  }

  /** Sources. */
  public static Gen<Source> sources() {
    return words().zip(optionalWords(), integers().between(0, 1_000_000), Generate.booleans(),
        (id, uri, length, html) -> Source.builder()
            .id(id)
            .uri(uri)
            .mediaType(html ? "text/html" : "text/plain")
            .sha256("0123456789abcdef".repeat(4))
            .length(length)
            .build());
  }

  /** Complete, consistent documents. */
  public static Gen<NewsDocument> documents() {
    return texts().zip(sources(), (text, source) -> new Object[] {text, source})
        .flatMap(pair -> documentFor((String) pair[0], (Source) pair[1]));
  }

  private static Gen<NewsDocument> documentFor(String text, Source source) {
    Gen<List<Evidence>> evidence = lists().of(evidenceOver(text)).ofSizeBetween(0, 3);
    Gen<List<Span>> spans = lists().of(spansWithin(text.length())).ofSizeBetween(0, 3);
    Gen<Article> articles = optionalWords().zip(countries(), publicationDates().toOptionals(30), evidence,
        (headline, country, published, ev) -> Article.builder()
            .headline(headline)
            .byline(headline.map(h -> "By " + h))
            .outlet(Optional.empty())
            .dateline(country.map(c -> Dateline.builder().city("City").country(c).build()))
            .published(published)
            .language(Optional.of("en"))
            .addSections(Section.builder().heading(Optional.empty()).build())
            .addBlocks(Block.of(BlockKind.PARAGRAPH, Span.of(0, text.length())))
            .evidence(ev)
            .build());
    Gen<List<Official>> officials = lists().of(words().zip(countries(), spans, evidence,
        (name, country, mentions, ev) -> (Official) Official.builder()
            .id(name)
            .name(name)
            .addHonorifics("HE")
            .addTitles("Minister of " + name)
            .organization(Optional.empty())
            .country(country)
            .mentions(mentions)
            .evidence(ev)
            .build())).ofSizeBetween(0, 3).map(ModelGenerators::uniqueIds);
    return articles.zip(officials, evidence, lists().of(Generate.enumValues(Assertion.class)).ofSizeBetween(1, 3),
        (article, people, ev, assertions) -> {
          List<String> ids = people.stream().map(Official::id).toList();
          List<Meeting> meetings = new ArrayList<>();
          List<Agreement> agreements = new ArrayList<>();
          for (int i = 0; i < assertions.size(); i++) {
            meetings.add(Meeting.builder()
                .id("m" + (i + 1))
                .participants(ids)
                .location(Location.builder().venue("Hall " + i).city(Optional.empty()).country("QA").build())
                .date(i % 2 == 0 ? Optional.of(LocalDate.of(2023, 12, 18).plusDays(i)) : Optional.empty())
                .addTopics("border security")
                .status(MeetingStatus.values()[i % 2])
                .mode(i == 0 ? Optional.empty() : Optional.of(MeetingMode.values()[i % 3]))
                .host(ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0)))
                .assertion(assertions.get(i))
                .evidence(ev)
                .build());
            agreements.add(Agreement.builder()
                .id("a" + (i + 1))
                .kind(AgreementKind.values()[i % AgreementKind.values().length])
                .addParties("QA", "African Union Commission")
                .signatories(ids)
                .subject(Optional.of("civil aviation security"))
                .status(AgreementStatus.values()[i % 4])
                .meeting("m" + (i + 1))
                .assertion(assertions.get(i))
                .evidence(ev)
                .build());
          }
          return NewsDocument.builder()
              .source(source)
              .text(text)
              .article(article)
              .officials(people)
              .meetings(meetings)
              .agreements(agreements)
              .addWarnings(Warning.of("test.warning", "generated"))
              .build();
        });
  }

  private static List<Official> uniqueIds(List<Official> officials) {
    List<Official> unique = new ArrayList<>();
    for (int i = 0; i < officials.size(); i++) {
      unique.add(Official.builder().from(officials.get(i)).id("o" + i + "-" + officials.get(i).id()).build());
    }
    return unique;
  }
}
