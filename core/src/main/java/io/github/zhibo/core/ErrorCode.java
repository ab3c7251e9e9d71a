package io.github.zhibo.core;

/**
 * A stable, documented code for a caller mistake, an invalid configuration or an infrastructure failure.
 *
 * <p>Ids follow {@code ZB-<AREA>-<4 digits>} (for example {@code ZB-CAL-0001}) and never change once
 * released, so platforms can alert on them. Each area declares its codes as an enum implementing this
 * interface.
 */
public interface ErrorCode {

  /** The stable id, {@code ZB-<AREA>-<4 digits>}. */
  String id();
}
