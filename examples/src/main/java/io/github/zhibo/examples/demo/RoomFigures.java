package io.github.zhibo.examples.demo;

/**
 * A live room's figures for the month, as the tiering seam sees them.
 *
 * @param followers followers at month end, at least 0
 * @param gmv30dFen gross merchandise value of the last 30 days in fen (分), at least 0
 * @param visits30d visits in the last 30 days, at least 0
 * @param violations90d violations found in the last 90 days, at least 0
 */
public record RoomFigures(long followers, long gmv30dFen, long visits30d, int violations90d) {
  /** Validates the figures. */
  public RoomFigures {
    if (followers < 0 || gmv30dFen < 0 || visits30d < 0 || violations90d < 0) {
      throw new IllegalArgumentException("room figures are non-negative");
    }
  }
}
