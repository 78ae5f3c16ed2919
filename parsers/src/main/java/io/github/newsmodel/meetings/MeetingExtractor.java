package io.github.newsmodel.meetings;

import io.github.newsmodel.events.ArticleSentences;
import io.github.newsmodel.events.EventSentence;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.pipeline.AnalysisContext;
import io.github.newsmodel.temporal.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the meetings an article reports between officials: participants, place, date, topics,
 * status, mode and assertion. Stateless and thread-safe.
 *
 * <p>The steps: every sentence is read for meeting mentions by {@link MeetingMentionReader} (cue
 * words, the people on each side through the officials' mention spans, and what the cue's clause
 * says of place, date and topics); a paragraph that opens a speculative frame ("observers
 * anticipate") hedges its later sentences; {@link MeetingGrouper} groups the mentions into
 * meetings; meetings only between officials of one country are dropped; {@link MeetingAssembler}
 * writes each with its evidence. Ids are "m1", "m2", ... in text order. At most
 * {@value #MAX_MENTIONS} meeting mentions are read per article (a warning says when more were left).
 */
public final class MeetingExtractor {
  /** The most meeting mentions read per article; the rest of the article is not read for them. */
  static final int MAX_MENTIONS = 2_000;

  private final MeetingGrouper grouper = new MeetingGrouper();

  /**
   * Extracts the meetings.
   *
   * @param context the article being analysed
   * @param officials the officials already found in it
   * @return the meetings, in text order
   */
  public List<Meeting> extract(AnalysisContext context, List<Official> officials) {
    if (officials.isEmpty()) {
      return List.of();
    }
    String text = context.text();
    OfficialMentions mentions = OfficialMentions.of(context, officials);
    ArticleSentences analysed = ArticleSentences.of(context);
    Optional<LocalDate> reference = analysed.reference();
    List<EventSentence> sentences = analysed.sentences();
    MeetingMentionReader reader = new MeetingMentionReader(text, mentions, reference, analysed);
    List<MeetingMention> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      EventSentence sentence = sentences.get(s);
      if (found.size() >= MAX_MENTIONS) {
        context.warnings().warn("meetings.truncated", "more than " + MAX_MENTIONS
            + " meeting mentions; the rest of the article was not read for meetings", sentence.span());
        break;
      }
      List<DateMention> sentenceDates = analysed.dates(sentence);
      List<MeetingMention> read = reader.read(sentence, sentenceDates);
      for (int k = 0; k < read.size(); k++) {
        found.add(read.get(k));
      }
    }
    MeetingAssembler assembler = new MeetingAssembler(text, mentions, context.article());
    List<Meeting> meetings = new ArrayList<>();
    for (MeetingEvent event : grouper.group(found)) {
      if (!assembler.domestic(event)) {
        meetings.add(assembler.build("m" + (meetings.size() + 1), event));
      }
    }
    return List.copyOf(meetings);
  }
}
