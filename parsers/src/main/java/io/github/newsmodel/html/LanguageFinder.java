package io.github.newsmodel.html;

import io.github.newsmodel.lexicon.LexiconResource;
import io.github.newsmodel.lexicon.WordTable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the language of a page: the {@code lang} attribute of {@code <html>} (or
 * {@code xml:lang}), {@code og:locale}, {@code content-language}, the JSON-LD
 * {@code inLanguage}, else a guess from frequent words of the text (lexicon
 * {@code stopwords.tsv}). Returns the primary language subtag in lower case ({@code de} for
 * {@code de-DE}). Stateless.
 */
final class LanguageFinder {
  private static final Map<String, Set<String>> STOPWORDS = load();
  /** The languages of {@link #STOPWORDS}, in their order. */
  private static final String[] LANGUAGES = STOPWORDS.keySet().toArray(new String[0]);
  /** Each stop word with the positions in {@link #LANGUAGES} of the languages that list it. */
  private static final WordTable<int[]> WORD_LANGUAGES = wordLanguages();
  private static final int MIN_HITS = 12;

  private LanguageFinder() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    for (String[] row : LexiconResource.rows("stopwords.tsv", 2)) {
      words.put(row[0], Set.of(row[1].split("\\|")));
    }
    return words;
  }

  private static WordTable<int[]> wordLanguages() {
    Map<String, int[]> languages = new HashMap<>();
    for (int l = 0; l < LANGUAGES.length; l++) {
      for (String word : STOPWORDS.get(LANGUAGES[l])) {
        int[] before = languages.getOrDefault(word, new int[0]);
        int[] after = java.util.Arrays.copyOf(before, before.length + 1);
        after[before.length] = l;
        languages.put(word, after);
      }
    }
    return WordTable.of(languages);
  }

  /**
   * Finds the language stated by the markup.
   *
   * @param page the page
   * @param meta its meta tags
   * @param jsonLd its JSON-LD
   * @return the language found, or empty
   */
  static Optional<Found> fromMarkup(Document page, MetaTags meta, JsonLd jsonLd) {
    Element html = page.selectFirst(HtmlTags.HTML);
    if (html != null) {
      for (String attribute : new String[] {"lang", "xml:lang"}) {
        Optional<String> tag = primary(html.attr(attribute));
        if (tag.isPresent()) {
          return Optional.of(new Found(tag.get(), "html.language.attribute", 0.9, html, false));
        }
      }
    }
    for (String key : new String[] {"og:locale", "content-language", "language", "dc.language", "inlanguage"}) {
      Optional<Element> element = meta.first(key);
      if (element.isPresent()) {
        Optional<String> tag = primary(MetaTags.value(element.get()));
        if (tag.isPresent()) {
          return Optional.of(new Found(tag.get(), "html.language.meta", 0.85, element.get(), false));
        }
      }
    }
    for (JsonLd.Entity entity : jsonLd.entities()) {
      Optional<String> tag = primary(jsonLd.text(entity.node(), "inLanguage"));
      if (tag.isPresent()) {
        return Optional.of(new Found(tag.get(), "html.language.jsonld", 0.85, entity.script(), false));
      }
    }
    return Optional.empty();
  }

  /**
   * Guesses the language of a text from its frequent words.
   *
   * @param text the reader's text
   * @return the language subtag, or empty when no language has enough evidence
   */
  static Optional<String> guess(String text) {
    int[] hits = new int[LANGUAGES.length];
    int i = 0;
    int n = Math.min(text.length(), 20_000);
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 8) {
        int[] languages = WORD_LANGUAGES.getIgnoreCase(text, start, i);
        if (languages != null) {
          for (int l : languages) {
            hits[l]++;
          }
        }
      }
    }
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (int l = 0; l < LANGUAGES.length; l++) {
      String language = LANGUAGES[l];
      int h = hits[l];
      if (h > bestHits) {
        second = bestHits;
        bestHits = h;
        best = language;
      } else if (h > second) {
        second = h;
      }
    }
    if (best == null || bestHits < MIN_HITS || bestHits < second * 1.5) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /**
   * Returns the primary subtag of a language tag or locale ({@code de_DE}, {@code EN-us}).
   *
   * @param value the tag
   * @return the lower-case primary subtag, or empty when it is not a language code
   */
  static Optional<String> primary(String value) {
    String v = value.strip();
    int cut = 0;
    while (cut < v.length() && Character.isLetter(v.charAt(cut)) && v.charAt(cut) < 128) {
      cut++;
    }
    if (cut < 2 || cut > 3 || (cut < v.length() && v.charAt(cut) != '-' && v.charAt(cut) != '_')) {
      return Optional.empty();
    }
    String primary = v.substring(0, cut).toLowerCase(Locale.ROOT);
    return Set.of("und", "mul", "zxx", "mis").contains(primary) ? Optional.empty() : Optional.of(primary);
  }
}
