package io.github.zhibo.core.party;

import java.util.List;
import java.util.Objects;

/** Shared argument checks of the party records. */
final class Parties {
  private Parties() {}

  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    return value;
  }

  static void requireType(IdentityDocument doc, DocumentType type, String name) {
    Objects.requireNonNull(doc, name);
    if (doc.type() != type) throw new IllegalArgumentException(name + " must be a " + type + ", not " + doc.type());
  }

  static <T> List<T> copy(List<T> list, String name) {
    return List.copyOf(Objects.requireNonNull(list, name));
  }
}
