package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.model.DisplayMode;
import io.github.zhibo.disclosure.model.SellerDisclosure;
import io.github.zhibo.disclosure.model.SellerShown;
import io.github.zhibo.disclosure.model.SellerSwitch;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The actual seller (DRAFT_2025 Art. 23(1), ORDER_117 Art. 26(1)): shown continuously (coverage), updated
 * within the switch tolerance, directly with name, address and contact equal to the registry, or by a link
 * that passes {@link LinkChecks}.
 */
final class SellerRules {

  private SellerRules() {}

  static void check(SellerDisclosure s, String path, RuleContext rc) {
    DisplayMode mode = s.mode() != null ? s.mode() : s.link() != null ? DisplayMode.LINK : DisplayMode.DIRECT;
    if (mode == DisplayMode.DIRECT) {
      direct(s.shown(), s.registryName(), path, rc);
    } else if (s.link() == null) {
      rc.add("SELLER.LINK_MISSING", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, path + ".link");
    } else {
      LinkChecks.check(s.link(), s.registryName(), new LinkChecks.Target("SELLER.LINK", path + ".link", null, false), rc);
    }
    BigDecimal cov = s.coverageRatio();
    if (cov != null && cov.compareTo(rc.config().sellerMinCoverage()) < 0) {
      rc.add("SELLER.COVERAGE", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, path + ".coverageRatio",
          Evidence.builder().put("coverageRatio", cov).put("minimum", rc.config().sellerMinCoverage()).build());
    }
    for (int j = 0; j < s.switches().size(); j++) {
      SellerSwitch sw = s.switches().get(j);
      String sp = path + ".switches[" + j + "]";
      if (sw.atSec() == null) continue;
      if (sw.disclosureUpdatedAtSec() == null) {
        rc.add("SELLER.SWITCH_LAG", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, sp,
            Evidence.builder().put("updated", false).build());
        continue;
      }
      BigDecimal lag = sw.disclosureUpdatedAtSec().subtract(sw.atSec());
      if (lag.compareTo(rc.config().sellerSwitchToleranceSec()) > 0) {
        rc.add("SELLER.SWITCH_LAG", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, sp,
            Evidence.builder().put("lagSec", lag).put("toleranceSec", rc.config().sellerSwitchToleranceSec()).build());
      }
    }
  }

  private static void direct(@Nullable SellerShown shown, @Nullable String registryName, String path, RuleContext rc) {
    if (shown == null) {
      rc.add("SELLER.NOT_SHOWN", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, path + ".shown");
      return;
    }
    if (Texts.blank(shown.name())) {
      missing("name", path, rc);
    } else if (!Texts.blank(registryName) && !Texts.sameName(shown.name(), registryName)) {
      rc.add("SELLER.NAME_MISMATCH", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, path + ".shown.name",
          Evidence.builder().put("equalsRegistry", false).build());
    }
    if (Texts.blank(shown.address())) missing("address", path, rc);
    if (Texts.blank(shown.contact())) missing("contact", path, rc);
  }

  private static void missing(String field, String path, RuleContext rc) {
    rc.add("SELLER.INFO_MISSING", Obligation.SELLER_DISCLOSURE, Severity.VIOLATION, path + ".shown." + field,
        Evidence.builder().put("present", false).build());
  }
}
