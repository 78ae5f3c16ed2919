package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {
  /** A small vocabulary, so that phrases and sentences share words, cases and possessives. */
  private static final String[] WORDS = {"the", "The", "minister", "Minister", "of", "met", "with", "in", "U.S.",
      "Qatar's", "talks", "held", "a", "call", "phone", "video", "in-kind", "\"", ",", "will", "sign", "Aa", "BB", "aaaa", "Cggc"};

  private static String text(List<Integer> words) {
    StringBuilder out = new StringBuilder();
    for (int w : words) {
      out.append(out.length() == 0 ? "" : " ").append(WORDS[w % WORDS.length]);
    }
    return out.toString();
  }

  private static EventSentence sentence(String text) {
    return EventSentence.of(text, 0, Span.of(0, text.length()), 0, false);
  }

  /** The longest phrase at a token, the earliest listed winning a tie, by comparing every phrase. */
  private static Integer reference(Map<String, Integer> phrases, EventSentence s, int at) {
    List<String> seen = new ArrayList<>();
    int bestLength = 0;
    Integer best = null;
    for (Map.Entry<String, Integer> phrase : phrases.entrySet()) {
      List<String> keys = sentence(phrase.getKey()).tokens().stream().map(Token::lower).toList();
      if (keys.isEmpty() || seen.contains(String.join(" ", keys))) {
        continue;
      }
      seen.add(String.join(" ", keys));
      boolean match = at + keys.size() <= s.size();
      for (int k = 0; k < keys.size() && match; k++) {
        match = s.lower(at + k).equals(keys.get(k));
      }
      if (match && keys.size() > bestLength) {
        bestLength = keys.size();
        best = phrase.getValue();
      }
    }
    return best;
  }

  @Test
  void findsTheLongestListedPhraseAtEachToken() {
    qt().forAll(lists().of(lists().of(integers().between(0, 200)).ofSizeBetween(1, 3)).ofSizeBetween(0, 30),
        lists().of(integers().between(0, 200)).ofSizeBetween(0, 25)).checkAssert((phraseWords, sentenceWords) -> {
          Map<String, Integer> phrases = new LinkedHashMap<>();
          for (List<Integer> words : phraseWords) {
            phrases.putIfAbsent(text(words), phrases.size());
          }
          PhraseLexicon<Integer> lexicon = PhraseLexicon.of(phrases);
          EventSentence s = sentence(text(sentenceWords));
          for (int at = -1; at <= s.size(); at++) {
            PhraseLexicon.Match<Integer> match = lexicon.longestAt(s, at);
            Integer expected = at < 0 || at >= s.size() ? null : reference(phrases, s, at);
            assertThat(match == null ? null : match.value()).isEqualTo(expected);
            // One lookup for both the end and the value finds the same phrase.
            PhraseLexicon.Entry<Integer> phrase = lexicon.phraseAt(s, at);
            assertThat(phrase == null).isEqualTo(match == null);
            if (phrase != null) {
              assertThat(phrase.last(at)).isEqualTo(match.last());
              assertThat(phrase.value()).isEqualTo(match.value());
            }
            // The tokens skipped to the next candidate start no phrase.
            int next = lexicon.nextCandidate(s, at);
            assertThat(next).isBetween(Math.max(0, Math.min(at, s.size())), s.size());
            for (int t = Math.max(0, at); t < next; t++) {
              assertThat(lexicon.longestAt(s, t)).isNull();
            }
          }
        });
  }

  @Test
  void tellsApartFirstWordsWhoseKeptHashBitsAreEqual() {
    // "aaaa" and "cggc" share the low 16 bits of their hash codes (those a sentence keeps), not all.
    assertThat(EventSentence.keptHash("aaaa")).isEqualTo(EventSentence.keptHash("cggc"));
    assertThat("aaaa".hashCode()).isNotEqualTo("cggc".hashCode());
    Map<String, Integer> phrases = new LinkedHashMap<>();
    phrases.put("aaaa talks", 1);
    phrases.put("cggc", 2);
    phrases.put("Aa", 3);
    PhraseLexicon<Integer> lexicon = PhraseLexicon.of(phrases);
    EventSentence s = sentence("CGGC aaaa talks Aaaa BB aa cggc talks");
    assertThat(lexicon.longestAt(s, 0).value()).isEqualTo(2);
    assertThat(lexicon.longestAt(s, 1).value()).isEqualTo(1);
    assertThat(lexicon.longestAt(s, 1).last()).isEqualTo(2);
    assertThat(lexicon.longestAt(s, 3)).isNull();
    assertThat(lexicon.longestAt(s, 4)).isNull();
    assertThat(lexicon.longestAt(s, 5).value()).isEqualTo(3);
    assertThat(lexicon.longestAt(s, 6).value()).isEqualTo(2);
    assertThat(lexicon.endAt(s, 6)).isEqualTo(6);
  }

  @Test
  void prefersTheLongerPhraseAndTheEarlierOfEqualOnes() {
    Map<String, Integer> phrases = new LinkedHashMap<>();
    phrases.put("phone call", 1);
    phrases.put("phone", 2);
    phrases.put("Phone Call", 3);
    phrases.put("held talks", 4);
    PhraseLexicon<Integer> lexicon = PhraseLexicon.of(phrases);
    EventSentence s = sentence("They held a Phone call and held talks by phone.");
    assertThat(lexicon.longestAt(s, 3).value()).isEqualTo(1);
    assertThat(lexicon.longestAt(s, 3).last()).isEqualTo(4);
    assertThat(lexicon.longestAt(s, 1)).isNull();
    assertThat(lexicon.longestAt(s, 6).value()).isEqualTo(4);
    assertThat(lexicon.longestAt(s, 9).value()).isEqualTo(2);
    assertThat(lexicon.findAll(s, 0, s.size())).extracting(PhraseLexicon.Match::value).containsExactly(1, 4, 2);
  }

  @Test
  void oneWordPhrasesMatchExactlyTheTokensThatAreOneOfTheWords() {
    // As a word set (WordTable) tells: the token's lower case is one of the words; outside the sentence, none.
    qt().forAll(lists().of(integers().between(0, WORDS.length - 1)).ofSizeBetween(1, 6),
        lists().of(integers().between(0, 3 * WORDS.length)).ofSizeBetween(0, 25)).checkAssert((picked, words) -> {
          Map<String, Boolean> phrases = new LinkedHashMap<>();
          List<String> lowers = new ArrayList<>();
          for (int p : picked) {
            String word = WORDS[p].toLowerCase(java.util.Locale.ROOT);
            if (sentence(word).size() == 1) {
              phrases.put(word, Boolean.TRUE);
              lowers.add(word);
            }
          }
          PhraseLexicon<Boolean> lexicon = PhraseLexicon.of(phrases);
          EventSentence s = sentence(text(words) + " which WHICH Which");
          for (int i = -1; i <= s.size(); i++) {
            boolean listed = i >= 0 && i < s.size() && lowers.contains(s.lower(i));
            assertThat(lexicon.endAt(s, i) >= 0).as("token %d", i).isEqualTo(listed);
            if (listed) {
              assertThat(lexicon.endAt(s, i)).isEqualTo(i);
            }
          }
        });
  }
}
