package io.github.zhibo.examples.demo.internal;

import io.github.zhibo.core.ledger.ChainHead;
import io.github.zhibo.core.ledger.VerificationResult;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.examples.demo.DemoConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A finished run, as the summary and the HTML report read it. */
record RunView(DemoConfig config, RegulationProfile profile, Tally tally, List<EnforcementPhase.Report> reports,
    Map<String, Integer> identityReportRows, VerificationResult verified, ChainHead head) {

  /** {@code Art. 8(1)}: the article without the profile's prefix (the header names the profile). */
  static String art(ArticleRef a) {
    String s = a.toString();
    int i = s.indexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  String article(Obligation o) {
    return profile.article(o).map(RunView::art).orElse("-");
  }

  /** What the profile's text is, in words: final and in force from a day, or a draft. */
  String textInWords() {
    return profile.text().inForceFrom().map(d -> "final text, in force from " + d)
        .orElse("consultation draft, not in force") + ", " + profile.text().articleCount() + " articles";
  }

  /** What the demo counts under each obligation, in words; the rest read as their names. */
  private static final Map<Obligation, String> LABELS = Map.ofEntries(
      Map.entry(Obligation.IDENTITY_REGISTRATION, "parties registered and verified"),
      Map.entry(Obligation.REVERIFY_OPERATOR, "operator re-verifications"),
      Map.entry(Obligation.REVERIFY_MARKETER, "marketer re-verifications"),
      Map.entry(Obligation.PRE_LIVE_IDENTITY_CHECK, "lives cleared by the pre-live checks"),
      Map.entry(Obligation.SEMIANNUAL_REPORT, "identity report sections filed"),
      Map.entry(Obligation.MARKETER_TRAINING, "marketers who completed training"),
      Map.entry(Obligation.TIERED_MANAGEMENT, "room tier assessments"),
      Map.entry(Obligation.KEY_SUBJECT_MONITORING, "key-subject room-months monitored"),
      Map.entry(Obligation.DISPOSAL_SYSTEM, "measures taken"),
      Map.entry(Obligation.MEASURE_REPORTING, "measures reported to the regulator"),
      Map.entry(Obligation.BLACKLIST, "subjects blacklisted"),
      Map.entry(Obligation.BLACKLIST_APPEAL, "blacklist appeals decided"),
      Map.entry(Obligation.BLACKLIST_REENTRY, "newcomers screened against the list"),
      Map.entry(Obligation.BLACKLIST_EXPIRY, "listings removed at term end"),
      Map.entry(Obligation.BLACKLIST_NOTICE, "listing notices"),
      Map.entry(Obligation.CHANGE_REPORT, "change reports by operators"),
      Map.entry(Obligation.PLATFORM_CHANGE_CHECK, "changes checked by the platform"),
      Map.entry(Obligation.UNREACHABLE_PARTY, "unreachable parties reminded"),
      Map.entry(Obligation.UNREACHABLE_PARTY_LIFT, "unreachable flags lifted"));

  /** What the demo counted under {@code o}, in words. */
  static String label(Obligation o) {
    return LABELS.getOrDefault(o, o.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  /** The obligation's own name in words, for tables that name the duty rather than the count. */
  static String duty(Obligation o) {
    return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
