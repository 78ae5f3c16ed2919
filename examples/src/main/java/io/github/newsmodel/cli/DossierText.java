package io.github.newsmodel.cli;

import io.github.newsmodel.dossier.Claim;
import io.github.newsmodel.dossier.Conflict;
import io.github.newsmodel.dossier.Dossier;
import io.github.newsmodel.dossier.DossierMeeting;
import io.github.newsmodel.dossier.DossierOfficial;
import io.github.newsmodel.dossier.MeetingReport;
import io.github.newsmodel.model.Evidence;
import io.github.newsmodel.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code --format text} form of a dossier: a readable summary with a quote for every claim. */
final class DossierText {
  private DossierText() {}

  static String render(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    Map<String, String> names = new HashMap<>();
    dossier.officials().forEach(official -> names.put(official.id(), official.name()));
    out.append("Officials (").append(dossier.officials().size()).append(")\n");
    for (DossierOfficial official : dossier.officials()) {
      out.append("  ").append(official.name());
      if (!official.countries().isEmpty()) {
        out.append(" [").append(String.join(", ", official.countries())).append(']');
      }
      out.append('\n');
      List<String> others = new ArrayList<>(official.names());
      others.remove(official.name());
      line(out, "also written", String.join("; ", others));
      line(out, "honorifics", String.join(", ", official.honorifics()));
      line(out, "titles", String.join("; ", official.titles()));
      line(out, "organizations", String.join("; ", official.organizations()));
      line(out, "seen in", String.join(", ", official.sources()));
    }
    out.append("\nMeetings (").append(dossier.meetings().size()).append(")\n");
    for (DossierMeeting meeting : dossier.meetings()) {
      out.append("  ").append(meeting.id()).append("  ").append(meeting.date().map(Object::toString).orElse("date ?"))
          .append("  ").append(meeting.location().map(DossierText::place).orElse("place ?")).append("  ")
          .append(meeting.status().jsonName()).append('\n');
      List<String> participants = new ArrayList<>();
      meeting.participants().forEach(id -> participants.add(names.getOrDefault(id, id)));
      line(out, "participants", String.join(", ", participants));
      List<String> reports = new ArrayList<>();
      for (MeetingReport report : meeting.reports()) {
        reports.add(report.source() + " (" + report.meeting() + ")");
      }
      line(out, "reported by", String.join(", ", reports));
      line(out, "topics", String.join("; ", meeting.topics()));
    }
    out.append("\nConflicts (").append(dossier.conflicts().size()).append(")\n");
    for (Conflict conflict : dossier.conflicts()) {
      out.append("  ").append(conflict.kind().jsonName()).append("  ").append(conflict.subject()).append(": ")
          .append(conflict.message()).append('\n');
      for (Claim claim : conflict.claims()) {
        out.append("    ").append(claim.source()).append(": ").append(claim.value());
        if (!claim.evidence().isEmpty()) {
          Evidence first = claim.evidence().get(0);
          out.append("  \u2190 \"").append(first.exact()).append('"');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    if (!value.isEmpty()) {
      out.append("    ").append(label).append(": ").append(value).append('\n');
    }
  }

  private static String place(Location location) {
    List<String> parts = new ArrayList<>();
    for (Optional<String> part : List.of(location.venue(), location.city(), location.country())) {
      part.ifPresent(parts::add);
    }
    return parts.isEmpty() ? "place ?" : String.join(", ", parts);
  }
}
