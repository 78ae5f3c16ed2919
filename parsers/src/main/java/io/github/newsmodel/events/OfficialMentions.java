package io.github.newsmodel.events;

import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Span;
import io.github.newsmodel.pipeline.AnalysisContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spans of the text that refer to officials ({@link Official#mentions()}), sorted, so that the
 * people named in a stretch of a sentence can be looked up without re-reading names. Where mentions
 * overlap, the earlier (and then longer) one wins. Immutable.
 */
public final class OfficialMentions {
  /**
   * One mention of an official.
   *
   * @param span the mention span
   * @param officialId the official's id
   */
  public record Mention(Span span, String officialId) {}

  /** By start, then longer first. */
  private static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> -m.span().end());

  /** The index of each article, made on first use (see {@link #of(AnalysisContext, List)}). */
  private static final AnalysisContext.Shared<Latest> LATEST =
      AnalysisContext.Shared.of(Latest.class, context -> new Latest());

  private final List<Mention> mentions;
  /** The start offset of each mention, index by index, for binary searches without indirection. */
  private final int[] starts;
  /** The end offset of each mention, index by index, read by {@link #covers} without indirection. */
  private final int[] ends;
  private final Map<String, Official> byId;

  private OfficialMentions(List<Mention> mentions, Map<String, Official> byId) {
    this.mentions = mentions;
    this.byId = byId;
    this.starts = new int[mentions.size()];
    this.ends = new int[mentions.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = mentions.get(i).span().start();
      ends[i] = mentions.get(i).span().end();
    }
  }

  /**
   * Indexes the mentions of the officials.
   *
   * @param officials the officials of the article
   * @return the index
   */
  public static OfficialMentions of(List<Official> officials) {
    int count = 0;
    for (int o = 0; o < officials.size(); o++) {
      count += officials.get(o).mentions().size();
    }
    Mention[] all = new Mention[count];
    Map<String, Official> byId = new HashMap<>(officials.size() * 4 / 3 + 1);
    int n = 0;
    for (int o = 0; o < officials.size(); o++) {
      Official official = officials.get(o);
      byId.putIfAbsent(official.id(), official);
      List<Span> spans = official.mentions();
      for (int k = 0; k < spans.size(); k++) {
        all[n++] = new Mention(spans.get(k), official.id());
      }
    }
    Arrays.sort(all, TEXT_ORDER);
    // Keep the mentions that start where the ones kept before have ended, moving them to the front.
    int kept = 0;
    int coveredTo = -1;
    for (Mention mention : all) {
      if (mention.span().start() >= coveredTo) {
        all[kept++] = mention;
        coveredTo = mention.span().end();
      }
    }
    return new OfficialMentions(List.of(kept == all.length ? all : Arrays.copyOf(all, kept)), byId);
  }

  /**
   * Returns the index of the mentions of an article's officials, made once per parse however many
   * stages ask for it with the same list of officials.
   *
   * @param context the article being analysed
   * @param officials the officials found in it
   * @return the index
   */
  public static OfficialMentions of(AnalysisContext context, List<Official> officials) {
    Latest latest = context.shared(LATEST);
    if (latest.officials != officials) {
      latest.mentions = of(officials);
      latest.officials = officials;
    }
    return latest.mentions;
  }

  /** The index made last for an article, with the list of officials it was made from. */
  private static final class Latest {
    List<Official> officials;
    OfficialMentions mentions;
  }

  /**
   * Returns the mentions lying wholly inside {@code [from, to)}, in text order.
   *
   * @param from inclusive start offset
   * @param to exclusive end offset
   * @return the mentions
   */
  public List<Mention> within(int from, int to) {
    int first = firstWithin(from);
    int end = endWithin(first, to);
    return first == end ? List.of() : mentions.subList(first, end);
  }

  /**
   * Returns the index of the first mention that may lie inside a range starting at an offset: the
   * mentions inside {@code [from, to)} are those of indexes {@code firstWithin(from)} to {@code
   * endWithin(firstWithin(from), to)}, as {@link #within} lists them, without making a list.
   *
   * @param from inclusive start offset
   * @return the index of the first mention starting at or after {@code from}
   */
  public int firstWithin(int from) {
    return firstStartingAtOrAfter(from);
  }

  /**
   * Returns the index after the last mention inside a range (see {@link #firstWithin}).
   *
   * @param first the index {@link #firstWithin} gave for the range's start
   * @param to exclusive end offset
   * @return the index after the range's mentions
   */
  public int endWithin(int first, int to) {
    // The kept mentions do not overlap: sorted by start, they are sorted by end too, so the
    // mentions inside the range are a run of the list.
    int end = first;
    while (end < ends.length && ends[end] <= to && starts[end] < to) {
      end++;
    }
    return end;
  }

  /**
   * Returns a mention by its index in text order.
   *
   * @param index the index, from {@link #firstWithin} and {@link #endWithin}
   * @return the mention
   */
  public Mention get(int index) {
    return mentions.get(index);
  }

  /**
   * Returns the mention that ends exactly at an offset.
   *
   * @param offset a text offset
   * @return the mention, or empty
   */
  public Optional<Mention> endingAt(int offset) {
    for (int i = Math.max(0, firstStartingAtOrAfter(offset) - 1); i >= 0; i--) {
      Mention mention = mentions.get(i);
      if (mention.span().end() == offset) {
        return Optional.of(mention);
      }
      if (mention.span().end() < offset) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the mention that covers an offset.
   *
   * @param offset a text offset
   * @return the mention, or empty
   */
  public Optional<Mention> covering(int offset) {
    int i = firstStartingAtOrAfter(offset + 1) - 1;
    if (i >= 0 && mentions.get(i).span().start() <= offset && offset < mentions.get(i).span().end()) {
      return Optional.of(mentions.get(i));
    }
    return Optional.empty();
  }

  /**
   * Tells whether a mention covers an offset: {@code covering(offset).isPresent()}, without the
   * optional.
   *
   * @param offset a text offset
   * @return true when the offset lies inside a mention
   */
  public boolean covers(int offset) {
    int i = firstStartingAtOrAfter(offset + 1) - 1;
    return i >= 0 && offset < ends[i];
  }

  /**
   * Returns the official with an id.
   *
   * @param id the id
   * @return the official, or empty
   */
  public Optional<Official> official(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
