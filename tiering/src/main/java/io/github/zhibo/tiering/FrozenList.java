package io.github.zhibo.tiering;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array the caller hands over and never touches again: one allocation fewer
 * than {@code List.of(array)} on the classification path. Equality and hashing are {@link java.util.List}'s.
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

  private final E[] elements;

  FrozenList(E[] elements) {
    this.elements = elements;
  }

  @Override
  public E get(int index) {
    return elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
