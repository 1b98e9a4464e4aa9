package dev.cloudabi.app.inspector.hex;

import javafx.collections.ObservableListBase;

/**
 * The row numbers {@code 0 .. size-1} as an observable list that stores nothing, so a ListView can
 * virtualise millions of hex rows without a million boxed items.
 */
final class RowIndexList extends ObservableListBase<Long> {
  private final long size;

  RowIndexList(long size) {
    this.size = size;
  }

  @Override
  public Long get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return (long) index;
  }

  @Override
  public int size() {
    return (int) Math.min(size, Integer.MAX_VALUE);
  }
}
