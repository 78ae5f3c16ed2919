package io.github.newsmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.instance();

  private static Optional<String> language(String text) {
    return DETECTOR.detect(text, Span.of(0, text.length())).map(LanguageDetector.Guess::language);
  }

  @Test
  void recognisesEnglish() {
    assertThat(language("The Secretary of State met the Foreign Minister in Doha to discuss the security of the "
        + "region and their shared commitment to peace.")).contains("en");
  }

  @Test
  void recognisesOtherLanguages() {
    assertThat(language("Le ministre des Affaires étrangères a rencontré son homologue pour discuter de la "
        + "sécurité dans la région et des relations entre les deux pays.")).contains("fr");
    assertThat(language("Der Minister hat sich mit dem Botschafter getroffen, um über die Sicherheit in der "
        + "Region und die Beziehungen zwischen den beiden Ländern zu sprechen.")).contains("de");
    assertThat(language("El ministro se reunió con el embajador para hablar de la seguridad en la región y de "
        + "las relaciones entre los dos países.")).contains("es");
  }

  @Test
  void staysSilentWhenUnsure() {
    assertThat(language("")).isEmpty();
    assertThat(language("Doha Qatar NCC HE")).isEmpty();
    assertThat(language("xq zv kk pp tt rr ww qq mm nn")).isEmpty();
  }

  @Test
  void readsABoundedSampleThatStartsWithinTheSpan() {
    String text = "x".repeat(10) + " the meeting of the ministers and the envoys was held in the capital. ".repeat(5000);
    LanguageDetector.Guess guess = DETECTOR.detect(text, Span.of(10, text.length())).orElseThrow();
    assertThat(guess.language()).isEqualTo("en");
    assertThat(guess.sample().start()).isGreaterThanOrEqualTo(10);
    assertThat(guess.sample().length()).isLessThanOrEqualTo(LanguageDetector.MAX_SAMPLE);
    assertThat(guess.confidence()).isBetween(0.0, 1.0);
  }
}
