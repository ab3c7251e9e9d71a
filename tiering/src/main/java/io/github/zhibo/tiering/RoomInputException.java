package io.github.zhibo.tiering;

/**
 * A room-metrics line that cannot be read (§5.3 wire format): not a JSON object, a field of the wrong type or
 * out of range, an unknown or repeated field. The message names the field, never its value. Business
 * outcomes are never this exception; it only reports unreadable input.
 */
public final class RoomInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code problem} (one line, no input values). */
  public RoomInputException(String problem) {
    super(problem, null, false, false);
  }
}
