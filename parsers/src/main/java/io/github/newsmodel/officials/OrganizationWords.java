package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The organisation vocabulary ({@code organization-words.tsv}): words that make a phrase an
 * institution ("Ministry", "Bureau", "NSC"), intergovernmental bodies ("Union", "NATO"), armed
 * and security units ("Force") and company
 * markers ("Ltd"). Words are matched case-insensitively, acronyms (all capitals) as written.
 * Loaded once per JVM; immutable and thread-safe.
 */
final class OrganizationWords {
  /** What an organisation word marks. */
  enum Kind {
    /** A government, judicial or legislative body. */
    INSTITUTION,
    /** An intergovernmental body, whose officials serve no one state. */
    INTERNATIONAL,
    /** An armed or security unit. */
    UNIT,
    /** A company. */
    COMPANY
  }

  private static final PhraseTable<Kind> WORDS;
  private static final PhraseTable<Kind> ACRONYMS;

  static {
    Map<String, Kind> words = new LinkedHashMap<>();
    Map<String, Kind> acronyms = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("organization-words.tsv", 2)) {
      Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT));
      boolean acronym = row[0].length() > 1 && row[0].equals(row[0].toUpperCase(Locale.ROOT))
          && !row[0].equals(row[0].toLowerCase(Locale.ROOT));
      (acronym ? acronyms : words).putIfAbsent(row[0], kind);
    }
    WORDS = PhraseTable.of(words, true);
    ACRONYMS = PhraseTable.of(acronyms, false);
  }

  private OrganizationWords() {}

  /**
   * Returns the table of words and phrases, matched ignoring case.
   *
   * @return the table
   */
  static PhraseTable<Kind> words() {
    return WORDS;
  }

  /**
   * Returns the table of acronyms, matched as written.
   *
   * @return the table
   */
  static PhraseTable<Kind> acronyms() {
    return ACRONYMS;
  }
}
