package io.github.zhibo.blacklist;

/**
 * A shared-token list line that cannot be read (wrong format or version, another key id, a malformed
 * token). The message names the problem, never a token or value.
 */
public final class SharedListFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public SharedListFormatException(String problem) {
    super(problem);
  }
}
