package io.github.zhibo.identity.gate;

import io.github.zhibo.core.check.EvidenceValue;
import java.util.Objects;

/** A {@link BarList}'s answer: clear, barred (with a reason code), or unable to tell. */
public sealed interface BarAnswer {

  /** Not barred. */
  static BarAnswer clear() {
    return Clear.INSTANCE;
  }

  /** Barred for {@code reason}, a vocabulary code such as {@code BLACKLIST} or {@code COURT_BAN}. */
  static BarAnswer barred(String reason) {
    return new Barred(reason);
  }

  /** The list could not be consulted; {@code reason} is a stable error code. */
  static BarAnswer unavailable(String reason) {
    return new Unavailable(reason);
  }

  /** Not barred. */
  enum Clear implements BarAnswer {
    /** The only value. */
    INSTANCE
  }

  /**
   * Barred by national rules (依照国家有关规定不得从事直播电商活动): a blacklist entry, a court or regulatory ban.
   *
   * @param reason a vocabulary code (evidence-code shape: no personal data)
   */
  record Barred(String reason) implements BarAnswer {
    /** Validates the code. */
    public Barred {
      Objects.requireNonNull(reason, "reason");
      EvidenceValue.code(reason);
    }
  }

  /**
   * The list could not answer; the gate says REVIEW.
   *
   * @param reason a stable error code (evidence-code shape)
   */
  record Unavailable(String reason) implements BarAnswer {
    /** Validates the code. */
    public Unavailable {
      Objects.requireNonNull(reason, "reason");
      EvidenceValue.code(reason);
    }
  }
}
