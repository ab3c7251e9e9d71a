package io.github.zhibo.core.regulation;

/** Keys of the profile resource format shared by the reader, the derivation and the builder. */
final class ProfileKeys {

  static final String FORMAT = "profile.format";
  static final String FORMAT_VERSION = "1";
  static final String ID = "profile.id";
  static final String VERSION = "profile.version";
  static final String TEXT = "profile.text";
  static final String BASED_ON = "profile.basedOn";

  static final String REVERIFICATION_INTERVAL = "reverification.interval";
  static final String CHANGE_REPORT = "changeReport";
  static final String PLATFORM_CHANGE_CHECK = "platformChangeCheck";
  static final String UNREACHABLE_REMINDER = "unreachableReminder";
  static final String WORKING_DAYS = ".workingDays";
  static final String RETENTION = "retention.";
  static final String BUYER_REPLAY = "buyerReplay";
  static final String REPORT_MONTHS = "report.months";
  static final String OBLIGATION = "obligation.";
  static final String REPORTING = "reporting.";

  private ProfileKeys() {}
}
