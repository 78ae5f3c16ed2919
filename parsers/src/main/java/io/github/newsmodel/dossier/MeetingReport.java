package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.MeetingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article's account of a meeting of the dossier.
 *
 * @param source the article's {@code source.id}
 * @param meeting the meeting's {@code id} in that article
 * @param participants the participants as dossier official ids
 * @param date the date that article gives, if any
 * @param location the place that article gives, if any
 * @param status what that article says about whether it took place
 * @param rule why this report belongs to the meeting: {@code dossier.meeting.first_report} for the
 *     first, {@code dossier.meeting.same_participants} for the others
 * @param evidence the meeting's evidence in that article (offsets refer to that article's text)
 */
@JsonPropertyOrder({"source", "meeting", "participants", "date", "location", "status", "rule", "evidence"})
public record MeetingReport(String source, String meeting, List<String> participants, Optional<LocalDate> date,
    Optional<Location> location, MeetingStatus status, String rule, List<Evidence> evidence) {

  /** Copies the lists, so that the value never changes. */
  public MeetingReport {
    participants = List.copyOf(participants);
    evidence = List.copyOf(evidence);
  }
}
