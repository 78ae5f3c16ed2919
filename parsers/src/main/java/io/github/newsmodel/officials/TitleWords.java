package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The title vocabulary ({@code title-words.tsv}): heads that name a role ("Minister", "Crown
 * Prince"), modifiers that can stand for a role ("Deputy"), military ranks, company roles and the
 * other words of titles ("Foreign", "Affairs"). Matched case-insensitively, longest phrase first.
 * Loaded once per JVM; immutable and thread-safe.
 */
final class TitleWords {
  /** What a title word does in a title. */
  enum Kind {
    /** Names a role by itself. */
    HEAD,
    /** A modifier that names a role when no head follows it. */
    MODHEAD,
    /** A military or police rank. */
    RANK,
    /** A role in a company. */
    COMPANY,
    /** Another official's opposite number: an official role, not a title of its own. */
    COUNTERPART,
    /** Any other word of titles and institution names. */
    WORD
  }

  private static final PhraseTable<Kind> TABLE = load();

  private TitleWords() {}

  /**
   * Returns the phrase table of title words.
   *
   * @return the table
   */
  static PhraseTable<Kind> table() {
    return TABLE;
  }

  private static PhraseTable<Kind> load() {
    Map<String, Kind> words = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("title-words.tsv", 2)) {
      words.putIfAbsent(row[0], Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    return PhraseTable.of(words, true);
  }
}
