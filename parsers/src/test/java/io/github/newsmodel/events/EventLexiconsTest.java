package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.lexicon.LexiconResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexicons of the meeting and agreement extractors parse, and the lexicon README lists them. */
class EventLexiconsTest {
  private static final List<String> FILES = List.of("meeting-cues.tsv", "topic-cues.tsv", "venues.tsv",
      "modality-cues.tsv", "agreement-kinds.tsv", "agreement-cues.tsv", "party-words.tsv");

  @Test
  void everyFileParsesWithTwoColumnsPerRow() {
    for (String file : FILES) {
      assertThat(LexiconResource.rows(file, 2)).as(file).isNotEmpty()
          .allSatisfy(row -> assertThat(row[0]).as(file).isNotBlank());
    }
  }

  @Test
  void theReadmeHasARowForEveryFile() throws IOException {
    try (InputStream in = LexiconResource.class.getResourceAsStream(LexiconResource.FOLDER + "README.md")) {
      String readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String file : FILES) {
        assertThat(readme).as(file).contains("| `" + file + "` |");
      }
    }
  }

  @Test
  void theLexiconsLoad() {
    assertThat(ModalityReader.instance()).isNotNull();
    assertThat(new Places("Doha").cityAt(EventSentence.of("Doha", 0, io.github.newsmodel.model.Span.of(0, 4), 0,
        false), 0)).isPresent();
  }
}
