package io.github.zhibo.identity.gate.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.identity.gate.MarketerEntry;
import io.github.zhibo.identity.gate.OperatorReport;
import io.github.zhibo.identity.gate.PreLiveRequest;

/**
 * Order 117 Art. 28 ¶2: before each live the room operator reports the marketers' verified identities to
 * the platform. Applies only where the profile's text imposes the duty (the draft has none).
 */
public final class OperatorReportRule {
  public static final String MISSING = "IDENTITY.OPERATOR_REPORT.MISSING";
  public static final String LATE = "IDENTITY.OPERATOR_REPORT.LATE";
  public static final String WRONG_LIVE = "IDENTITY.OPERATOR_REPORT.WRONG_LIVE";
  public static final String MISMATCH = "IDENTITY.OPERATOR_REPORT.MISMATCH";

  private static final Obligation DUTY = Obligation.OPERATOR_REPORTS_MARKETER_IDENTITY;

  private OperatorReportRule() {}

  public static void apply(PreLiveRequest request, MarketerEntry entry, String path, LiveTiming timing,
      GateFindings out) {
    CheckContext ctx = out.context();
    if (!ctx.profile().imposes(DUTY)) {
      return;
    }
    var subject = entry.marketer().id();
    if (entry.operatorReport().isEmpty()) {
      out.add(subject, ctx.finding(MISSING, DUTY, Severity.VIOLATION, "identity.operatorReport.missing")
          .path(path).build());
      return;
    }
    OperatorReport report = entry.operatorReport().get();
    String at = path + ".operatorReport";
    if (!report.live().equals(request.live()) || !report.operator().equals(request.operator())) {
      out.add(subject, ctx.finding(WRONG_LIVE, DUTY, Severity.VIOLATION, "identity.operatorReport.wrongLive")
          .evidence(Evidence.builder().put("sameLive", report.live().equals(request.live()))
              .put("sameOperator", report.operator().equals(request.operator())).build())
          .path(at).build());
    } else if (report.reportedAt().isAfter(request.startAt()) || report.reportedAt().isAfter(timing.now())) {
      // A report dated after the start, or in the future, is not a report "before the live".
      out.add(subject, ctx.finding(LATE, DUTY, Severity.VIOLATION, "identity.operatorReport.late")
          .evidence(Evidence.builder().put("reportedOn", day(report)).build())
          .path(at).build());
    } else if (!report.verifiedDocument().equals(entry.marketer().document())) {
      out.add(subject, ctx.finding(MISMATCH, DUTY, Severity.VIOLATION, "identity.operatorReport.mismatch")
          .evidence(Evidence.builder()
              .put("sameDocumentType", report.verifiedDocument().type() == entry.marketer().document().type())
              .build())
          .path(at).build());
    }
  }

  private static java.time.LocalDate day(OperatorReport report) {
    return java.time.LocalDate.ofInstant(report.reportedAt(), io.github.zhibo.core.time.ChinaZone.ZONE);
  }
}
