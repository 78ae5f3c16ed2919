package io.github.newsmodel.html;

import java.util.Arrays;

/** A growable list of primitive ints, for per-character source positions. */
final class IntList {
  private int[] values;
  private int size;

  /**
   * Creates an empty list.
   *
   * @param capacity the initial capacity
   */
  IntList(int capacity) {
    values = new int[Math.max(4, capacity)];
  }

  /**
   * Appends a value.
   *
   * @param value the value
   */
  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /**
   * Appends a range of an array.
   *
   * @param source the array
   * @param from the first index
   * @param to the index after the last
   */
  void addAll(int[] source, int from, int to) {
    int n = to - from;
    if (size + n > values.length) {
      values = Arrays.copyOf(values, Math.max(size + n, size * 2));
    }
    System.arraycopy(source, from, values, size, n);
    size += n;
  }

  /**
   * Appends a range of another list.
   *
   * @param source the list
   * @param from the first index
   * @param to the index after the last
   */
  void addAll(IntList source, int from, int to) {
    addAll(source.values, from, to);
  }

  /**
   * Returns a value.
   *
   * @param index its index
   * @return the value
   */
  int get(int index) {
    return values[index];
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * Returns a copy of the values.
   *
   * @return the values, as an array of length {@link #size()}
   */
  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
