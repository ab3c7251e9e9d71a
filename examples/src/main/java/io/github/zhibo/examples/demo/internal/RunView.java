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

  /** {@code identity registration} for {@code IDENTITY_REGISTRATION}. */
  static String label(Obligation o) {
    return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
