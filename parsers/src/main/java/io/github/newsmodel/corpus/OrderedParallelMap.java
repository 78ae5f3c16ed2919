package io.github.newsmodel.corpus;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps an iterator in parallel and yields the results in the source's order: a sliding window of
 * futures, refilled from the source (on the consuming thread) as the oldest result is taken. At
 * most {@code window} source elements and results are alive at once. It is consumed by one thread;
 * {@link #close()} may come from any thread (a cancel or a time-out), so the window is guarded by
 * this object's lock, which is never held while waiting for a result.
 *
 * @param <S> the source elements
 * @param <T> the results
 */
final class OrderedParallelMap<S, T> implements Iterator<T>, AutoCloseable {
  /** Worker stack size: deep markup may recurse further than the default allows. */
  private static final long STACK_BYTES = 8L * 1024 * 1024;
  private static final long IDLE_SECONDS = 10;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<S> source;
  private final Function<S, T> task;
  private final int window;
  private final ThreadPoolExecutor workers;
  private final ArrayDeque<Future<T>> pending;
  private volatile boolean stopped;

  OrderedParallelMap(Iterator<S> source, Function<S, T> task, int threads, int window) {
    this.source = source;
    this.task = task;
    this.window = window;
    this.pending = new ArrayDeque<>(window);
    this.workers = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads("newsmodel-parse-" + POOLS.incrementAndGet() + "-"));
    this.workers.allowCoreThreadTimeOut(true);
  }

  @Override
  public synchronized boolean hasNext() {
    fill();
    return !pending.isEmpty();
  }

  @Override
  public T next() {
    Future<T> head;
    synchronized (this) {
      fill();
      head = pending.poll();
      if (head == null) {
        throw new NoSuchElementException("no more results");
      }
      fill();
    }
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("interrupted while waiting for a result");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Submits source elements until the window is full or the source is exhausted (lock held). */
  private void fill() {
    while (!stopped && pending.size() < window) {
      if (!source.hasNext()) {
        stopped = true;
        workers.shutdown();
        return;
      }
      S element = source.next();
      pending.add(workers.submit(() -> task.apply(element)));
    }
  }

  /** Stops: pending work is cancelled and the workers end. */
  @Override
  public synchronized void close() {
    stopped = true;
    for (Future<T> future : pending) {
      future.cancel(true);
    }
    pending.clear();
    workers.shutdownNow();
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(null, runnable, prefix + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
