package io.github.zhibo.core.param;

import java.time.Duration;

/** Platform parameters that more than one module reads. Each states its default and why. */
public final class CoreParameters {
  private CoreParameters() {}

  /** Age below which a person may not be a marketer (2021 网络直播营销管理办法（试行）Art. 17; 2022 minors opinion). */
  public static final Parameter<Integer> MIN_MARKETER_AGE = Parameter.of("identity.minMarketerAge", Integer.class, 16,
      v -> v >= 16 && v <= 30, "under this age live marketing service is refused; 16 per the 2021 measures Art. 17");

  /** Age below which a marketer needs a guardian's consent on file. */
  public static final Parameter<Integer> GUARDIAN_CONSENT_BELOW_AGE = Parameter.of("identity.guardianConsentBelowAge",
      Integer.class, 18, v -> v >= 16 && v <= 30, "16-17 year olds need guardian consent (2021 measures Art. 17)");

  /** How old the last identity check before a live may be (the texts say "before each live", no window). */
  public static final Parameter<Duration> PRE_LIVE_FRESHNESS = Parameter.of("identity.preLiveFreshness", Duration.class,
      Duration.ofHours(24), d -> !d.isNegative() && !d.isZero() && d.compareTo(Duration.ofDays(7)) <= 0,
      "a pre-live check older than this counts as not done; 24 h covers a day's consecutive lives");

  /** What "timely" (及时) means for reporting a measure to the regulator, in working days. */
  public static final Parameter<Integer> TIMELY_REPORT_WORKING_DAYS = Parameter.of("enforcement.timelyReportWorkingDays",
      Integer.class, 5, v -> v >= 1 && v <= 30, "及时 has no number; 5 working days matches the texts' shortest reminder SLA");
}
