package io.github.newsmodel.events;

import io.github.newsmodel.model.Official;
import io.github.newsmodel.model.Span;
import java.util.ArrayList;
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

  private final List<Mention> mentions;
  /** The start offset of each mention, index by index, for binary searches without indirection. */
  private final int[] starts;
  private final Map<String, Official> byId;

  private OfficialMentions(List<Mention> mentions, Map<String, Official> byId) {
    this.mentions = mentions;
    this.byId = byId;
    this.starts = new int[mentions.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = mentions.get(i).span().start();
    }
  }

  /**
   * Indexes the mentions of the officials.
   *
   * @param officials the officials of the article
   * @return the index
   */
  public static OfficialMentions of(List<Official> officials) {
    List<Mention> all = new ArrayList<>();
    Map<String, Official> byId = new HashMap<>();
    for (Official official : officials) {
      byId.putIfAbsent(official.id(), official);
      for (Span span : official.mentions()) {
        all.add(new Mention(span, official.id()));
      }
    }
    all.sort(TEXT_ORDER);
    List<Mention> kept = new ArrayList<>();
    int coveredTo = -1;
    for (Mention mention : all) {
      if (mention.span().start() >= coveredTo) {
        kept.add(mention);
        coveredTo = mention.span().end();
      }
    }
    return new OfficialMentions(List.copyOf(kept), Map.copyOf(byId));
  }

  /**
   * Returns the mentions lying wholly inside {@code [from, to)}, in text order.
   *
   * @param from inclusive start offset
   * @param to exclusive end offset
   * @return the mentions
   */
  public List<Mention> within(int from, int to) {
    // The kept mentions do not overlap: sorted by start, they are sorted by end too, so the
    // mentions inside the range are a run of the list.
    int first = firstStartingAtOrAfter(from);
    int end = first;
    while (end < mentions.size() && mentions.get(end).span().end() <= to && mentions.get(end).span().start() < to) {
      end++;
    }
    return first == end ? List.of() : mentions.subList(first, end);
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
    return i >= 0 && offset < mentions.get(i).span().end();
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
