package io.github.newsmodel.agreements;

import io.github.newsmodel.agreements.AgreementLexicon.KindEntry;
import io.github.newsmodel.events.ArticleSentences;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.PhraseLexicon;
import io.github.newsmodel.events.Places;
import io.github.newsmodel.model.Agreement;
import io.github.newsmodel.model.AgreementKind;
import io.github.newsmodel.model.AgreementStatus;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.temporal.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the agreements (instruments) an article reports: kind, parties, signatories, subject,
 * status and assertion. Stateless and thread-safe.
 *
 * <p>The steps: {@link InstrumentFinder} reads every instrument mention with its action and
 * modality; {@link AgreementGrouper} groups the mentions that count into instruments, reading
 * parties and signatories with {@link RoleReader}; a sentence that says people signed without
 * naming the instrument ("X signed for the United States") adds them to the instrument signed just
 * before; an article whose headline opens with a joint statement or declaration is that instrument,
 * agreed; {@link AgreementAssembler} links each to its meeting, completes its parties and writes it
 * with evidence. Ids are "a1", "a2", ... in text order. At most {@value #MAX_MENTIONS} instrument
 * mentions are read per article (a warning says when more were left).
 */
public final class AgreementExtractor {
  private static final int SIGNATURE_BLOCKS = 2;
  /** The most instrument mentions read per article; the rest of the article is not read for them. */
  static final int MAX_MENTIONS = 2_000;

  /** The drafts in text order. */
  private static final Comparator<AgreementDraft> BY_POSITION = Comparator.comparingInt(d -> d.position(-1));

  private final AgreementGrouper grouper = new AgreementGrouper();
  private final AgreementLexicon lexicon = AgreementLexicon.instance();

  /**
   * Extracts the agreements.
   *
   * @param context the article being analysed
   * @param officials the officials found in it
   * @param meetings the meetings found in it
   * @return the agreements, in text order
   */
  public List<Agreement> extract(AnalysisContext context, List<Official> officials, List<Meeting> meetings) {
    String text = context.text();
    OfficialMentions mentions = OfficialMentions.of(context, officials);
    ArticleSentences analysed = ArticleSentences.of(context);
    Optional<LocalDate> reference = analysed.reference();
    InstrumentFinder finder = new InstrumentFinder(text, mentions, analysed);
    RoleReader roles = new RoleReader(text, mentions);
    List<EventSentence> sentences = analysed.sentences();
    MeetingLinks links = new MeetingLinks(meetings, mentions, sentences);
    List<InstrumentMention> found = new ArrayList<>();
    List<EventSentence> withoutInstrument = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      EventSentence sentence = sentences.get(s);
      if (found.size() >= MAX_MENTIONS) {
        context.warnings().warn("agreements.truncated", "more than " + MAX_MENTIONS
            + " instrument mentions; the rest of the article was not read for agreements", sentence.span());
        break;
      }
      List<DateMention> sentenceDates = analysed.dates(sentence);
      List<InstrumentMention> inSentence = finder.find(sentence, sentenceDates, MAX_MENTIONS - found.size());
      for (int k = 0; k < inSentence.size(); k++) {
        found.add(inSentence.get(k));
      }
      if (inSentence.isEmpty() && saysSigned(sentence)) {
        withoutInstrument.add(sentence);
      }
    }
    List<AgreementDraft> drafts = new ArrayList<>(grouper.group(found, links::reportsMeeting, roles, reference));
    addSignatures(drafts, withoutInstrument, roles);
    Optional<EventSentence> headline = Optional.empty();
    for (int s = 0; s < sentences.size() && headline.isEmpty(); s++) {
      if (sentences.get(s).headline()) {
        headline = Optional.of(sentences.get(s));
        documentItself(sentences.get(s), text, drafts).ifPresent(d -> drafts.add(0, d));
      }
    }
    drafts.sort(BY_POSITION);
    AgreementAssembler assembler = new AgreementAssembler(text, links);
    List<Agreement> agreements = new ArrayList<>();
    for (AgreementDraft draft : drafts) {
      assembler.build("a" + (agreements.size() + 1), draft, headline).ifPresent(agreements::add);
    }
    return List.copyOf(agreements);
  }

  /**
   * Tells whether a sentence says "signed" or "signs", so that {@link #addSignatures} may read
   * signatories in it: the others need not be kept for it.
   */
  private static boolean saysSigned(EventSentence sentence) {
    for (int k = 0; k < sentence.size(); k++) {
      if (sentence.isWord(k, "signed") || sentence.isWord(k, "signs")) {
        return true;
      }
    }
    return false;
  }

  /** Adds "X signed for the United States" to the instrument signed just before. */
  private void addSignatures(List<AgreementDraft> drafts, List<EventSentence> sentences, RoleReader roles) {
    for (EventSentence sentence : sentences) {
      for (int k = 0; k < sentence.size(); k++) {
        if (!(sentence.isWord(k, "signed") || sentence.isWord(k, "signs")) || sentence.isWord(k - 1, "newly")) {
          continue;
        }
        RoleReader.Roles read = roles.readSignature(sentence, k);
        if (read.signatories().isEmpty()) {
          continue;
        }
        AgreementDraft target = null;
        for (AgreementDraft d : drafts) {
          Optional<InstrumentMention> last = d.mentions().isEmpty() ? Optional.empty()
              : Optional.of(d.mentions().get(d.mentions().size() - 1));
          if (last.isPresent() && last.get().position() < sentence.span().start()
              && sentence.block() - last.get().sentence().block() <= SIGNATURE_BLOCKS
              && d.statusMention().map(m -> m.action().get().status() == AgreementStatus.SIGNED).orElse(false)
              && (target == null || last.get().position() > target.position(-1))) {
            target = d;
          }
        }
        if (target != null) {
          target.addRoles(read);
        }
      }
    }
  }

  /**
   * An article whose headline opens with a joint statement or declaration ("Joint Statement
   * Following the Meeting Between ...", "U.S.-UAE Joint Statement") is that instrument.
   */
  private Optional<AgreementDraft> documentItself(EventSentence headline, String text, List<AgreementDraft> drafts) {
    Places places = new Places(text);
    int k = 0;
    while (k < headline.size()) {
      Optional<Places.Place> country = places.countryAt(headline, k);
      if (country.isPresent()) {
        k = country.get().last() + 1;
      } else if (headline.isPunct(k, '-') || headline.isWord(k, "the") || headline.isWord(k, "and")) {
        k++;
      } else {
        break;
      }
    }
    PhraseLexicon.Match<KindEntry> match = lexicon.kindAt(headline, k);
    if (match == null || match.value().plural() || match.value().kind() != AgreementKind.JOINT_STATEMENT
        && match.value().kind() != AgreementKind.JOINT_DECLARATION) {
      return Optional.empty();
    }
    AgreementKind kind = match.value().kind();
    if (drafts.stream().anyMatch(d -> d.kind() == kind)) {
      return Optional.empty();
    }
    return Optional.of(new AgreementDraft(kind, true));
  }
}
