package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.newsmodel.model.Official;
import io.github.newsmodel.officials.OfficialMatcher.Verdict;
import org.junit.jupiter.api.Test;

/** Identity across articles. */
class OfficialMatcherTest {
  private final OfficialMatcher matcher = OfficialMatcher.instance();

  private static Official official(String name, String country, String... titles) {
    Official.Builder builder = Official.builder().id(NameKey.slug(name)).name(name).addTitles(titles);
    if (country != null) {
      builder.country(country);
    }
    return builder.build();
  }

  @Test
  void sameKeyIsSamePerson() {
    OfficialMatcher.Match match = matcher.match(official("Khalifa bin Hamad bin Khalifa Al Thani", "QA"),
        official("Khalifa bin Hamad bin Khalifa Al-Thani", "QA"));
    assertThat(match.verdict()).isEqualTo(Verdict.SAME);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.reason()).contains("same canonical name");
  }

  @Test
  void shorterFormsAreLikelyTheSame() {
    assertThat(matcher.match(official("Antony J. Blinken", "US"), official("Antony Blinken", "US")).verdict())
        .isEqualTo(Verdict.LIKELY_SAME);
    assertThat(matcher.match(official("Mohammed bin Zayed Al Nahyan", "AE"), official("Mohammed bin Zayed", null))
        .reason()).contains("shorter form");
  }

  @Test
  void spellingVariantsAreLikelyTheSame() {
    OfficialMatcher.Match match = matcher.match(official("Mohammed bin Zayed Al Nahyan", "AE"),
        official("Mohamed bin Zayed Al Nahyan", "AE"));
    assertThat(match.verdict()).isEqualTo(Verdict.LIKELY_SAME);
    assertThat(match.reason()).contains("Jaro-Winkler");
  }

  @Test
  void differentCountriesOrNamesAreDifferent() {
    assertThat(matcher.match(official("Ahmed Ali", "QA"), official("Ahmed Ali Hassan", "EG")).verdict())
        .isEqualTo(Verdict.DIFFERENT);
    assertThat(matcher.match(official("Tahnoon bin Zayed Al Nahyan", "AE"), official("Abdullah bin Zayed Al Nahyan", "AE"))
        .verdict()).isEqualTo(Verdict.DIFFERENT);
  }
}
