package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The honorifics lexicon ({@code honorifics.tsv}): forms of address written before a name ("HE",
 * "His Royal Highness", "Sheikh", "Dr.") or after it ("SC"). Matched case-sensitively, longest
 * form first. Loaded once per JVM; immutable and thread-safe.
 */
final class Honorifics {
  /**
   * One honorific form.
   *
   * @param form the form as listed
   * @param postnominal whether it is written after the name
   * @param official whether it is reserved for dignitaries (and so marks an official role)
   */
  record Honorific(String form, boolean postnominal, boolean official) {}

  private static final PhraseTable<Honorific> TABLE = load();

  private Honorifics() {}

  /**
   * Returns the phrase table of all honorifics.
   *
   * @return the table
   */
  static PhraseTable<Honorific> table() {
    return TABLE;
  }

  private static PhraseTable<Honorific> load() {
    Map<String, Honorific> forms = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("honorifics.tsv", 3)) {
      String position = row[1].toLowerCase(Locale.ROOT);
      if (!position.equals("prefix") && !position.equals("postnominal")) {
        throw new IllegalStateException("honorifics.tsv: unknown position " + row[1]);
      }
      forms.putIfAbsent(row[0], new Honorific(row[0], position.equals("postnominal"), row[2].equals("yes")));
    }
    return PhraseTable.of(forms, false);
  }
}
