package io.github.newsmodel.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The JSON form follows the output contract: every field present, names, order and value forms. */
class NewsJsonContractTest {
  private static final String TEXT = "Doha, Qatar \u2013 HE Sheikh Khalifa met Kristi Noem today.";

  private static NewsDocument sample() {
    Official khalifa = Official.builder()
        .id("khalifa")
        .name("Khalifa")
        .addHonorifics("HE", "Sheikh")
        .country("QA")
        .addMentions(Span.of(24, 31))
        .addEvidence(Evidences.inText("/name", TEXT, 24, 31, "official.name.test", 0.9))
        .build();
    Meeting meeting = Meeting.builder()
        .id("m1")
        .addParticipants("khalifa")
        .date(LocalDate.of(2023, 12, 18))
        .status(MeetingStatus.HELD)
        .mode(MeetingMode.IN_PERSON)
        .assertion(Assertion.ASSERTED)
        .build();
    Agreement agreement = Agreement.builder()
        .id("a1")
        .kind(AgreementKind.LETTER_OF_INTENT)
        .addParties("QA", "US")
        .status(AgreementStatus.SIGNED)
        .meeting("m1")
        .assertion(Assertion.REPORTED)
        .build();
    return NewsDocument.builder()
        .source(Source.builder().id("a.txt").mediaType("text/plain").sha256("ab".repeat(32)).length(10).build())
        .text(TEXT)
        .article(Article.builder()
            .published(PublicationDate.of(LocalDateTime.of(2025, 12, 8, 12, 48)))
            .addBlocks(Block.of(BlockKind.LIST_INTRO, Span.of(0, 4)))
            .build())
        .addOfficials(khalifa)
        .addMeetings(meeting)
        .addAgreements(agreement)
        .build();
  }

  @Test
  void writesEveryFieldInContractOrderWithNulls() {
    String json = NewsJson.toJson(sample());
    assertThat(json).startsWith("{\"schema\":\"newsmodel/1\",\"source\":{\"id\":\"a.txt\",\"uri\":null,"
        + "\"mediaType\":\"text/plain\",\"sha256\":\"" + "ab".repeat(32) + "\",\"length\":10},\"text\":");
    assertThat(json).contains("\"article\":{\"headline\":null,\"byline\":null,\"outlet\":null,\"dateline\":null,"
        + "\"published\":\"2025-12-08T12:48\",\"language\":null,\"sections\":[],"
        + "\"blocks\":[{\"kind\":\"list_intro\",\"start\":0,\"end\":4}],\"evidence\":[]}");
    assertThat(json).contains("\"honorifics\":[\"HE\",\"Sheikh\"],\"titles\":[],\"organization\":null,\"country\":\"QA\"");
    assertThat(json).contains("{\"field\":\"/name\",\"start\":24,\"end\":31,\"exact\":\"Khalifa\",\"prefix\":\"Doha, Qatar \u2013 HE Sheikh \","
        + "\"suffix\":\" met Kristi Noem today.\",\"rule\":\"official.name.test\",\"confidence\":0.9,\"html\":null}");
    assertThat(json).contains("\"location\":null,\"date\":\"2023-12-18\",\"topics\":[],\"status\":\"held\","
        + "\"mode\":\"in_person\",\"host\":null,\"assertion\":\"asserted\"");
    assertThat(json).contains("\"kind\":\"Letter of Intent\",\"parties\":[\"QA\",\"US\"],\"signatories\":[],"
        + "\"subject\":null,\"status\":\"signed\",\"meeting\":\"m1\",\"assertion\":\"reported\"");
    assertThat(json).endsWith("\"warnings\":[]}");
  }

  @Test
  void writingIsDeterministic() {
    assertThat(NewsJson.toJson(sample())).isEqualTo(NewsJson.toJson(sample()));
  }

  @Test
  void readsDocumentsWithUnknownFields() {
    String json = NewsJson.toJson(sample()).replace("\"warnings\":[]", "\"warnings\":[],\"future\":1");
    assertThat(NewsJson.fromJson(json, NewsDocument.class)).isEqualTo(sample());
  }

  @Test
  void writesOffsetsOfPublicationDatesOnlyWhenGiven() {
    assertThat(PublicationDate.parse("2025-12-08").toString()).isEqualTo("2025-12-08");
    assertThat(PublicationDate.parse("2025-12-08T12:48").toString()).isEqualTo("2025-12-08T12:48");
    assertThat(PublicationDate.parse("2025-12-08T12:48:30-05:00").toString()).isEqualTo("2025-12-08T12:48:30-05:00");
    assertThat(PublicationDate.parse("2025-12-08T12:48Z").toString()).isEqualTo("2025-12-08T12:48Z");
  }

  @Test
  void unpairedSurrogatesAreEscapedAndReadBack() {
    String text = "a\uD800b\uDE00c\uD83D\uDE00d";
    Source source = Source.builder().id("s").mediaType("text/plain").sha256("0".repeat(64)).length(0).build();
    NewsDocument doc = NewsDocument.builder().source(source).text(text).build();
    String json = NewsJson.toJson(doc);
    assertThat(json).contains("a\\ud800b\\ude00c\uD83D\uDE00d");
    assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(json)).isTrue();
    assertThat(NewsJson.fromJson(json, NewsDocument.class).text()).isEqualTo(text);
  }
}
