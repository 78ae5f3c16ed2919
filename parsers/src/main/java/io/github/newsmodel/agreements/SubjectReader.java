package io.github.newsmodel.agreements;

import io.github.newsmodel.agreements.AgreementLexicon.Role;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.Token;
import io.github.newsmodel.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what an instrument is about, from its mentions, in order of preference:
 *
 * <ol>
 *   <li>{@code agreement.subject.item}: its item in a list of several ("MOUs on digital technology,
 *       tourism and health");
 *   <li>{@code agreement.subject.name}: the tail of its name ("Memorandum of Understanding
 *       Concerning Strategic Civil Nuclear Cooperation");
 *   <li>{@code agreement.subject.describes}: what a sentence says it covers ("the letter of intent
 *       details development of cooperation in civil aviation security");
 *   <li>{@code agreement.subject.premodifier}: the capitalised words before the kind ("Air
 *       Transport Agreement");
 *   <li>{@code agreement.subject.purpose}: the purpose clause after the action ("signed a MOU
 *       today, to enhance the legal and judicial cooperation between the two countries").
 * </ol>
 *
 * Stateless.
 */
final class SubjectReader {
  private static final int MAX_WORDS = 20;
  private static final int PURPOSE_DISTANCE = 6;
  private static final Set<String> LEADS = Set.of("also", "will", "further", "which", "that", "now");
  private static final Set<String> ENDS = Set.of("which", "while", "paving", "enabling", "underscoring", "marking",
      "and", "to");

  private final AgreementLexicon lexicon = AgreementLexicon.instance();

  /**
   * A subject read from the text.
   *
   * @param span the words
   * @param rule the rule that read them
   */
  record Subject(Span span, String rule) {}

  /**
   * Reads the subject of an instrument.
   *
   * @param mentions its mentions with actions
   * @param references its mentions without actions
   * @param item its subject in a list of several instruments, if any
   * @return the subject, or empty
   */
  Optional<Subject> read(List<InstrumentMention> mentions, List<InstrumentMention> references, Optional<Span> item) {
    if (item.isPresent()) {
      return Optional.of(new Subject(item.get(), "agreement.subject.item"));
    }
    for (InstrumentMention m : mentions) {
      if (m.tail().isPresent()) {
        return Optional.of(new Subject(m.tail().get(), "agreement.subject.name"));
      }
    }
    for (List<InstrumentMention> group : List.of(mentions, references)) {
      for (InstrumentMention m : group) {
        Optional<Span> described = described(m);
        if (described.isPresent()) {
          return Optional.of(new Subject(described.get(), "agreement.subject.describes"));
        }
      }
    }
    for (InstrumentMention m : mentions) {
      if (m.premodifier().isPresent()) {
        return Optional.of(new Subject(m.premodifier().get(), "agreement.subject.premodifier"));
      }
    }
    for (InstrumentMention m : mentions) {
      Optional<Span> purpose = purpose(m);
      if (purpose.isPresent()) {
        return Optional.of(new Subject(purpose.get(), "agreement.subject.purpose"));
      }
    }
    for (InstrumentMention m : references) {
      if (m.tail().isPresent()) {
        return Optional.of(new Subject(m.tail().get(), "agreement.subject.name"));
      }
    }
    return Optional.empty();
  }

  private Optional<Span> described(InstrumentMention m) {
    EventSentence sentence = m.sentence();
    int k = m.nameLast() + 1;
    while (k < sentence.size() && LEADS.contains(sentence.lower(k))) {
      k++;
    }
    int cue = lexicon.endOf(Role.DESCRIBES, sentence, k);
    if (cue < 0) {
      return Optional.empty();
    }
    return phrase(sentence, cue + 1, false);
  }

  private Optional<Span> purpose(InstrumentMention m) {
    EventSentence sentence = m.sentence();
    int from = Math.max(m.nameLast(), m.action().map(InstrumentMention.ActionReading::last).orElse(m.nameLast())) + 1;
    for (int k = from; k < Math.min(sentence.size(), from + PURPOSE_DISTANCE); k++) {
      int cue = lexicon.endOf(Role.PURPOSE, sentence, k);
      if (cue >= 0) {
        return phrase(sentence, cue + 1, true);
      }
    }
    return Optional.empty();
  }

  private static Optional<Span> phrase(EventSentence sentence, int from, boolean stopAtComma) {
    int end = from;
    while (end < sentence.size() && end - from < MAX_WORDS) {
      if (sentence.isPunct(end, ';') || sentence.isPunct(end, ':') || sentence.isPunct(end, '"')
          || stopAtComma && sentence.isPunct(end, ',')
          || end > from && ENDS.contains(sentence.lower(end)) && stopAtComma && !sentence.isWord(end, "and")
          || sentence.isWord(end, "which") || sentence.isWord(end, "while")) {
        break;
      }
      end++;
    }
    while (end > from && (sentence.kind(end - 1) == Token.Kind.PUNCT && !sentence.isPunct(end - 1, ')'))) {
      end--;
    }
    if (end <= from) {
      return Optional.empty();
    }
    return Optional.of(Span.of(sentence.start(from), sentence.end(end - 1)));
  }
}
