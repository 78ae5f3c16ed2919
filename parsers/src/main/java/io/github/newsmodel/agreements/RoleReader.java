package io.github.newsmodel.agreements;

import io.github.newsmodel.agreements.AgreementLexicon.PartyWord;
import io.github.newsmodel.agreements.InstrumentMention.ActionReading;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.Places;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who takes part in the action on an instrument: the parties and, for a signing, the
 * signatories. The roles are read from the parts of the clause that hold them:
 *
 * <ul>
 *   <li>the subject of an active verb ("The Government of Singapore and the Kingdom of Saudi
 *       Arabia signed", "the Secretary and Foreign Minister signed");
 *   <li>the agent after "by" ("The MOU was signed by X and Y", "the signing ... by the Singapore
 *       and Bahrain judiciaries");
 *   <li>the other side after "with" ("signed an Air Transport Agreement yesterday with X");
 *   <li>the sides after "between", and the side after "signed for" (parties only).
 * </ul>
 *
 * In those parts, officials' mentions are signatories (when the action is a signing; people after
 * "witness" never are), and give their country as a party, or their organisation when they serve
 * none. Outside mentions, parties are read as: a country name ("Armenia"), unless it starts a
 * longer proper name ("Qatar Airways"); a demonym before an organ or a common noun ("Qatari
 * Ministry", "American side"); a state organ with its country ("Government of Singapore" → SG); an
 * institution by its full name, without acronym ("African Union Commission"). Immutable; one per
 * document.
 */
final class RoleReader {
  private static final Set<String> STOPS = Set.of("when", "while", "which", "who", "whom", "where", "during",
      "following", "after", "before", "because", "since", "that", "paving", "enabling", "marking", "allowing",
      "expanding", "underscoring", "at", "under", "in", "on", "witness", "witnessed", "to", "today", "yesterday");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "de", "&");
  private static final int ROLE_DISTANCE = 4;
  private static final int MAX_ORGANISATION = 10;
  /** How far a role reaches, in tokens: bounds the work per action. */
  private static final int MAX_REACH = 250;

  /**
   * The parties and signatories of one action.
   *
   * @param parties the parties, in text order
   * @param signatories the signatories, in text order
   * @param company whether a company takes part ("Saudi Aramco and Mitsubishi Corporation signed")
   */
  record Roles(List<Party> parties, List<Signatory> signatories, boolean company) {}

  /**
   * The rules of the parties read in a range, made from the range's party rule: for an official's
   * country or organisation, a country named alone, an organ of a country, an organisation.
   */
  private record PartyRules(String official, String officialOrganization, String country, String organ,
      String organization) {
    static PartyRules of(String rule) {
      return new PartyRules(rule + ".official", rule + ".official.organization", rule + ".country",
          rule + ".organ", rule + ".organization");
    }
  }

  /** The party rules of the ranges this reader reads, made once. */
  private static final Map<String, PartyRules> PARTY_RULES = partyRules("agreement.party.subject",
      "agreement.party.agent", "agreement.party.with", "agreement.party.between", "agreement.party.for");

  private final AgreementLexicon lexicon = AgreementLexicon.instance();
  private final String text;
  private final OfficialMentions mentions;
  private final Places places;

  /**
   * Creates a reader for one document.
   *
   * @param text the document text
   * @param mentions the officials' mentions
   */
  RoleReader(String text, OfficialMentions mentions) {
    this.text = text;
    this.mentions = mentions;
    this.places = new Places(text);
  }

  /**
   * Reads the roles of an instrument mention's action.
   *
   * @param mention the mention, with an action
   * @return the roles
   */
  Roles read(InstrumentMention mention) {
    List<Party> parties = new ArrayList<>();
    List<Signatory> signatories = new ArrayList<>();
    boolean[] company = new boolean[1];
    if (mention.action().isEmpty()) {
      return new Roles(parties, signatories, false);
    }
    EventSentence sentence = mention.sentence();
    ActionReading action = mention.action().get();
    boolean signing = action.status() == AgreementStatus.SIGNED;
    if (action.before() && verbal(sentence, action)) {
      int start = clauseStart(sentence, action.first());
      company[0] |= read(sentence, start, action.first(), parties, action.signer() && signing ? signatories : null,
          "agreement.signatory.subject", "agreement.party.subject");
    }
    int after = Math.max(mention.nameLast(), action.last()) + 1;
    int by = sentence.isWord(action.last(), "by") ? action.last() : find(sentence, "by", after);
    if (by >= 0) {
      company[0] |= read(sentence, by + 1, stop(sentence, by + 1), parties, signing ? signatories : null,
          "agreement.signatory.agent", "agreement.party.agent");
    }
    int with = find(sentence, "with", after);
    if (with >= 0) {
      company[0] |= read(sentence, with + 1, stop(sentence, with + 1), parties, signing ? signatories : null,
          "agreement.signatory.with", "agreement.party.with");
    }
    int between = find(sentence, "between", mention.nameLast() + 1);
    if (between >= 0) {
      read(sentence, between + 1, stop(sentence, between + 1), parties, null, null, "agreement.party.between");
    }
    if (action.before() && sentence.isWord(action.last() + 1, "for")) {
      read(sentence, action.last() + 2, stop(sentence, action.last() + 2), parties, null, null,
          "agreement.party.for");
    }
    return new Roles(parties, signatories, company[0]);
  }

  /**
   * Reads the signatories and parties of a sentence that says people signed without naming the
   * instrument ("X signed for the United States, and Y signed for Armenia").
   *
   * @param sentence the sentence
   * @param signed the index of a verb of signing
   * @return the roles
   */
  Roles readSignature(EventSentence sentence, int signed) {
    List<Party> parties = new ArrayList<>();
    List<Signatory> signatories = new ArrayList<>();
    read(sentence, clauseStart(sentence, signed), signed, parties, signatories, "agreement.signatory.subject",
        "agreement.party.subject");
    if (sentence.isWord(signed + 1, "for")) {
      read(sentence, signed + 2, stop(sentence, signed + 2), parties, null, null, "agreement.party.for");
    }
    return new Roles(parties, signatories, false);
  }

  /**
   * Returns the party an official stands for: their country, else their organisation.
   *
   * @param official the official
   * @param span the mention that names them
   * @param rule the rule name
   * @return the party, or empty
   */
  static Optional<Party> partyOf(Official official, Span span, String rule) {
    if (official.country().isPresent()) {
      return Optional.of(new Party(official.country().get(), span, rule));
    }
    return official.organization().map(org -> new Party(org, span, rule + ".organization"));
  }

  /** Adds the party an official stands for, as {@link #partyOf} reads it, with rules made beforehand. */
  private static void addPartyOf(List<Party> parties, Official official, Span span, PartyRules rules) {
    if (official.country().isPresent()) {
      addParty(parties, new Party(official.country().get(), span, rules.official()));
    } else if (official.organization().isPresent()) {
      addParty(parties, new Party(official.organization().get(), span, rules.officialOrganization()));
    }
  }

  private static Map<String, PartyRules> partyRules(String... rules) {
    Map<String, PartyRules> byRule = new HashMap<>();
    for (String rule : rules) {
      byRule.put(rule, PartyRules.of(rule));
    }
    return Map.copyOf(byRule);
  }

  /** Whether a before-action is a verb with a subject ("signed", "agreed on"), not a noun ("the signing of"). */
  private static boolean verbal(EventSentence sentence, ActionReading action) {
    String last = sentence.lower(action.last());
    return !(last.equals("of") || sentence.isWord(action.first(), "signing") && !action.signer());
  }

  /** Whether an official is among the signatories. */
  private static boolean signs(List<Signatory> signatories, String officialId) {
    for (Signatory s : signatories) {
      if (s.officialId().equals(officialId)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the roles of a token range; returns whether a company takes part. */
  private boolean read(EventSentence sentence, int from, int to, List<Party> parties, List<Signatory> signatories,
      String signatoryRule, String partyRule) {
    if (from >= to) {
      return false;
    }
    boolean company = false;
    List<OfficialMentions.Mention> within = mentions.within(sentence.startOf(from), sentence.endOf(to - 1));
    PartyRules rules = PARTY_RULES.get(partyRule);
    if (rules == null) {
      rules = PartyRules.of(partyRule);
    }
    for (int w = 0; w < within.size(); w++) {
      OfficialMentions.Mention m = within.get(w);
      if (signatories != null && !signs(signatories, m.officialId())) {
        signatories.add(new Signatory(m.officialId(), m.span(), signatoryRule));
      }
      Optional<Official> official = mentions.official(m.officialId());
      if (official.isPresent()) {
        addPartyOf(parties, official.get(), m.span(), rules);
      }
    }
    int k = from;
    while (k < to) {
      if (!sentence.capitalized(k) || sentence.isWord(k, "the") || inMention(sentence, k)) {
        k++;
        continue;
      }
      int next = organisation(sentence, k, to, parties, rules);
      if (next < 0) {
        company = true;
        k = -next;
        continue;
      }
      if (next > k) {
        k = next;
        continue;
      }
      Optional<Places.Place> country = places.countryAt(sentence, k);
      if (country.isPresent() && country.get().last() < to && standsAlone(sentence, country.get())) {
        addParty(parties, new Party(country.get().code(), country.get().span(), rules.country()));
        k = country.get().last() + 1;
      } else {
        k++;
      }
    }
    return company;
  }

  /**
   * Reads a capitalised phrase naming an institution at a token; returns the token after it, or
   * {@code k} when there is none, or minus the token after it when it names a company.
   */
  private int organisation(EventSentence sentence, int k, int to, List<Party> parties, PartyRules rules) {
    int end = k;
    int j = k + 1;
    boolean complement = false;
    while (j < to && j - k < MAX_ORGANISATION) {
      if (sentence.isWordLike(j) && sentence.capitalized(j) && !inMention(sentence, j)) {
        end = j++;
      } else if ((CONNECTORS.contains(sentence.lower(j)) || sentence.isWord(j, "the"))
          && j + 1 < to && (sentence.capitalized(j + 1) || sentence.isWord(j + 1, "the")
          && j + 2 < to && sentence.capitalized(j + 2))
          || complement && sentence.isWord(j, "and") && continuesName(sentence, j + 1, to)) {
        complement |= sentence.isWord(j, "of") || sentence.isWord(j, "for");
        j++;
      } else {
        break;
      }
    }
    final int last = end;
    boolean organ = false;
    boolean body = false;
    boolean firm = false;
    Places.Place country = null;
    int words = 0;
    for (int i = k; i <= last; i++) {
      PartyWord word = sentence.capitalized(i) ? lexicon.partyWord(sentence.lower(i)) : null;
      organ |= word == PartyWord.ORGAN;
      body |= word == PartyWord.BODY;
      firm |= word == PartyWord.COMPANY && i > k;
      if (sentence.capitalized(i)) {
        words++;
      }
      if (country == null) {
        country = places.countryAt(sentence, i).filter(p -> p.last() <= last).orElse(null);
      }
    }
    if (firm && !organ) {
      return -(last + 1);
    }
    boolean possessed = k >= 2 && sentence.kind(k - 1) == Token.Kind.POSSESSIVE;
    if (country == null && (organ || body) && possessed) {
      int before = sentence.firstAtOrAfter(sentence.start(k - 1)) - 1;
      for (int s = Math.max(0, before - 3); s <= before && country == null; s++) {
        country = places.countryAt(sentence, s).filter(p -> p.last() == before).orElse(null);
      }
    }
    if (country != null && (organ || body && possessed)) {
      addParty(parties, new Party(country.code(), Span.of(sentence.start(k), sentence.end(last)),
          rules.organ()));
      return last + 1;
    }
    if ((body || organ) && words >= 2) {
      Span span = Span.of(sentence.start(k), sentence.end(last));
      addParty(parties, new Party(text.substring(span.start(), span.end()), span, rules.organization()));
      return last + 1;
    }
    return k;
  }

  /**
   * Whether the word after "and" inside a name's complement continues the name ("Agency for Crime
   * and Security") rather than starting another party ("Government of Singapore and the Kingdom").
   */
  private boolean continuesName(EventSentence sentence, int k, int to) {
    return k < to && sentence.capitalized(k) && sentence.isWordLike(k)
        && lexicon.partyWord(sentence.lower(k)) == null && places.countryAt(sentence, k).isEmpty();
  }

  /** A country name that is not the start of a longer proper name ("Qatar Airways", "U.S.-Armenia Dialogue"). */
  private boolean standsAlone(EventSentence sentence, Places.Place country) {
    int next = country.last() + 1;
    if (next >= sentence.size()) {
      return true;
    }
    if (country.demonym()) {
      return sentence.kind(next) == Token.Kind.WORD
          && (!sentence.capitalized(next) || lexicon.partyWord(sentence.lower(next)) == PartyWord.ORGAN);
    }
    if (sentence.isPunct(next, '-')) {
      return false;
    }
    return !(sentence.isWordLike(next) && sentence.capitalized(next))
        || lexicon.partyWord(sentence.lower(next)) != null;
  }

  private static void addParty(List<Party> parties, Party party) {
    if (!hasParty(parties, party.value())) {
      parties.add(party);
    }
  }

  /** Tells whether one of the parties has a value (a country code or an organisation). */
  static boolean hasParty(List<Party> parties, String value) {
    for (int k = 0; k < parties.size(); k++) {
      if (parties.get(k).value().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private int find(EventSentence sentence, String word, int from) {
    for (int j = from; j < Math.min(sentence.size(), from + ROLE_DISTANCE); j++) {
      if (sentence.isWord(j, word) && !inMention(sentence, j)) {
        return j;
      }
      if (!(sentence.isWord(j, "today") || sentence.isWord(j, "yesterday") || sentence.isPunct(j, ',')
          || sentence.isWord(j, "also") || sentence.isWord(j, "jointly") || sentence.isPunct(j, '(')
          || sentence.isPunct(j, ')') || sentence.capitalized(j) && inBrackets(sentence, j))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean inBrackets(EventSentence sentence, int j) {
    return sentence.isPunct(j - 1, '(') && sentence.isPunct(j + 1, ')');
  }

  private int stop(EventSentence sentence, int from) {
    int bound = Math.min(sentence.size(), from + MAX_REACH);
    for (int j = from; j < bound; j++) {
      if (inMention(sentence, j)) {
        continue;
      }
      if (sentence.isPunct(j, ';') || sentence.isPunct(j, ':') || sentence.isPunct(j, '.') && j == sentence.size() - 1
          || STOPS.contains(sentence.lower(j)) && !sentence.capitalized(j)
          || sentence.isPunct(j, ',') && j + 1 < sentence.size() && sentence.kind(j + 1) == Token.Kind.WORD
          && !sentence.capitalized(j + 1) && !sentence.isWord(j + 1, "and")) {
        return j;
      }
    }
    return bound;
  }

  private static int clauseStart(EventSentence sentence, int from) {
    int bound = Math.max(0, from - MAX_REACH);
    for (int k = from - 1; k >= bound; k--) {
      if (sentence.isPunct(k, ';') || sentence.isWord(k, "which") || sentence.isWord(k, "when")
          || sentence.isWord(k, "since") && k + 1 < from) {
        return k + 1;
      }
    }
    return bound;
  }

  private boolean inMention(EventSentence sentence, int k) {
    return mentions.covers(sentence.start(k));
  }
}
