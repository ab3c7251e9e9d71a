package io.github.zhibo.blacklist;

/**
 * A lifecycle request the profile or the entry's state does not allow (a role the text cannot list, a
 * missing term or appeal route, an appeal under a text without appeals, an unknown entry). The message
 * names the rule, never personal data.
 */
public final class BlacklistException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public BlacklistException(String message) {
    super(message);
  }
}
