package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.model.AgencyDisplay;
import io.github.zhibo.disclosure.model.AgencySection;
import io.github.zhibo.disclosure.model.DisplayLocation;
import io.github.zhibo.disclosure.model.DisplayMode;
import org.jspecify.annotations.Nullable;

/**
 * Agency display (DRAFT_2025 Art. 16: the platform shows the agency's 登记注册名称 and 所在省市 prominently on
 * the live-room home page, or a link). Only where the profile imposes {@link Obligation#AGENCY_DISPLAY};
 * ORDER_117 has no such article (a natural-person operator's agency is part of Art. 25(2), checked with the
 * operator).
 */
final class AgencyRules {

  private AgencyRules() {}

  static void check(AgencySection a, RuleContext rc) {
    if (!rc.profile().imposes(Obligation.AGENCY_DISPLAY)) return;
    AgencyDisplay d = a.displayed();
    DisplayLocation loc = d == null || d.location() == null ? DisplayLocation.NONE : d.location();
    if (d == null || loc == DisplayLocation.NONE) {
      rc.add("AGENCY.NOT_DISPLAYED", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed");
      return;
    }
    if (!rc.rules().agencyLocations().contains(loc)) {
      rc.add("AGENCY.LOCATION", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed.location",
          Evidence.builder().put("shownAt", loc).build());
    }
    if (Boolean.FALSE.equals(d.prominent()) || (d.tapsToReveal() != null && d.tapsToReveal() > 0)) {
      var ev = Evidence.builder();
      if (d.prominent() != null) ev.put("prominent", d.prominent());
      if (d.tapsToReveal() != null) ev.put("tapsToReveal", d.tapsToReveal());
      rc.add("AGENCY.PROMINENCE", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed", ev.build());
    }
    DisplayMode mode = d.mode() != null ? d.mode() : a.link() != null && Texts.blank(d.name()) ? DisplayMode.LINK : DisplayMode.DIRECT;
    if (mode == DisplayMode.LINK) {
      if (a.link() == null) {
        rc.add("AGENCY.LINK_MISSING", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.link");
      } else {
        LinkChecks.check(a.link(), a.registryName(), new LinkChecks.Target("AGENCY.LINK", "agency.link", Obligation.AGENCY_DISPLAY, true), rc);
        if (a.link().landing() != null) {
          provinceCity(a.link().landing().province(), a.link().landing().city(), a.registryProvince(), "agency.link.landing", rc);
        }
      }
      return;
    }
    if (Texts.blank(d.name())) {
      rc.add("AGENCY.NAME", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed.name",
          Evidence.builder().put("present", false).build());
    } else if (!Texts.blank(a.registryName()) && !Texts.sameName(d.name(), a.registryName())) {
      // an abbreviation or brand name is not the 登记注册名称
      rc.add("AGENCY.NAME", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed.name",
          Evidence.builder().put("equalsRegistry", false).build());
    }
    if (Texts.blank(d.province())) {
      rc.add("AGENCY.PROVINCE_CITY", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed.province",
          Evidence.builder().put("present", false).build());
    }
    if (Texts.blank(d.city())) {
      rc.add("AGENCY.PROVINCE_CITY", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, "agency.displayed.city",
          Evidence.builder().put("present", false).build());
    }
    if (!Texts.blank(d.province()) && !Texts.blank(d.city())) {
      provinceCity(d.province(), d.city(), a.registryProvince(), "agency.displayed", rc);
    }
  }

  private static void provinceCity(@Nullable String province, @Nullable String city, @Nullable String registryProvince,
      String path, RuleContext rc) {
    if (Texts.blank(province) || Texts.blank(city)) return;
    var p = Divisions.province(province);
    if (p.isEmpty()) {
      rc.add("AGENCY.PROVINCE_CITY", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, path + ".province",
          Evidence.builder().put("knownProvince", false).build());
      return;
    }
    if (!Divisions.cityBelongs(p.get(), city)) {
      rc.add("AGENCY.PROVINCE_CITY", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, path + ".city",
          Evidence.builder().put("cityInProvince", false).build());
    }
    if (!Texts.blank(registryProvince)) {
      var r = Divisions.province(registryProvince);
      if (r.isPresent() && !r.get().equals(p.get())) {
        rc.add("AGENCY.PROVINCE_CITY", Obligation.AGENCY_DISPLAY, Severity.VIOLATION, path + ".province",
            Evidence.builder().put("equalsRegistry", false).build());
      }
    }
  }
}
