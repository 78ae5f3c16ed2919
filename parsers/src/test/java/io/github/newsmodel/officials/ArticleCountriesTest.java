package io.github.newsmodel.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pairs of countries a hyphenated word names are those that splitting it at its hyphen gives. */
class ArticleCountriesTest {
  private static final List<String> PARTS = parts();

  @Test
  void hyphenatedWordsPairTheCountriesOfTheirParts() {
    qt().forAll(integers().between(0, PARTS.size() - 1), integers().between(0, PARTS.size() - 1),
        integers().between(0, PARTS.size() - 1), integers().between(0, 2)).checkAssert((a, b, c, extra) -> {
          String word = PARTS.get(a) + "-" + PARTS.get(b) + (extra == 1 ? "-" + PARTS.get(c) : "");
          String text = "Officials of " + word + " met, and the " + word + " talks went on.";
          String folded = MatchText.fold(text);
          List<Sentence> sentences = List.of(new Sentence(0, Span.of(0, text.length()),
              UnitClassifier.classify(Tokenizer.tokenize(folded, 0, text.length())), false));
          List<ArticleCountries.Pair> expected = new ArrayList<>();
          List<Integer> nationStarts = new ArrayList<>();
          for (Unit u : sentences.get(0).units()) {
            if ((u.is(WordClass.NAME) || u.is(WordClass.ACRONYM)) && u.indexOf('-') > 0) {
              expected.addAll(reference(u));
            } else if (u.is(WordClass.NATION)) {
              nationStarts.add(u.start());
            }
          }
          // Pairs of country units ("U.S.A.-Micronesia" is three units) are another rule's.
          List<ArticleCountries.Pair> hyphenated = ArticleCountries.of(text, folded, sentences).pairs().stream()
              .filter(pair -> !nationStarts.contains(pair.span().start())).toList();
          assertThat(hyphenated).as(word).isEqualTo(expected);
        });
  }

  /** The pair read as the words were once read: split at hyphens, each part looked up. */
  private static List<ArticleCountries.Pair> reference(Unit u) {
    String[] parts = u.text().split("-");
    if (parts.length != 2) {
      return List.of();
    }
    Optional<String> a = Countries.instance().codeForNameOrDemonym(parts[0]);
    Optional<String> b = Countries.instance().codeForNameOrDemonym(parts[1]);
    return a.isEmpty() || b.isEmpty() || a.get().equals(b.get()) ? List.of()
        : List.of(new ArticleCountries.Pair(a.get(), b.get(), u.span()));
  }

  /** Country names and demonyms of one word, in any case, and a few other words. */
  private static List<String> parts() {
    List<String> parts = new ArrayList<>(List.of("Al", "Thani", "Smith", "Jones", "Khalifa", "qatar", "OMAN"));
    for (String word : Countries.instance().names()) {
      if (word.matches("[A-Za-z.]+")) {
        parts.add(word);
      }
    }
    for (String word : Countries.instance().demonyms()) {
      if (word.matches("[A-Za-z.]+")) {
        parts.add(word);
      }
    }
    return parts;
  }
}
