package io.github.newsmodel.officials.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of messy article text: sentences made of the pieces the officials rules
 * react to (honorifics, title words, particles, countries, punctuation, quotes, possessives) mixed
 * with generated names and arbitrary characters.
 */
public final class TextGenerators {
  private static final List<String> PIECES = List.of("Minister", "of", "the", "Al", "al-", "bin", "HE", "H.E.", "He",
      "Sheikh", "Dr.", "and", ",", "(", ")", "\u201C", "\u201D", "\"", "Foreign", "Affairs", "Qatar\u2019s", "U.S.",
      "Secretary", "J.", "K", "Jr.", ".", "Department", "Ministry", "said", "met", "President", "Crown", "Prince",
      "Deputy", "head", "to", "for", "The", "SC", "Mr", "'s", "-", "\u2013", "Republic", "Kingdom", "Kenya", "Saudi",
      "counterpart", "CEO", "Ltd", "visits", "Singapore", "Office of the Spokesperson\n", "\n", "MINISTRY OF LAW\n",
      "\u00A0", "Major General", "Amir", "of Qatar", "(Colombia)", "signed for", "U.S.-Oman", "the Minister");

  private TextGenerators() {}

  /** One word or punctuation piece, sometimes generated noise. */
  public static Gen<String> pieces() {
    Gen<String> noise = strings().betweenCodePoints(0x20, 0x24FF).ofLengthBetween(1, 6);
    Gen<String> names = NameGenerators.names().map(NameGenerators.Name::full);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(8, Generate.pick(PIECES)),
        org.quicktheories.api.Pair.of(2, names),
        org.quicktheories.api.Pair.of(1, noise));
  }

  /** Texts of up to a few hundred pieces joined by spaces. */
  public static Gen<String> texts() {
    return lists().of(pieces()).ofSizeBetween(0, 300).zip(integers().between(0, 1),
        (pieces, joiner) -> String.join(joiner == 0 ? " " : "", pieces));
  }
}
