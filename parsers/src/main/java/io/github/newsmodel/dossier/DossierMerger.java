package io.github.newsmodel.dossier;

import io.github.newsmodel.model.NewsDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Dossier} from parsed articles: the same person across articles, the same meeting
 * reported by several outlets, and the conflicts between them.
 *
 * <pre>{@code
 * List<NewsDocument> docs = ...;                       // parsed, or read back from extract's JSON Lines
 * Dossier dossier = DossierMerger.create().merge(docs);
 * dossier.officials().forEach(o -> System.out.println(o.name() + " " + o.sources()));
 * String json = NewsJson.toJson(dossier);              // {"officials":[...],"meetings":[...],"conflicts":[...]}
 * }</pre>
 *
 * <p>How people and meetings merge is described in the package documentation and in
 * {@code docs/evidence-report.md}. The merge is deterministic: the same documents in the same order
 * give the same dossier. Immutable and thread-safe; the {@code with...} methods return copies.
 */
public final class DossierMerger {
  /** The default of {@link #dateToleranceDays()}. */
  public static final int DEFAULT_DATE_TOLERANCE_DAYS = 3;
  /** The default of {@link #sameTimeWindowDays()}. */
  public static final int DEFAULT_SAME_TIME_WINDOW_DAYS = 7;

  private final int dateToleranceDays;
  private final int sameTimeWindowDays;

  private DossierMerger(int dateToleranceDays, int sameTimeWindowDays) {
    this.dateToleranceDays = dateToleranceDays;
    this.sameTimeWindowDays = sameTimeWindowDays;
  }

  /**
   * Returns a merger with the default settings.
   *
   * @return the merger
   */
  public static DossierMerger create() {
    return new DossierMerger(DEFAULT_DATE_TOLERANCE_DAYS, DEFAULT_SAME_TIME_WINDOW_DAYS);
  }

  /**
   * Returns how many days apart two reports may date one meeting and still be merged (the
   * difference is then reported as a {@link ConflictKind#MEETING_DATE} conflict).
   *
   * @return the tolerance in days
   */
  public int dateToleranceDays() {
    return dateToleranceDays;
  }

  /**
   * Returns how many days apart the publication dates of two articles may be for their titles of a
   * person to be compared (articles reporting one merged meeting are always compared).
   *
   * @return the window in days
   */
  public int sameTimeWindowDays() {
    return sameTimeWindowDays;
  }

  /**
   * Returns a copy with another date tolerance.
   *
   * @param days the tolerance, {@code 0} to merge only reports of the same date (or undated)
   * @return the new merger
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public DossierMerger withDateToleranceDays(int days) {
    return new DossierMerger(nonNegative(days, "date tolerance"), sameTimeWindowDays);
  }

  /**
   * Returns a copy with another same-time window.
   *
   * @param days the window, {@code 0} for articles published the same day
   * @return the new merger
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public DossierMerger withSameTimeWindowDays(int days) {
    return new DossierMerger(dateToleranceDays, nonNegative(days, "same-time window"));
  }

  /**
   * Merges the documents into a dossier.
   *
   * @param documents the documents, in input order (the order decides ids and list orders)
   * @return the dossier
   */
  public Dossier merge(List<NewsDocument> documents) {
    List<NewsDocument> inputs = List.copyOf(Objects.requireNonNull(documents, "documents"));
    OfficialMerging.Result people = OfficialMerging.merge(inputs);
    MeetingMerging.Result meetings = MeetingMerging.merge(inputs, people.dossierIds(), dateToleranceDays);
    List<Conflict> conflicts = new ArrayList<>(meetings.conflicts());
    conflicts.addAll(people.conflicts());
    conflicts.addAll(TitleConflicts.find(inputs, people.officials(), people.appearances(), meetings.documents(),
        sameTimeWindowDays));
    return new Dossier(people.officials(), meetings.meetings(), conflicts);
  }

  private static int nonNegative(int days, String what) {
    if (days < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + days);
    }
    return days;
  }
}
