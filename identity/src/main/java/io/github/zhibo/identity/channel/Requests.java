package io.github.zhibo.identity.channel;

import java.util.Objects;

/** Shared validation of request parts. */
final class Requests {
  private static final int MAX_NAME = 128;

  private Requests() {}

  static void requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("a name is 1-" + MAX_NAME + " characters, not blank");
    }
  }
}
