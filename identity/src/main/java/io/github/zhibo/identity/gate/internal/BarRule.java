package io.github.zhibo.identity.gate.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.identity.gate.BarAnswer;
import io.github.zhibo.identity.gate.BarList;
import io.github.zhibo.identity.gate.BarQuery;
import io.github.zhibo.identity.gate.MarketerEntry;
import io.github.zhibo.identity.gate.PreLiveRequest;

/**
 * Persons barred by national rules (依照国家有关规定不得从事直播电商活动的人员) get no service: the platform's
 * {@link BarList} decides who is barred; a list that fails means REVIEW.
 */
public final class BarRule {
  public static final String LISTED = "IDENTITY.BAR.LISTED";
  public static final String UNAVAILABLE = "IDENTITY.BAR.UNAVAILABLE";
  public static final String COMPONENT = "identity.gate.barList";

  private static final Obligation DUTY = Obligation.PRE_LIVE_IDENTITY_CHECK;

  private BarRule() {}

  public static void apply(PreLiveRequest request, MarketerEntry entry, String path, BarList bars, GateFindings out) {
    CheckContext ctx = out.context();
    var subject = entry.marketer().id();
    BarAnswer answer;
    try {
      answer = bars.screen(new BarQuery(subject, entry.marketer().document(), request.live(), request.startAt(),
          ctx.profileId()));
      if (answer == null) {
        answer = BarAnswer.unavailable("ZB-IDENTITY-BARLIST-NULL");
      }
    } catch (RuntimeException e) {
      // The class name only: a platform exception message may carry the person's data.
      answer = BarAnswer.unavailable("ZB-IDENTITY-BARLIST-FAILED");
    }
    if (answer instanceof BarAnswer.Barred barred) {
      out.add(subject, ctx.finding(LISTED, DUTY, Severity.VIOLATION, "identity.bar.listed")
          .evidence(Evidence.of("barReason", EvidenceValue.code(barred.reason()))).path(path).build());
    } else if (answer instanceof BarAnswer.Unavailable unavailable) {
      out.componentFailed(COMPONENT, unavailable.reason());
      out.add(subject, ctx.finding(UNAVAILABLE, DUTY, Severity.WARNING, "identity.bar.unavailable")
          .evidence(Evidence.of("errorCode", EvidenceValue.code(unavailable.reason()))).path(path).build());
    }
  }
}
