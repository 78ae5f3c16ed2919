package io.github.newsmodel.officials.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.newsmodel.lexicon.Countries;
import io.github.newsmodel.lexicon.Gazetteer;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of plausible personal names in three shapes, built from invented
 * syllables so that they never coincide with a real official: Arabic name chains ("Tarim bin
 * Kazu bin Hasho Al Rimad"), Western names with an optional initial ("Kavin J. Tarrow") and East
 * Asian names written family name first ("Goh Kai Zun").
 */
public final class NameGenerators {
  private static final List<String> ONSETS = List.of("K", "T", "R", "M", "Z", "B", "D", "F", "H", "N", "S", "V", "Y",
      "Kh", "Sh", "Th");
  private static final List<String> VOWELS = List.of("a", "i", "u", "o", "ai", "ou");
  private static final List<String> CODAS = List.of("", "n", "r", "m", "d", "sh", "z", "v");
  private static final List<String> MIDDLES = List.of("ka", "ri", "zu", "mo", "ta", "vi", "lu", "sha", "ba", "ni");

  private NameGenerators() {}

  /**
   * A generated name with the short form a text uses after introducing it.
   *
   * @param full the full name
   * @param shortForm the later reference: the family name ("Tarrow", "Al Rimad") or, for East
   *     Asian names, the family name that comes first ("Goh")
   */
  public record Name(String full, String shortForm) {}

  /** A capitalised invented word of two or three syllables that is no country or city. */
  public static Gen<String> words() {
    Gen<String> first = Generate.pick(ONSETS).zip(Generate.pick(VOWELS), String::concat);
    Gen<String> rest = Generate.pick(MIDDLES).zip(Generate.pick(CODAS), String::concat);
    return first.zip(rest, integers().between(0, 1), (f, r, extra) -> extra == 1 ? f + "ra" + r : f + r)
        .assuming(NameGenerators::isFree);
  }

  /** Arabic name chains: given name, one or two "bin"/"bint" links, an "Al" family name. */
  public static Gen<Name> arabic() {
    return words().zip(words(), words(), integers().between(0, 3), (given, father, family, shape) -> {
      String link = shape == 3 ? "bint" : "bin";
      String familyName = (shape == 1 ? "Al-" : "Al ") + family;
      String chain = shape == 2 ? given + " " + link + " " + father + " " + link + " " + family + "i " + familyName
          : given + " " + link + " " + father + " " + familyName;
      return new Name(chain, familyName);
    });
  }

  /** Western names: given name, an optional middle initial, family name. */
  public static Gen<Name> western() {
    return words().zip(words(), integers().between(0, 2), (given, family, initial) -> {
      String middle = initial == 0 ? "" : (char) ('A' + initial * 7) + ". ";
      return new Name(given + " " + middle + family + "ow", family + "ow");
    });
  }

  /** East Asian names: a one-syllable family name first, then a one- or two-part given name. */
  public static Gen<Name> eastAsian() {
    return Generate.pick(ONSETS).zip(Generate.pick(VOWELS), words(), (onset, vowel, given) -> {
      String family = onset + vowel + "h";
      return new Name(family + " " + given, family);
    }).assuming(n -> isFree(n.shortForm()));
  }

  /** Any of the three shapes. */
  public static Gen<Name> names() {
    return Generate.oneOf(arabic(), western(), eastAsian());
  }

  /** One or two honorifics written before a name, such as "HE Dr." or "Sheikh". */
  public static Gen<List<String>> honorifics() {
    List<String> forms = List.of("HE", "H.E.", "His Excellency", "Her Excellency", "Dr.", "Dr", "Mr", "Ms.", "Sheikh",
        "Sayyid", "Prof.", "The Honourable", "His Highness");
    return Generate.pick(forms).zip(Generate.pick(forms), integers().between(1, 2),
        (a, b, count) -> count == 1 || a.equals(b) ? List.of(a) : List.of(a, b));
  }

  private static boolean isFree(String word) {
    return Countries.instance().codeForNameOrDemonym(word).isEmpty()
        && Gazetteer.instance().find(word).isEmpty()
        && !word.toLowerCase(Locale.ROOT).equals("bin");
  }
}
