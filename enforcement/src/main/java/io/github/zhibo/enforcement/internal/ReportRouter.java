package io.github.zhibo.enforcement.internal;

import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Authority;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Recipient;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulatorLevel;
import io.github.zhibo.core.regulation.ReportingRule;
import io.github.zhibo.enforcement.CaseSource;
import io.github.zhibo.enforcement.RegulatorReport.Jurisdiction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whom a measure is reported to: the profile's reporting rule for the measure (draft Art. 7 ¶2; Order 117 Art.
 * 12 ¶3), plus, where the text has the clause, the handling report after a refused interview to the notifying
 * province's SAMR and CAC whatever the measure (draft Art. 45 ¶3). Stateless.
 */
final class ReportRouter {

  /** One report to create. */
  record Route(Recipient recipient, Jurisdiction jurisdiction, ArticleRef source) {}

  static final Comparator<Recipient> ORDER =
      Comparator.comparing(Recipient::level).thenComparing(Recipient::authority);

  private ReportRouter() {}

  static List<Route> routes(RegulationProfile profile, Measure measure, CaseSource source) {
    var out = new ArrayList<Route>();
    ReportingRule rule = profile.reportingFor(measure);
    rule.recipients().stream().sorted(ORDER)
        .forEach(r -> out.add(new Route(r, Jurisdiction.PLATFORM_DOMICILE, rule.source())));
    if (source == CaseSource.REFUSED_INTERVIEW) {
      Optional<ArticleRef> clause = Duties.article(profile, Duty.REFUSED_INTERVIEW_REPORT);
      clause.ifPresent(a -> {
        for (Authority authority : Authority.values()) {
          out.add(new Route(new Recipient(RegulatorLevel.PROVINCIAL, authority), Jurisdiction.NOTIFYING_PROVINCE, a));
        }
      });
    }
    return List.copyOf(out);
  }

  /** The report id suffix for a route, e.g. {@code PROVINCIAL-SAMR} or {@code PROVINCIAL-CAC-N}. */
  static String suffix(Route r) {
    return r.recipient().level().name() + "-" + r.recipient().authority().name()
        + (r.jurisdiction() == Jurisdiction.NOTIFYING_PROVINCE ? "-N" : "");
  }
}
