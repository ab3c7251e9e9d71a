package io.github.zhibo.identity.deadline;

import io.github.zhibo.core.check.Messages;

/** The message bundles of the deadline findings (English and Chinese), after core's own. */
public final class DeadlineMessages {

  private static final Messages MESSAGES = Messages.load(DeadlineMessages.class, "messages").and(Messages.core());

  private DeadlineMessages() {}

  /** Renders deadline findings (and core's operational ones). */
  public static Messages get() {
    return MESSAGES;
  }
}
