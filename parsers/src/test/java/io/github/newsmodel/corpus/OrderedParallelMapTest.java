package io.github.newsmodel.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.newsmodel.testing.CorpusGenerators;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {
  /** A source that records how far it has been read. */
  private static final class CountingSource implements Iterator<Integer> {
    private final List<Integer> values;
    private final AtomicInteger taken = new AtomicInteger();

    CountingSource(List<Integer> values) {
      this.values = values;
    }

    @Override
    public boolean hasNext() {
      return taken.get() < values.size();
    }

    @Override
    public Integer next() {
      return values.get(taken.getAndIncrement());
    }
  }

  @Test
  void keepsTheSourceOrderAndNeverReadsMoreThanTheWindowAhead() {
    qt().withExamples(60).forAll(CorpusGenerators.durations(), CorpusGenerators.threads(), CorpusGenerators.windows())
        .checkAssert((durations, threads, window) -> {
          List<Integer> indexes = new ArrayList<>();
          for (int i = 0; i < durations.size(); i++) {
            indexes.add(i);
          }
          CountingSource source = new CountingSource(indexes);
          int effectiveWindow = Math.max(window, threads);
          List<Integer> results = new ArrayList<>();
          try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(source, i -> {
            LockSupport.parkNanos(durations.get(i) * 1_000_000L);
            return i * 10;
          }, threads, effectiveWindow)) {
            while (map.hasNext()) {
              results.add(map.next());
              assertThat(source.taken.get()).isLessThanOrEqualTo(results.size() + effectiveWindow);
            }
          }
          assertThat(results).isEqualTo(indexes.stream().map(i -> i * 10).toList());
        });
  }

  @Test
  void aFailingTaskFailsAtItsOwnPosition() {
    CountingSource source = new CountingSource(List.of(0, 1, 2));
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(source, i -> {
      if (i == 1) {
        throw new IllegalStateException("task 1");
      }
      return i;
    }, 2, 4)) {
      assertThat(map.next()).isZero();
      assertThatThrownBy(map::next).isInstanceOf(IllegalStateException.class).hasMessage("task 1");
      assertThat(map.next()).isEqualTo(2);
      assertThat(map.hasNext()).isFalse();
    }
  }
}
