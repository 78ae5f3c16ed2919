package io.github.newsmodel.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators of texts for property tests, built by joining small fragments so that the
 * interesting shapes (dates, datelines, bylines, credit lines, odd characters) turn up often.
 */
public final class TextGenerators {
  private static final List<String> DATE_FRAGMENTS = List.of(
      "December", "Dec", "DECEMBER", "May", "July", "Sept", ".", " ", "  ", ",", "18", "5", "31", "0", "2023",
      "1999", "99999999999", "-", "\u2013", "\n", "\r\n", "today", "yesterday", "this", "week", "last",
      "Monday", "Thu", "(", ")", ":", "12", "48", "p.m.", "a", "m", "T", "+03:00", "Z", "GMT", "the", "will",
      "met", "to", "of", "in", "since", "\u00a0", "\u2019", "th", "\u0000", "\ud83d\ude00", "\ud800");

  private static final List<String> LINES = List.of(
      "Secretary Blinken\u2019s Meeting with the Foreign Minister",
      "July 22, 2021",
      "5 August 2024",
      "Dec. 8, 2025 12:48 p.m. 403",
      "Office of the Spokesperson",
      "Post by : Mara Collins",
      "By Jane Doe and John Roe",
      "Doha, Qatar \u2013 The ministers met in Doha on December 18, 2023 to discuss security.",
      "WASHINGTON (Reuters) - The talks were held today.",
      "LONDON \u2014 Officials said the plan would go ahead.",
      "Sochi",
      "Enhancing Bilateral Security Cooperation",
      "The meeting took place on Monday. Both sides agreed to continue the dialogue.",
      "These include:",
      "a) Exchanging information;",
      "1. The Government of Singapore signed a Memorandum of Understanding today.",
      "Read more at The Peninsula Qatar.",
      "Source: The Peninsula Qatar",
      "MINISTRY OF LAW",
      "###",
      "Last updated on 3 May 2024",
      "https://example.org/news/1",
      "For more information, contact press@example.org.",
      "",
      "   ",
      "\u00a0",
      "x",
      ":",
      "\u2013",
      "Statement by NSC Spokesperson Emily Horne on the Meeting");

  /**
   * Characters where case, folding and line handling have traps: both cases of ASCII letters,
   * punctuation the tokenizer keeps inside words, curly quotes and dashes, odd spaces and line
   * ends, and letters whose case mapping leaves ASCII or changes the length (dotted and dotless i,
   * long s, Kelvin sign, sharp s, final sigma), a supplementary character and a lone surrogate.
   */
  private static final List<String> TRICKY_CHARACTERS = List.of(
      "a", "e", "i", "s", "t", "k", "A", "E", "I", "S", "T", "K", "0", "7", "-", "'", ".", ",", "\"", " ", " ",
      "\n", "\r", "\t", "\u00a0", "\u2009", "\u200b", "\u2019", "\u201d", "\u2013", "\u0085", "\u2028",
      "\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\u00c9", "\u00e9", "\u03a3", "\u03c2",
      "\u0645", "\ud83d\ude00", "\ud800", "\u0001");

  private TextGenerators() {}

  /**
   * Returns short strings of characters with case, folding and line-end traps, up to 12 of them.
   *
   * @return the generator
   */
  public static Gen<String> trickyWords() {
    return lists().of(arbitrary().pick(TRICKY_CHARACTERS)).ofSizeBetween(0, 12)
        .map(parts -> String.join("", parts));
  }

  /**
   * Returns texts of tricky characters and words, up to 40 pieces.
   *
   * @return the generator
   */
  public static Gen<String> trickyTexts() {
    return lists().of(trickyWords()).ofSizeBetween(0, 40).map(parts -> String.join("", parts));
  }

  /**
   * Returns texts made of date-like fragments, odd characters and line breaks, up to 60 fragments.
   *
   * @return the generator
   */
  public static Gen<String> dateishTexts() {
    return lists().of(arbitrary().pick(DATE_FRAGMENTS)).ofSizeBetween(0, 60).map(parts -> String.join("", parts));
  }

  /**
   * Returns article-like texts: up to 14 lines drawn from the shapes of news articles (headline,
   * date line, byline, dateline paragraph, headings, credit lines, footers, blank lines), some
   * with fragments glued on, joined with line feeds.
   *
   * @return the generator
   */
  public static Gen<String> articleTexts() {
    Gen<String> line = arbitrary().pick(LINES).zip(dateishTexts(), arbitrary().pick(0, 0, 0, 1, 2),
        (base, noise, where) -> where == 0 ? base : where == 1 ? base + noise : noise + base);
    return lists().of(line).ofSizeBetween(0, 14).map(lines -> String.join("\n", lines));
  }

  /**
   * Converts line feeds to carriage return + line feed.
   *
   * @param text a text with {@code \n} line ends
   * @return the same text with {@code \r\n} line ends
   */
  public static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }
}
