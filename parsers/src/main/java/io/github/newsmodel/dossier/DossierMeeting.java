package io.github.newsmodel.dossier;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.MeetingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One meeting as reported by one or more articles.
 *
 * @param id the dossier id ({@code meeting-1}, {@code meeting-2}, ... in order of first report)
 * @param participants the dossier ids of the officials taking part, in order of first mention
 * @param date the date every dated report agrees on; empty when no report gives one or when
 *     reports disagree (then a {@link ConflictKind#MEETING_DATE} conflict says so)
 * @param location the place: for each of venue, city and country the first value a report gives
 * @param status {@code held} when any report says it was held, else {@code planned}
 * @param topics the topics of all reports, each once
 * @param sources the {@code source.id}s of the reporting articles, in input order
 * @param reports each article's account, with its evidence
 */
@JsonPropertyOrder({"id", "participants", "date", "location", "status", "topics", "sources", "reports"})
public record DossierMeeting(String id, List<String> participants, Optional<LocalDate> date,
    Optional<Location> location, MeetingStatus status, List<String> topics, List<String> sources,
    List<MeetingReport> reports) {

  /** Copies the lists, so that the value never changes. */
  public DossierMeeting {
    participants = List.copyOf(participants);
    topics = List.copyOf(topics);
    sources = List.copyOf(sources);
    reports = List.copyOf(reports);
  }
}
