package io.github.newsmodel.agreements;

import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.PhraseLexicon;
import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of agreements: instrument kinds ({@code agreement-kinds.tsv}), the cues around them
 * ({@code agreement-cues.tsv}) and the words that make a phrase an institution
 * ({@code party-words.tsv}). Loaded once per JVM; immutable and thread-safe.
 */
final class AgreementLexicon {
  private static final AgreementLexicon INSTANCE = new AgreementLexicon();

  /**
   * An instrument word.
   *
   * @param kind the kind, or null for a bare "memorandum" or an excluding modifier
   * @param memorandum whether it is a bare "memorandum"
   * @param excluded whether it is a modifier that excludes the instrument ("truce")
   * @param plural whether it names several instruments
   * @param generic whether it is a common noun that needs a name, count or meeting to count
   */
  record KindEntry(AgreementKind kind, boolean memorandum, boolean excluded, boolean plural, boolean generic) {}

  /**
   * An action on an instrument.
   *
   * @param status the status it gives
   * @param signer whether the clause subject of a before-action signs
   */
  record Action(AgreementStatus status, boolean signer) {}

  /** The roles of the words of {@code agreement-cues.tsv} other than actions. */
  enum Role {
    /** A verb after a named instrument that gives its subject ("details", "covers"). */
    DESCRIBES,
    /** A word after the kind that opens the instrument's name ("on", "concerning"). */
    TAIL,
    /** A purpose clause after the action that gives the subject ("to enhance"). */
    PURPOSE,
    /** A word that may stand between a before-action and the instrument ("a", "new"). */
    SKIP,
    /** A word before a common noun that makes it no particular instrument ("any", "similar"). */
    VAGUE
  }

  /** What a party word makes a phrase. */
  enum PartyWord {
    /** An organ of a state ("Ministry"): with a country, the state's code. */
    ORGAN,
    /** An international organisation or institution ("Commission"): a party by its full name. */
    BODY,
    /** A company ("Corporation"): its instruments are commercial deals. */
    COMPANY
  }

  private final PhraseLexicon<KindEntry> kinds;
  private final PhraseLexicon<Action> before;
  private final PhraseLexicon<Action> after;
  /** The phrases of each role, by the role's ordinal; null for a role without phrases. */
  private final PhraseLexicon<?>[] roles;
  private final Map<String, PartyWord> partyWords;

  private AgreementLexicon() {
    Map<String, KindEntry> kindRows = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("agreement-kinds.tsv", 2)) {
      Set<String> flags = row.length > 2 && !row[2].isEmpty() ? Set.of(row[2].split(",")) : Set.of();
      boolean memorandum = row[1].equals("memorandum");
      boolean excluded = row[1].equals("excluded");
      AgreementKind kind = memorandum || excluded ? null : AgreementKind.fromLabel(row[1]);
      kindRows.putIfAbsent(row[0], new KindEntry(kind, memorandum, excluded, flags.contains("plural"),
          flags.contains("generic")));
    }
    this.kinds = PhraseLexicon.of(kindRows);
    Map<String, Action> beforeRows = new LinkedHashMap<>();
    Map<String, Action> afterRows = new LinkedHashMap<>();
    Map<Role, Map<String, Boolean>> roleRows = new EnumMap<>(Role.class);
    for (String[] row : LexiconResource.rows("agreement-cues.tsv", 2)) {
      String role = row[1];
      if (role.equals("before") || role.equals("after")) {
        String[] value = row[2].split(",");
        Action action = new Action(AgreementStatus.fromJson(value[0]), value.length > 1 && value[1].equals("signer"));
        (role.equals("before") ? beforeRows : afterRows).putIfAbsent(row[0], action);
      } else {
        roleRows.computeIfAbsent(Role.valueOf(role.toUpperCase(Locale.ROOT)), r -> new LinkedHashMap<>())
            .putIfAbsent(row[0], Boolean.TRUE);
      }
    }
    this.before = PhraseLexicon.of(beforeRows);
    this.after = PhraseLexicon.of(afterRows);
    PhraseLexicon<?>[] byRole = new PhraseLexicon<?>[Role.values().length];
    roleRows.forEach((role, phrases) -> byRole[role.ordinal()] = PhraseLexicon.of(phrases));
    this.roles = byRole;
    Map<String, PartyWord> words = new HashMap<>();
    for (String[] row : LexiconResource.rows("party-words.tsv", 2)) {
      words.putIfAbsent(row[0].toLowerCase(Locale.ROOT), PartyWord.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    this.partyWords = Map.copyOf(words);
  }

  /**
   * Returns the shared lexicon.
   *
   * @return the lexicon
   */
  static AgreementLexicon instance() {
    return INSTANCE;
  }

  /**
   * Finds the instrument word that starts at a token.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the match, or null
   */
  PhraseLexicon.Match<KindEntry> kindAt(EventSentence sentence, int at) {
    return kinds.longestAt(sentence, at);
  }

  /**
   * Returns the first token at or after {@code from} where an instrument word may start: none
   * starts before it (see {@link PhraseLexicon#nextCandidate}).
   *
   * @param sentence the sentence
   * @param from the first token index looked at
   * @return the token index, or the sentence's size
   */
  int nextKindCandidate(EventSentence sentence, int from) {
    return kinds.nextCandidate(sentence, from);
  }

  /**
   * Finds an action phrase that ends at a token, for an instrument after it.
   *
   * @param sentence the sentence
   * @param last the index of the phrase's last token
   * @return the match, or null
   */
  PhraseLexicon.Match<Action> beforeEndingAt(EventSentence sentence, int last) {
    for (int s = Math.max(0, last - 3); s <= last; s++) {
      if (before.endAt(sentence, s) == last) {
        return before.longestAt(sentence, s);
      }
    }
    return null;
  }

  /**
   * Finds an action phrase that starts at a token, for an instrument before it.
   *
   * @param sentence the sentence
   * @param at the token index
   * @return the match, or null
   */
  PhraseLexicon.Match<Action> afterAt(EventSentence sentence, int at) {
    return after.longestAt(sentence, at);
  }

  /**
   * Finds a phrase of a role at a token.
   *
   * @param role the role
   * @param sentence the sentence
   * @param at the token index
   * @return the index of the phrase's last token, or -1
   */
  int endOf(Role role, EventSentence sentence, int at) {
    PhraseLexicon<?> words = roles[role.ordinal()];
    return words == null ? -1 : words.endAt(sentence, at);
  }

  /**
   * Tells whether a phrase of a role starts at a token.
   *
   * @param role the role
   * @param sentence the sentence
   * @param at the token index
   * @return true when one does
   */
  boolean is(Role role, EventSentence sentence, int at) {
    return endOf(role, sentence, at) >= 0;
  }

  /**
   * Returns what a word makes a capitalised phrase.
   *
   * @param lowerWord the word, lower case
   * @return organ, body, company, or null
   */
  PartyWord partyWord(String lowerWord) {
    return partyWords.get(lowerWord);
  }
}
