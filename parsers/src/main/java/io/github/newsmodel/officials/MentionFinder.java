package io.github.newsmodel.officials;

import io.github.newsmodel.lexicon.WordTable;
import io.github.newsmodel.model.Block;
import io.github.newsmodel.model.BlockKind;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads every block of an article sentence by sentence (bylines, credits and footers included,
 * since attribution lines name officials too) and collects the named mentions, descriptions and
 * bare names of each sentence. Stops collecting after {@value #MAX_MENTIONS} of them, so that
 * hostile input cannot make the later matching quadratic. Stateless.
 */
final class MentionFinder {
  /** The most names and descriptions collected from one article. */
  static final int MAX_MENTIONS = 2_000;

  private static final WordTable<Boolean> SMALL_WORDS = WordTable.ofWords(Set.of(
      "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "via"));

  private static final Comparator<Block> IN_TEXT_ORDER =
      Comparator.comparingInt(Block::start).thenComparingInt(Block::end);

  private MentionFinder() {}

  /**
   * Everything found in an article.
   *
   * @param named named mentions with an honorific or a title
   * @param descriptions definite titles without a name
   * @param bare names without honorific or title
   * @param truncated whether collection stopped at {@link #MAX_MENTIONS}
   * @param countries the countries the sentences name, read as they were classified
   */
  record Found(List<NamedMention> named, List<Description> descriptions,
      List<NamedMention> bare, boolean truncated, ArticleCountries.Collector countries) {}

  /**
   * Reads an article.
   *
   * @param text the document text
   * @param folded its folded copy (same length)
   * @param blocks the blocks of the article
   * @param sentencesOf the sentences of a block's span, as the analysis context splits them
   * @return the mentions
   */
  static Found find(String text, String folded, List<Block> blocks, Function<Span, List<Span>> sentencesOf) {
    List<Block> ordered = inTextOrder(blocks);
    int sentenceCount = 0;
    List<NamedMention> named = new ArrayList<>();
    List<Description> descriptions = new ArrayList<>();
    List<NamedMention> bare = new ArrayList<>();
    int covered = 0;
    boolean truncated = false;
    // The token list sized for the longest sentence (a token takes six characters on average,
    // space included), and its character buffer made once at that sentence's size.
    int longest = longestSentence(ordered, text.length(), sentencesOf);
    int expectedTokens = longest / 5 + 8;
    TokenList tokens = new TokenList(folded, expectedTokens);
    tokens.charBuffer(longest);
    UnitClassifier.Buffer unitBuffer = new UnitClassifier.Buffer(expectedTokens);
    MentionLinker.Scratch scratch = new MentionLinker.Scratch(folded);
    ArticleCountries.Collector countries = new ArticleCountries.Collector();
    for (Block block : ordered) {
      if (block.start() < covered || block.end() > text.length() || truncated) {
        continue;
      }
      covered = block.end();
      boolean heading = block.kind() == BlockKind.HEADLINE || block.kind() == BlockKind.HEADING;
      List<Span> spans = sentencesOf.apply(block.span());
      for (int s = 0; s < spans.size(); s++) {
        Span span = spans.get(s);
        List<Unit> units = UnitClassifier.classify(Tokenizer.tokenize(folded, span.start(), span.end(), tokens), unitBuffer);
        // The units are the buffer's: valid for this sentence only.
        Sentence sentence = new Sentence(sentenceCount++, span, units, heading || isTitleCase(text, span, units));
        countries.add(sentence);
        SentenceMentions found = MentionLinker.link(text, sentence, scratch);
        detachRoles(found);
        int room = MAX_MENTIONS - named.size() - bare.size() - descriptions.size();
        truncated = found.named().size() + found.bare().size() + found.descriptions().size() > room;
        addUpTo(named, found.named(), room);
        room = MAX_MENTIONS - named.size() - bare.size() - descriptions.size();
        addUpTo(descriptions, found.descriptions(), room);
        room = MAX_MENTIONS - named.size() - bare.size() - descriptions.size();
        addUpTo(bare, found.bare(), room);
        if (truncated) {
          break;
        }
      }
    }
    // Read-only views: the lists are this call's own and not changed after.
    return new Found(Collections.unmodifiableList(named), Collections.unmodifiableList(descriptions),
        Collections.unmodifiableList(bare), truncated, countries);
  }

  /** The blocks in text order: the list itself when they are so already, else a sorted copy. */
  private static List<Block> inTextOrder(List<Block> blocks) {
    for (int k = 1; k < blocks.size(); k++) {
      if (IN_TEXT_ORDER.compare(blocks.get(k - 1), blocks.get(k)) > 0) {
        List<Block> ordered = new ArrayList<>(blocks);
        ordered.sort(IN_TEXT_ORDER);
        return ordered;
      }
    }
    // A stable sort would keep this order.
    return blocks;
  }

  /** The length of the longest sentence of the blocks {@link #find} reads (and perhaps of a few it skips). */
  private static int longestSentence(List<Block> ordered, int textLength, Function<Span, List<Span>> sentencesOf) {
    int longest = 0;
    int covered = 0;
    for (Block block : ordered) {
      if (block.start() < covered || block.end() > textLength) {
        continue;
      }
      covered = block.end();
      List<Span> spans = sentencesOf.apply(block.span());
      for (int s = 0; s < spans.size(); s++) {
        longest = Math.max(longest, spans.get(s).length());
      }
    }
    return longest;
  }

  /** Detaches the title roles of a sentence's mentions from its units, which the next sentence reuses. */
  private static void detachRoles(SentenceMentions found) {
    for (int k = 0; k < found.named().size(); k++) {
      List<AttachedTitle> titles = found.named().get(k).titles();
      for (int t = 0; t < titles.size(); t++) {
        titles.get(t).role().detach();
      }
    }
    for (int k = 0; k < found.descriptions().size(); k++) {
      found.descriptions().get(k).role().detach();
    }
    for (int k = 0; k < found.bare().size(); k++) {
      List<AttachedTitle> titles = found.bare().get(k).titles();
      for (int t = 0; t < titles.size(); t++) {
        titles.get(t).role().detach();
      }
    }
  }

  /** Adds the first {@code room} items of a list (all of them when they fit). */
  private static <T> void addUpTo(List<T> target, List<T> items, int room) {
    if (items.isEmpty()) {
      return;
    }
    // One by one: addAll would copy the items into a new array first.
    int count = Math.min(items.size(), Math.max(room, 0));
    for (int k = 0; k < count; k++) {
      target.add(items.get(k));
    }
  }

  /**
   * Tells whether a sentence is a line in title case: no final stop, and at least three quarters of
   * its words (other than short function words) capitalised.
   *
   * @param text the document text
   * @param span the sentence
   * @param units its units
   * @return true for a title-case line
   */
  static boolean isTitleCase(String text, Span span, List<Unit> units) {
    char last = text.charAt(span.end() - 1);
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Unit u : units) {
      if (u.is(WordClass.PUNCT) || u.is(WordClass.POSSESSIVE) || u.is(WordClass.NUMBER)
          || u.isIn(SMALL_WORDS)) {
        continue;
      }
      words++;
      capitalised += u.capitalized() ? 1 : 0;
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }
}
