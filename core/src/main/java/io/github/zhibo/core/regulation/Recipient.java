package io.github.zhibo.core.regulation;

import java.util.Objects;

/**
 * An authority a report goes to: its level and which authority.
 *
 * @param level county-or-above or provincial
 * @param authority SAMR or CAC
 */
public record Recipient(RegulatorLevel level, Authority authority) {

  public Recipient {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(authority, "authority");
  }

  @Override
  public String toString() {
    return level + ":" + authority;
  }
}
