package io.github.newsmodel.officials;

import java.util.ArrayList;
import java.util.List;

/** Immutable lists made without the intermediate arrays of the general methods. Stateless. */
final class Lists {
  private Lists() {}

  /**
   * Returns a list with one more item: the item alone while it is the first, an array list from
   * the second on (changed in place once it is one).
   *
   * @param list the list, immutable while it has no more than one item
   * @param item the item to add
   * @param <T> the item type
   * @return the list with the item
   */
  static <T> List<T> added(List<T> list, T item) {
    if (list.isEmpty()) {
      return List.of(item);
    }
    List<T> more = list instanceof ArrayList ? list : new ArrayList<>(list);
    more.add(item);
    return more;
  }

  /**
   * Returns an immutable copy of a list, as {@link List#copyOf} does: a list of one or two items
   * without the array that method makes on the way.
   *
   * @param list the list, without nulls
   * @param <T> the item type
   * @return the copy
   */
  static <T> List<T> copyOf(List<T> list) {
    switch (list.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(list.get(0));
      case 2:
        return List.of(list.get(0), list.get(1));
      default:
        return List.copyOf(list);
    }
  }
}
