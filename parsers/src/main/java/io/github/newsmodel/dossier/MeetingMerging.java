package io.github.newsmodel.dossier;

import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.NewsDocument;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.text.SentenceSplitter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the meetings of several documents: two reports from different articles are one meeting
 * when
 *
 * <ul>
 *   <li>their participants (as dossier people) overlap: at least two shared, or, when either
 *       report names a single participant, that one shared and both reports giving the same date;</li>
 *   <li>their dates are compatible: unknown on either side, or at most the tolerance apart
 *       (a difference is then reported as a {@link ConflictKind#MEETING_DATE} conflict);</li>
 *   <li>their places are compatible: no two different countries or cities (a city's country from
 *       the gazetteer counts), while differently written venues are accepted.</li>
 * </ul>
 *
 * <p>A report joins the first meeting whose every report it is compatible with (complete linkage,
 * so that A~B and B~C never chain A and C together), and never a meeting that already has a report
 * from the same article. Weekday names in an undated report that contradict another report's date
 * are reported as {@link ConflictKind#MEETING_WEEKDAY} conflicts. Used by one merge only.
 */
final class MeetingMerging {
  /** The rule of the first report of a meeting. */
  static final String FIRST_REPORT = "dossier.meeting.first_report";
  /** The rule of every further report of a meeting. */
  static final String SAME_PARTICIPANTS = "dossier.meeting.same_participants";

  /** One document's meeting, with its participants as dossier people. */
  private record Report(int document, String source, Meeting meeting, List<String> participants,
      List<WeekdayMentions.Mention> weekdays) {}

  /**
   * The merged meetings.
   *
   * @param meetings the meetings, in order of first report
   * @param documents for each meeting, the indexes of the documents reporting it
   * @param conflicts the date and weekday conflicts
   */
  record Result(List<DossierMeeting> meetings, List<Set<Integer>> documents, List<Conflict> conflicts) {}

  private final long toleranceDays;

  private MeetingMerging(long toleranceDays) {
    this.toleranceDays = toleranceDays;
  }

  /**
   * Merges the meetings of the documents.
   *
   * @param documents the input documents, in input order
   * @param dossierIds for each document, its official ids mapped to dossier ids
   * @param toleranceDays how many days apart two dates of one meeting may be
   * @return the meetings and their conflicts
   */
  static Result merge(List<NewsDocument> documents, List<Map<String, String>> dossierIds, long toleranceDays) {
    MeetingMerging merging = new MeetingMerging(toleranceDays);
    List<List<Report>> clusters = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      NewsDocument document = documents.get(d);
      List<Span> sentences = null;
      for (Meeting meeting : document.meetings()) {
        Map<String, String> toDossier = dossierIds.get(d);
        Set<String> participants = new LinkedHashSet<>();
        meeting.participants().forEach(id -> participants.add(toDossier.getOrDefault(id, id)));
        List<WeekdayMentions.Mention> weekdays = List.of();
        if (meeting.date().isEmpty()) {
          if (sentences == null) {
            sentences = SentenceSplitter.instance().split(document.text(), Span.of(0, document.text().length()));
          }
          weekdays = WeekdayMentions.find(document.text(), sentences, meeting);
        }
        merging.place(clusters, new Report(d, document.source().id(), meeting, List.copyOf(participants), weekdays));
      }
    }
    List<DossierMeeting> meetings = new ArrayList<>();
    List<Set<Integer>> reporting = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (List<Report> cluster : clusters) {
      DossierMeeting meeting = meeting("meeting-" + (meetings.size() + 1), cluster);
      meetings.add(meeting);
      Set<Integer> documentIndexes = new LinkedHashSet<>();
      cluster.forEach(report -> documentIndexes.add(report.document()));
      reporting.add(documentIndexes);
      dateConflict(meeting, cluster).ifPresent(conflicts::add);
      weekdayConflict(meeting, cluster).ifPresent(conflicts::add);
    }
    return new Result(List.copyOf(meetings), List.copyOf(reporting), List.copyOf(conflicts));
  }

  private void place(List<List<Report>> clusters, Report report) {
    for (List<Report> cluster : clusters) {
      if (cluster.stream().allMatch(member -> compatible(member, report))) {
        cluster.add(report);
        return;
      }
    }
    List<Report> cluster = new ArrayList<>();
    cluster.add(report);
    clusters.add(cluster);
  }

  private boolean compatible(Report a, Report b) {
    if (a.document() == b.document()) {
      return false;
    }
    long shared = a.participants().stream().filter(b.participants()::contains).count();
    int smaller = Math.min(a.participants().size(), b.participants().size());
    if (shared == 0 || shared < Math.min(2, smaller)) {
      return false;
    }
    Optional<LocalDate> dateA = a.meeting().date();
    Optional<LocalDate> dateB = b.meeting().date();
    if (shared < 2 && !(dateA.isPresent() && dateA.equals(dateB))) {
      return false;
    }
    if (dateA.isPresent() && dateB.isPresent()
        && Math.abs(ChronoUnit.DAYS.between(dateA.get(), dateB.get())) > toleranceDays) {
      return false;
    }
    return placesAgree(a.meeting().location(), b.meeting().location());
  }

  private static boolean placesAgree(Optional<Location> a, Optional<Location> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    Optional<String> cityA = a.get().city().map(Folding::fold);
    Optional<String> cityB = b.get().city().map(Folding::fold);
    if (cityA.isPresent() && cityB.isPresent() && !cityA.equals(cityB)) {
      return false;
    }
    Optional<String> countryA = country(a.get());
    Optional<String> countryB = country(b.get());
    return countryA.isEmpty() || countryB.isEmpty() || countryA.equals(countryB);
  }

  /** The stated country, else the country of a city the gazetteer knows. */
  private static Optional<String> country(Location location) {
    if (location.country().isPresent()) {
      return location.country();
    }
    return location.city().flatMap(city -> Gazetteer.instance().find(city)).map(Gazetteer.City::country);
  }

  private static DossierMeeting meeting(String id, List<Report> cluster) {
    Set<String> participants = new LinkedHashSet<>();
    Set<LocalDate> dates = new LinkedHashSet<>();
    Map<String, String> topics = new LinkedHashMap<>();
    Set<String> sources = new LinkedHashSet<>();
    String venue = null;
    String city = null;
    String country = null;
    boolean held = false;
    List<MeetingReport> reports = new ArrayList<>();
    for (Report report : cluster) {
      Meeting meeting = report.meeting();
      participants.addAll(report.participants());
      meeting.date().ifPresent(dates::add);
      meeting.topics().forEach(topic -> topics.putIfAbsent(Folding.fold(topic), topic));
      sources.add(report.source());
      if (meeting.location().isPresent()) {
        Location location = meeting.location().get();
        venue = venue != null ? venue : location.venue().orElse(null);
        city = city != null ? city : location.city().orElse(null);
        country = country != null ? country : location.country().orElse(null);
      }
      held |= meeting.status() == MeetingStatus.HELD;
      reports.add(new MeetingReport(report.source(), meeting.id(), report.participants(), meeting.date(),
          meeting.location(), meeting.status(), reports.isEmpty() ? FIRST_REPORT : SAME_PARTICIPANTS,
          meeting.evidence()));
    }
    Optional<Location> location = venue == null && city == null && country == null
        ? Optional.empty()
        : Optional.of(Location.builder().venue(Optional.ofNullable(venue)).city(Optional.ofNullable(city))
            .country(Optional.ofNullable(country)).build());
    Optional<LocalDate> date = dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    return new DossierMeeting(id, List.copyOf(participants), date, location,
        held ? MeetingStatus.HELD : MeetingStatus.PLANNED, List.copyOf(topics.values()), List.copyOf(sources),
        reports);
  }

  private static Optional<Conflict> dateConflict(DossierMeeting meeting, List<Report> cluster) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    for (Report report : cluster) {
      report.meeting().date().ifPresent(date -> {
        dates.add(date);
        claims.add(datedClaim(report, date));
      });
    }
    if (dates.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Conflict(ConflictKind.MEETING_DATE, meeting.id(),
        "reports of " + meeting.id() + " give different dates: " + join(dates), claims));
  }

  private static Optional<Conflict> weekdayConflict(DossierMeeting meeting, List<Report> cluster) {
    Set<DayOfWeek> datedDays = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    for (Report report : cluster) {
      report.meeting().date().ifPresent(date -> {
        datedDays.add(date.getDayOfWeek());
        claims.add(datedClaim(report, date));
      });
    }
    if (datedDays.isEmpty()) {
      return undatedWeekdayConflict(meeting, cluster);
    }
    Set<DayOfWeek> contradicting = new LinkedHashSet<>();
    for (Report report : cluster) {
      for (WeekdayMentions.Mention mention : report.weekdays()) {
        if (!datedDays.contains(mention.day())) {
          contradicting.add(mention.day());
          claims.add(weekdayClaim(report, mention));
        }
      }
    }
    if (contradicting.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Conflict(ConflictKind.MEETING_WEEKDAY, meeting.id(),
        "a report of " + meeting.id() + " dates it to a " + dayNames(datedDays) + ", another says "
            + dayNames(contradicting), claims));
  }

  /** When no report gives a date: a conflict when two reports name weekdays and none in common. */
  private static Optional<Conflict> undatedWeekdayConflict(DossierMeeting meeting, List<Report> cluster) {
    if (!undatedReportsDisagree(cluster)) {
      return Optional.empty();
    }
    Set<DayOfWeek> named = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    for (Report report : cluster) {
      for (WeekdayMentions.Mention mention : report.weekdays()) {
        named.add(mention.day());
        claims.add(weekdayClaim(report, mention));
      }
    }
    return Optional.of(new Conflict(ConflictKind.MEETING_WEEKDAY, meeting.id(),
        "reports of " + meeting.id() + " name different weekdays: " + dayNames(named), claims));
  }

  private static Claim weekdayClaim(Report report, WeekdayMentions.Mention mention) {
    return new Claim(report.source(), WeekdayMentions.name(mention.day()), List.of(mention.evidence()));
  }

  /** True when two reports each name weekdays and no weekday is named by both. */
  private static boolean undatedReportsDisagree(List<Report> cluster) {
    for (int i = 0; i < cluster.size(); i++) {
      for (int j = i + 1; j < cluster.size(); j++) {
        Set<DayOfWeek> a = days(cluster.get(i));
        Set<DayOfWeek> b = days(cluster.get(j));
        if (!a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<DayOfWeek> days(Report report) {
    Set<DayOfWeek> days = new LinkedHashSet<>();
    report.weekdays().forEach(mention -> days.add(mention.day()));
    return days;
  }

  private static Claim datedClaim(Report report, LocalDate date) {
    List<Evidence> evidence = OfficialMerging.evidenceFor(report.meeting().evidence(), "/date");
    return new Claim(report.source(), date + " (" + WeekdayMentions.name(date.getDayOfWeek()) + ")",
        evidence.isEmpty() ? report.meeting().evidence() : evidence);
  }

  private static String join(Set<LocalDate> dates) {
    List<String> written = new ArrayList<>();
    dates.forEach(date -> written.add(date.toString()));
    return String.join(", ", written);
  }

  private static String dayNames(Set<DayOfWeek> days) {
    List<String> names = new ArrayList<>();
    days.forEach(day -> names.add(WeekdayMentions.name(day)));
    return String.join(" or ", names);
  }
}
