package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words around author names, from the lexicon {@code html-byline-cues.tsv}: lead words ("By",
 * "Von"), office bylines ("Office of the"), stops ("|", "Updated"), tail words, inner leads, name
 * particles, account names and organisation words. Read once per JVM; immutable.
 */
final class BylineCues {
  /** What separates the words of a byline, compiled once. */
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s,/()-]+");
  /** Lead phrases, longest first, lower case. */
  static final List<String> LEADS;
  /** Office byline starts, lower case. */
  static final List<String> ORGS;
  /** Phrases that end the author part of a line, lower case. */
  static final List<String> STOPS;
  /** Name particles written in lower case inside names ("von", "de", "bin"). */
  static final java.util.Set<String> PARTICLES;
  /** Words that mark an organisation, lower case. */
  static final java.util.Set<String> ORG_WORDS;
  /** Account names that name no author, lower case. */
  static final java.util.Set<String> GENERIC;
  /** Words that introduce the author inside a line, lower case. */
  static final List<String> INNER;
  /** Words dropped from the end of a byline once a date is cut off, lower case. */
  static final java.util.Set<String> TAILS;

  static {
    List<String> leads = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    List<String> stops = new ArrayList<>();
    java.util.Set<String> tails = new java.util.HashSet<>();
    List<String> inner = new ArrayList<>();
    java.util.Set<String> generic = new java.util.HashSet<>();
    java.util.Set<String> orgWords = new java.util.HashSet<>();
    java.util.Set<String> particles = new java.util.HashSet<>();
    for (String[] row : LexiconResource.rows("html-byline-cues.tsv", 2)) {
      String phrase = row[1].toLowerCase(Locale.ROOT);
      switch (row[0]) {
        case "lead" -> leads.add(phrase);
        case "org" -> orgs.add(phrase);
        case "stop" -> stops.add(phrase);
        case "tail" -> tails.add(phrase);
        case "inner" -> inner.add(phrase);
        case "generic" -> generic.add(phrase);
        case "company" -> orgWords.add(phrase);
        case "particle" -> particles.add(phrase);
        default -> throw new IllegalStateException("html-byline-cues.tsv: unknown kind " + row[0]);
      }
    }
    leads.sort(Comparator.comparingInt(String::length).reversed());
    LEADS = List.copyOf(leads);
    ORGS = List.copyOf(orgs);
    STOPS = List.copyOf(stops);
    TAILS = java.util.Set.copyOf(tails);
    INNER = List.copyOf(inner);
    GENERIC = java.util.Set.copyOf(generic);
    ORG_WORDS = java.util.Set.copyOf(orgWords);
    PARTICLES = java.util.Set.copyOf(particles);
  }

  private BylineCues() {}

  /**
   * Returns the length of the lead phrase a line starts with ("By ", "Von: ", the "By" of
   * "ByJane Doe"), including the separator after it.
   *
   * @param line the line
   * @return the length to strip, 0 when the line has no lead
   */
  static int leadLength(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String lead : LEADS) {
      if (lower.startsWith(lead) && lower.length() > lead.length()) {
        int i = lead.length();
        char next = lower.charAt(i);
        if (next == ':' || next == ' ' || next == '\u00A0') {
          while (i < lower.length() && (lower.charAt(i) == ':' || PageIndex.isSpace(lower.charAt(i)))) {
            i++;
          }
          return i;
        }
        if (gluedToName(line, lead)) {
          return i;
        }
      }
    }
    return 0;
  }

  /**
   * Tells whether a lead word is written together with the capitalised name after it, as
   * adjacent elements render it ("ByJane Doe" from {@code <span>By</span><a>Jane Doe</a>}): the
   * lead is a word that is no name particle, its last letter is lower case, and a capital and a
   * small letter follow.
   */
  private static boolean gluedToName(String line, String lead) {
    int i = lead.length();
    if (i + 1 >= line.length() || PARTICLES.contains(lead) || !Character.isLowerCase(line.charAt(i - 1))
        || !Character.isUpperCase(line.charAt(i)) || !Character.isLowerCase(line.charAt(i + 1))) {
      return false;
    }
    for (int k = 0; k < i; k++) {
      if (!Character.isLetter(lead.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a byline names an organisation ("Web Commerce GmbH", "Badische Zeitung").
   *
   * @param byline the byline
   * @return true when one of its words marks an organisation
   */
  static boolean isOrganisation(String byline) {
    for (String word : WORD_BREAKS.split(byline.toLowerCase(Locale.ROOT))) {
      if (ORG_WORDS.contains(word)) {
        return true;
      }
    }
    return byline.toLowerCase(Locale.ROOT).contains("e. v.");
  }

  /**
   * Tells whether a line starts like an office byline ("Office of the Spokesperson").
   *
   * @param line the line
   * @return true for an office byline
   */
  static boolean isOrgByline(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String org : ORGS) {
      if (lower.startsWith(org + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where the author starts in a line that opens with other words ("Posted on 12 May
   * 2020 by Jane Doe"): after the first inner lead word standing as a word.
   *
   * @param line the line
   * @return the index after the lead word and its spaces, or -1 when there is none
   */
  static int innerStart(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    int best = -1;
    for (String lead : INNER) {
      int at = lower.indexOf(lead);
      while (at >= 0) {
        int end = at + lead.length();
        boolean before = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        boolean after = end < lower.length() && PageIndex.isSpace(lower.charAt(end));
        if (before && after) {
          if (best < 0 || at < best) {
            best = end;
          }
          break;
        }
        at = lower.indexOf(lead, at + 1);
      }
    }
    if (best < 0) {
      return -1;
    }
    while (best < line.length() && PageIndex.isSpace(line.charAt(best))) {
      best++;
    }
    return best;
  }

  /**
   * Removes tail words ("am", "le") from the end of a byline.
   *
   * @param s the byline
   * @return the byline without trailing tail words
   */
  static String stripTails(String s) {
    String result = s.strip();
    while (true) {
      int space = result.lastIndexOf(' ');
      if (space < 0 || !TAILS.contains(result.substring(space + 1).toLowerCase(Locale.ROOT))) {
        return result;
      }
      result = result.substring(0, space).strip();
    }
  }

  /**
   * Returns where the author part of a byline ends: at the first stop phrase standing as a word.
   *
   * @param line the byline without lead
   * @return the end index, the line's length when there is no stop
   */
  static int authorEnd(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    int end = lower.length();
    int word = 0;
    while (word < lower.length()) {
      int space = lower.indexOf(' ', word);
      int wordEnd = space < 0 ? lower.length() : space;
      String token = lower.substring(word, wordEnd);
      boolean digitNext = space >= 0 && space + 1 < lower.length() && Character.isDigit(lower.charAt(space + 1));
      boolean digitToken = !token.isEmpty() && Character.isDigit(token.charAt(0));
      if (word > 0 && (token.indexOf('@') > 0 || digitToken || (TAILS.contains(token) && digitNext))) {
        end = word;
        break;
      }
      word = wordEnd + 1;
    }
    for (String stop : STOPS) {
      int from = 0;
      while (from < end) {
        int at = lower.indexOf(stop, from);
        if (at < 0 || at >= end) {
          break;
        }
        boolean wordStop = Character.isLetter(stop.charAt(0));
        boolean before = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        int after = at + stop.length();
        boolean afterOk = after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after));
        if (at > 0 && (!wordStop || (before && afterOk))) {
          end = at;
          break;
        }
        from = at + 1;
      }
    }
    return end;
  }
}
