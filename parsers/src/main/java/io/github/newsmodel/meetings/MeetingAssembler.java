package io.github.newsmodel.meetings;

import io.github.newsmodel.events.Modality;
import io.github.newsmodel.events.OfficialMentions;
import io.github.newsmodel.events.Places;
import io.github.newsmodel.meetings.MeetingMention.ModeReading;
import io.github.newsmodel.meetings.MeetingMention.Participant;
import io.github.newsmodel.meetings.MeetingMention.Tense;
import io.github.newsmodel.lexicon.Gazetteer;
import io.github.newsmodel.model.Article;
import io.github.newsmodel.model.Assertion;
import io.github.newsmodel.model.Dateline;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Evidences;
import io.github.newsmodel.model.Location;
import io.github.newsmodel.model.Meeting;
import io.github.newsmodel.model.MeetingMode;
import io.github.newsmodel.model.MeetingStatus;
import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.temporal.DateMention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Meeting} from a grouped {@link MeetingEvent}, with evidence for every value:
 *
 * <ul>
 *   <li>status and assertion from the first named mention outside the headline (the headline
 *       rarely has a tense); planned when that mention or the meeting's tense is in the future;
 *   <li>date: the first mention whose date expression resolves to a day, never a default;
 *   <li>location: the first venue, the first city (with its country from the text or the
 *       gazetteer), else a country alone, else the country of a known venue; for a held meeting
 *       whose sentences name no place, the article's dateline ("Sochi");
 *   <li>topics from every mention that is not speculative; mode from the first mention that says,
 *       else in person when the meeting has a place; host from a cue that says so.
 * </ul>
 *
 * Every mention's cue is evidence for {@code /status}, so that agreements signed in a sentence can
 * find the meeting of that sentence. Immutable; one per document.
 */
final class MeetingAssembler {
  private static final double CUE_CONFIDENCE = 0.8;
  private static final double ANAPHOR_CONFIDENCE = 0.6;
  /** By cue role: the rule of a named cue's status evidence, and of an anaphor's (see {@link #cueRule}). */
  private static final Map<CueRole, String> NAMED_CUE_RULES = cueRules("");
  private static final Map<CueRole, String> ANAPHOR_CUE_RULES = cueRules(".anaphor");
  /** By assertion: the rule of the assertion evidence. */
  private static final Map<Assertion, String> ASSERTION_RULES = assertionRules();

  private final String text;
  private final OfficialMentions mentions;
  private final Article article;

  /**
   * Creates an assembler for one document.
   *
   * @param text the document text
   * @param mentions the officials' mentions
   * @param article the article, for its dateline
   */
  MeetingAssembler(String text, OfficialMentions mentions, Article article) {
    this.text = text;
    this.mentions = mentions;
    this.article = article;
  }

  /**
   * Tells whether a meeting is only between officials of one country: not a meeting between
   * governments.
   *
   * @param event the meeting
   * @return true when at least two participants all have the same known country
   */
  boolean domestic(MeetingEvent event) {
    String first = null;
    boolean one = true;
    List<Participant> participants = event.participants();
    for (int k = 0; k < participants.size(); k++) {
      Participant p = participants.get(k);
      Optional<Official> official = mentions.official(p.officialId());
      if (official.isEmpty() || official.get().country().isEmpty()) {
        return false;
      }
      String country = official.get().country().get();
      if (first == null) {
        first = country;
      } else {
        one &= first.equals(country);
      }
    }
    return event.participants().size() >= 2 && one;
  }

  private static Map<CueRole, String> cueRules(String suffix) {
    Map<CueRole, String> rules = new EnumMap<>(CueRole.class);
    for (CueRole role : CueRole.values()) {
      rules.put(role, "meeting.cue." + role.name().toLowerCase(Locale.ROOT) + suffix);
    }
    return rules;
  }

  private static Map<Assertion, String> assertionRules() {
    Map<Assertion, String> rules = new EnumMap<>(Assertion.class);
    for (Assertion assertion : Assertion.values()) {
      rules.put(assertion, "meeting.assertion." + assertion.name().toLowerCase(Locale.ROOT));
    }
    return rules;
  }

  /** The rule of the status evidence of a cue: {@code meeting.cue.<role>}, then {@code .anaphor} for an anaphor. */
  private static String cueRule(CueRole role, boolean named) {
    return (named ? NAMED_CUE_RULES : ANAPHOR_CUE_RULES).get(role);
  }

  /**
   * Builds the meeting.
   *
   * @param id the meeting id
   * @param event the grouped mentions
   * @return the meeting
   */
  Meeting build(String id, MeetingEvent event) {
    List<Evidence> evidence = new ArrayList<>();
    Meeting.Builder meeting = Meeting.builder().id(id);
    List<Participant> participants = event.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      meeting.addParticipants(p.officialId());
      evidence.add(Evidences.inText("/participants/" + i, text, p.span(), p.rule(), CUE_CONFIDENCE));
    }
    MeetingMention primary = primary(event);
    boolean planned = primary.tense() == Tense.FUTURE || primary.tense() == Tense.NEUTRAL
        && event.tense() == Tense.FUTURE;
    meeting.status(planned ? MeetingStatus.PLANNED : MeetingStatus.HELD);
    List<MeetingMention> all = event.all();
    for (MeetingMention m : all) {
      boolean named = m.named();
      evidence.add(Evidences.inText("/status", text, m.cue().span(m.sentence()), cueRule(m.cue().role(), named),
          named ? CUE_CONFIDENCE : ANAPHOR_CONFIDENCE));
    }
    if (planned) {
      primary.modality().futureCue().ifPresent(cue ->
          evidence.add(Evidences.inText("/status", text, cue, "meeting.status.future", CUE_CONFIDENCE)));
    }
    Modality modality = primary.modality();
    meeting.assertion(modality.assertion());
    Span assertionCue = modality.assertionCue().orElse(primary.cue().span(primary.sentence()));
    evidence.add(Evidences.inText("/assertion", text, assertionCue, ASSERTION_RULES.get(modality.assertion()),
        CUE_CONFIDENCE));
    date(all).ifPresent(d -> {
      meeting.date(d.date().get());
      evidence.add(Evidences.inText("/date", text, d.span(), "meeting." + d.rule(), 0.9));
    });
    Optional<Location> location = location(all, evidence);
    if (location.isEmpty() && !planned) {
      location = dateline(evidence);
    }
    location.ifPresent(meeting::location);
    topics(all, meeting, evidence);
    mode(all, evidence).ifPresent(meeting::mode);
    host(event).ifPresent(h -> {
      meeting.host(h.officialId());
      evidence.add(Evidences.inText("/host", text, h.span(), "meeting.host.cue", 0.7));
    });
    return meeting.evidence(evidence).build();
  }

  private static MeetingMention primary(MeetingEvent event) {
    for (MeetingMention m : event.named()) {
      if (!m.sentence().headline()) {
        return m;
      }
    }
    return event.named().get(0);
  }

  private static Optional<DateMention> date(List<MeetingMention> all) {
    for (MeetingMention m : all) {
      if (!m.modality().speculativePast() && m.date().flatMap(DateMention::date).isPresent()) {
        return m.date();
      }
    }
    return Optional.empty();
  }

  private Optional<Location> location(List<MeetingMention> all, List<Evidence> evidence) {
    Span venue = null;
    String venueCountry = null;
    Places.Place city = null;
    Places.Place cityCountry = null;
    Places.Place country = null;
    boolean visit = false;
    for (MeetingMention m : all) {
      PlaceReading place = m.place();
      if (venue == null && place.venue().isPresent()) {
        venue = place.venue().get();
        venueCountry = place.venueCountry().orElse(null);
      }
      if (city == null && place.city().isPresent()) {
        city = place.city().get();
        cityCountry = place.country().orElse(null);
        visit = place.duringVisit();
      } else if (country == null && place.city().isEmpty() && place.country().isPresent()) {
        country = place.country().get();
        visit |= place.duringVisit();
      }
    }
    if (venue == null && city == null && country == null) {
      return Optional.empty();
    }
    Location.Builder location = Location.builder();
    if (venue != null) {
      location.venue(text.substring(venue.start(), venue.end()));
      evidence.add(Evidences.inText("/location/venue", text, venue, "meeting.location.venue", 0.7));
    }
    String rulePrefix = visit ? "meeting.location.visit" : "meeting.location";
    if (city != null) {
      location.city(city.city());
      evidence.add(Evidences.inText("/location/city", text, city.span(), rulePrefix + ".city", 0.85));
      Places.Place countryPlace = cityCountry != null ? cityCountry : city;
      location.country(countryPlace.code());
      evidence.add(Evidences.inText("/location/country", text, countryPlace.span(),
          rulePrefix + (cityCountry != null ? ".country" : ".country.gazetteer"), 0.85));
    } else if (country != null) {
      location.country(country.code());
      evidence.add(Evidences.inText("/location/country", text, country.span(), rulePrefix + ".country", 0.8));
    } else if (venueCountry != null) {
      location.country(venueCountry);
      evidence.add(Evidences.inText("/location/country", text, venue, "meeting.location.country.venue", 0.8));
    }
    return Optional.of(location.build());
  }

  /**
   * The place line of the article ("Sochi", "Doha, Qatar -"), for a held meeting whose sentences
   * name no place: where the article was written is where the meeting it reports took place.
   */
  private Optional<Location> dateline(List<Evidence> evidence) {
    Optional<Dateline> dateline = article.dateline();
    if (dateline.isEmpty() || dateline.get().city().isEmpty()) {
      return Optional.empty();
    }
    String written = dateline.get().city().get();
    Optional<Gazetteer.City> known = Gazetteer.instance().find(written);
    Location.Builder location = Location.builder().city(known.map(Gazetteer.City::name).orElse(written));
    Optional<String> country = dateline.get().country().or(() -> known.map(Gazetteer.City::country));
    country.ifPresent(location::country);
    for (Evidence e : article.evidence()) {
      if (e.span().isPresent() && e.field().equals("/dateline/city")) {
        evidence.add(Evidences.inText("/location/city", text, e.span().get(), "meeting.location.dateline", 0.6));
        if (country.isPresent()) {
          evidence.add(Evidences.inText("/location/country", text, e.span().get(), "meeting.location.dateline",
              0.6));
        }
        return Optional.of(location.build());
      }
    }
    return Optional.empty();
  }

  private void topics(List<MeetingMention> all, Meeting.Builder meeting, List<Evidence> evidence) {
    // The lower case of the topics kept: few, and most topics are their own lower case.
    List<String> seen = new ArrayList<>();
    int index = 0;
    for (int i = 0; i < all.size(); i++) {
      List<Span> topics = all.get(i).topics();
      for (int k = 0; k < topics.size(); k++) {
        Span topic = topics.get(k);
        String value = text.substring(topic.start(), topic.end());
        String lower = value.toLowerCase(Locale.ROOT);
        if (!seen.contains(lower)) {
          seen.add(lower);
          meeting.addTopics(value);
          evidence.add(Evidences.inText("/topics/" + index++, text, topic, "meeting.topic.cue", 0.6));
        }
      }
    }
  }

  private Optional<MeetingMode> mode(List<MeetingMention> all, List<Evidence> evidence) {
    for (MeetingMention m : all) {
      if (m.mode().isPresent()) {
        ModeReading mode = m.mode().get();
        evidence.add(Evidences.inText("/mode", text, mode.span(), mode.rule(), 0.7));
        return Optional.of(mode.mode());
      }
    }
    for (MeetingMention m : all) {
      Optional<Span> place = m.place().venue().or(() -> m.place().city().map(Places.Place::span));
      if (place.isPresent() && !m.place().duringVisit()) {
        evidence.add(Evidences.inText("/mode", text, place.get(), "meeting.mode.place", 0.6));
        return Optional.of(MeetingMode.IN_PERSON);
      }
    }
    return Optional.empty();
  }

  private static Optional<Participant> host(MeetingEvent event) {
    for (MeetingMention m : event.named()) {
      if (m.host().isPresent() && event.ids().contains(m.host().get().officialId())) {
        return m.host();
      }
    }
    return Optional.empty();
  }
}
