package io.github.newsmodel.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.parse.ParseHints;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.pipeline.WarningSink;
import io.github.newsmodel.structure.PlainTextStructureAnalyzer;
import io.github.newsmodel.text.MatchText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class EventSentenceTest {

  private static EventSentence sentence(String text) {
    return EventSentence.of(MatchText.fold(text), 0, Span.of(0, text.length()), 0, false);
  }

  private static List<String> words(EventSentence s) {
    return s.tokens().stream().map(Token::lower).toList();
  }

  @Test
  void wordsAreTheLowerCaseOfTheirTextAndHashesThoseOfTheLowerCase() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 80)).checkAssert(raw -> {
      String text = "Minister AL-Thani's \"Visit\" to D.C. " + raw + " ÉTAT Straße İstanbul";
      String folded = MatchText.fold(text);
      EventSentence s = sentence(text);
      for (int i = 0; i < s.size(); i++) {
        Token token = s.token(i);
        String written = folded.substring(token.start(), token.end());
        assertThat(token.lower())
            .isEqualTo(token.kind() == Token.Kind.PUNCT ? written : written.toLowerCase(java.util.Locale.ROOT));
        assertThat(s.lowerHash(i)).isEqualTo(token.lower().hashCode() & 0xFFFF);
      }
    });
  }

  @Test
  void commonWordsInAnyCaseAreLowerCasedToOneSharedString() {
    String[] words = {"the", "Minister", "MET", "sIgNeD", "memorandum", "Qatar", "talks", "zzyzx", "co-operation",
        "2023", "Thani's", "of", "ofs", "th", "Doha"};
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, words.length - 1)).ofSizeBetween(0, 30),
        SourceDSL.longs().all()).checkAssert((picks, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          StringBuilder text = new StringBuilder();
          for (int pick : picks) {
            StringBuilder word = new StringBuilder();
            for (char c : words[pick].toCharArray()) {
              word.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            text.append(word).append(random.nextInt(4) == 0 ? ", " : " ");
          }
          EventSentence s = sentence(text.toString());
          EventSentence again = sentence(text.toString());
          for (int i = 0; i < s.size(); i++) {
            String written = text.substring(s.start(i), s.end(i));
            assertThat(s.lower(i)).isEqualTo(s.kind(i) == Token.Kind.PUNCT ? written
                : written.toLowerCase(java.util.Locale.ROOT));
            assertThat(s.lowerHash(i)).isEqualTo(s.lower(i).hashCode() & 0xFFFF);
            if (s.lower(i).equals("the") || s.lower(i).equals("memorandum") || s.lower(i).equals("qatar")) {
              assertThat(again.lower(i)).isSameAs(s.lower(i));
            }
          }
        });
  }

  @Test
  void indexAccessorsAgreeWithTheTokens() {
    EventSentence s = sentence("Qatar\u2019s Minister said \u201cwe met\u201d in Doha, 12 May.");
    assertThat(s.tokens()).hasSize(s.size());
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      assertThat(s.tokens().get(i)).isEqualTo(t);
      assertThat(s.start(i)).isEqualTo(t.start());
      assertThat(s.end(i)).isEqualTo(t.end());
      assertThat(s.kind(i)).isEqualTo(t.kind());
      assertThat(s.is(i, t.kind())).isTrue();
      assertThat(s.isWordLike(i)).isEqualTo(t.isWordLike());
      assertThat(s.capitalized(i)).isEqualTo(t.capitalized());
      assertThat(s.quoted(i)).isEqualTo(t.quoted());
      assertThat(s.lower(i)).isEqualTo(t.lower());
      assertThat(s.isPunct(i, ',')).isEqualTo(t.is(','));
    }
    assertThat(s.kind(1)).isEqualTo(Token.Kind.POSSESSIVE);
    assertThat(s.capitalized(2)).isTrue();
    assertThat(s.quoted(5)).isTrue();
    assertThat(s.kind(11)).isEqualTo(Token.Kind.NUMBER);
    assertThat(s.is(-1, Token.Kind.WORD)).isFalse();
    assertThat(s.is(s.size(), Token.Kind.PUNCT)).isFalse();
  }

  @Test
  void possessivesAreTokensOfTheirOwn() {
    EventSentence s = sentence("Qatar\u2019s minister and the countries' envoys met Joa\u2019an.");
    assertThat(words(s)).containsExactly("qatar", "'s", "minister", "and", "the", "countries", "'", "envoys",
        "met", "joa'an", ".");
    assertThat(s.token(1).kind()).isEqualTo(Token.Kind.POSSESSIVE);
    assertThat(s.token(6).kind()).isEqualTo(Token.Kind.POSSESSIVE);
  }

  @Test
  void hyphenatedWordsStayWholeAndSpansAreThoseOfTheText() {
    String text = "Al-Thani\u00a0met in-kind donors \u2013 U.S. officials";
    EventSentence s = sentence(text);
    assertThat(words(s)).containsExactly("al-thani", "met", "in-kind", "donors", "-", "u", ".", "s", ".",
        "officials");
    for (Token t : s.tokens()) {
      assertThat(MatchText.fold(text.substring(t.start(), t.end())).toLowerCase()).isEqualTo(t.lower());
    }
  }

  @Test
  void wordsOfAnyLengthKeepTheirEnds() {
    // Lengths around the longest a token's traits hold, words joined by hyphens and apostrophes,
    // and a long word that the sentence's end cuts.
    for (int length : new int[] {2, 4094, 4095, 4096, 9000}) {
      String word = "a".repeat(length / 2) + "-B" + "c'd".repeat(length / 6) + "\u00e9".repeat(length % 7) + "ee";
      String text = "Minister " + word + "'s " + word + ", " + word.toUpperCase() + " 12" + "3".repeat(length)
          + " " + word;
      String folded = MatchText.fold(text);
      EventSentence s = EventSentence.of(folded, 0, Span.of(0, text.length() - 1), 0, false);
      // The tokens as a straightforward reading cuts them: words end at a space, comma or possessive.
      assertThat(s.size()).isEqualTo(8);
      int[] ends = {8, 9 + word.length(), 11 + word.length(), 12 + 2 * word.length(), 13 + 2 * word.length(),
          14 + 3 * word.length(), 17 + 3 * word.length() + length, text.length() - 1};
      for (int i = 0; i < s.size(); i++) {
        int expectedEnd = ends[i];
        assertThat(s.end(i)).as("token %d of length %d", i, length).isEqualTo(expectedEnd);
        assertThat(s.token(i).end()).isEqualTo(expectedEnd);
      }
      assertThat(s.endOf(s.size())).isEqualTo(text.length() - 1);
      assertThat(s.startOf(s.size())).isEqualTo(text.length() - 1);
    }
  }

  @Test
  void tokensInsideDoubleQuotesAreMarkedQuoted() {
    EventSentence s = sentence("He said \u201cwe met them\u201d today");
    assertThat(s.tokens()).filteredOn(Token::quoted).extracting(Token::lower).containsExactly("we", "met", "them",
        "\"");
    assertThat(s.token(s.size() - 1).quoted()).isFalse();
  }

  @Test
  void offsetsMapToTokenIndexes() {
    EventSentence s = sentence("The ministers met.");
    assertThat(s.firstAtOrAfter(4)).isEqualTo(1);
    assertThat(s.firstAtOrAfter(100)).isEqualTo(s.size());
    assertThat(s.startOf(s.size())).isEqualTo(18);
    assertThat(s.endOf(-1)).isEqualTo(0);
    assertThat(s.isWord(2, "met")).isTrue();
    assertThat(s.lower(-1)).isEmpty();
  }

  @Test
  void sentencesSharingTheArticlesTokenArraysReadAsEachSentenceAlone() {
    String[] words = {"The", "minister", "met", "Zzyzx", "Al-Thani's", "\u201cwe", "agreed\u201d", "2023", "in",
        "Doha,", "(a),", "(b);", "signed", "SIGNS", "memorandum", "Qu\u00e9bec", "state-of-the-art", "talks."};
    qt().withExamples(40).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 400)).ofSizeBetween(1, 12),
        SourceDSL.longs().all()).checkAssert((lengths, seed) -> {
          // Paragraphs of sentences of very different lengths, so that sentences cross the chunks.
          java.util.Random random = new java.util.Random(seed);
          StringBuilder text = new StringBuilder("A headline for the test\n\n");
          for (int length : lengths) {
            for (int w = 0; w < length; w++) {
              text.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            text.append("end.\n\n");
          }
          String raw = text.toString();
          MatchText match = MatchText.of(raw);
          WarningSink warnings = new WarningSink(100);
          Article article = new PlainTextStructureAnalyzer().analyze(match, ParseHints.none(), warnings);
          AnalysisContext context = new AnalysisContext(match, article, ParseHints.none(), warnings);
          List<EventSentence> shared = EventSentence.of(context);
          java.util.Set<String> listed = java.util.Set.of("zzyzx", "al-thani", "state-of-the-art", "signs", "qu\u00e9bec",
              ",", "the", "'s", "2023");
          io.github.newsmodel.lexicon.WordTable<Boolean> table = io.github.newsmodel.lexicon.WordTable.ofWords(listed);
          assertThat(shared).hasSameSizeAs(context.sentences());
          for (EventSentence s : shared) {
            EventSentence alone = EventSentence.of(match.folded(), s.index(), s.span(), s.block(), s.headline());
            assertThat(s.size()).isEqualTo(alone.size());
            for (int i = 0; i < s.size(); i++) {
              // Compared before the lower-case text is read, then after.
              assertThat(s.isWordIn(i, table)).isEqualTo(listed.contains(alone.lower(i)));
              assertThat(s.isWord(i, alone.lower(i))).isTrue();
              assertThat(s.isWord(i, alone.lower(i) + "x")).isFalse();
              assertThat(s.token(i)).isEqualTo(alone.token(i));
              assertThat(s.lowerHash(i)).isEqualTo(alone.lowerHash(i));
              assertThat(s.isWord(i, alone.lower(i))).isTrue();
              assertThat(s.isWordIn(i, table)).isEqualTo(listed.contains(alone.lower(i)));
            }
            assertThat(s.isWordIn(-1, table)).isFalse();
            assertThat(s.startOf(s.size())).isEqualTo(alone.startOf(alone.size()));
            assertThat(s.endOf(-1)).isEqualTo(alone.endOf(-1));
            int offset = s.span().start() + 3;
            assertThat(s.firstAtOrAfter(offset)).isEqualTo(alone.firstAtOrAfter(offset));
          }
        });
  }
}
