package io.github.zhibo.examples.demo.internal;

/** How a listed subject tries to come back (Art. 14's 防止规避): each route reuses a different key. */
public enum ReentryRoute {
  /** A new account on the same identity document. */
  NEW_ACCOUNT("new account, same identity"),
  /** Someone else's identity on the listed person's device. */
  BORROWED_IDENTITY("borrowed identity"),
  /** A newly registered company controlled by the listed person. */
  SHELL_COMPANY("shell company"),
  /** The listed account itself, moved to a new operator. */
  MIGRATED_ACCOUNT("migrated account");

  final String label;

  ReentryRoute(String label) {
    this.label = label;
  }
}
