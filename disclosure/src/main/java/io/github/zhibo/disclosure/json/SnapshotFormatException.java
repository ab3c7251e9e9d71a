package io.github.zhibo.disclosure.json;

/**
 * A snapshot or config document that is not valid JSON of the expected shape. The message names the JSON
 * path and the kind of problem, never the offending value (it may be personal data).
 */
public final class SnapshotFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a value-free message. */
  public SnapshotFormatException(String message) {
    super(message, null, false, false);
  }
}
