package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.LinkRule;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.model.Landing;
import io.github.zhibo.disclosure.model.Link;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The link-identifier rules (DRAFT_2025 Art. 23(2), ORDER_117 Art. 26(2)). Each check names the
 * {@link LinkRule} it enforces; the article item and the severity come from the profile's
 * {@code sellerLinkRules()}: a rule the text states is a {@code VIOLATION} citing its item; a rule the text
 * does not list (folding, dynamic loading and the external browser under ORDER_117, multiple jumps under
 * DRAFT_2025) is a {@code WARNING} under the nearest listed item ("等"), except where the listed item covers
 * it outright (a comment gate is one of the "打赏互动等" restrictions; a landing not tied to the seller is not
 * "真实").
 */
final class LinkChecks {

  /** Where a rule the text does not list is reported, and whether it is still a violation there. */
  private record Fallback(LinkRule nearest, boolean stillViolation) {}

  private static final Map<LinkRule, Fallback> FALLBACK = Map.of(
      LinkRule.NO_MULTIPLE_JUMPS, new Fallback(LinkRule.PROMINENT_ENTRY, false),
      LinkRule.DIRECTLY_TIED_TO_SELLER, new Fallback(LinkRule.COMPLETE_LANDING_PAGE, true),
      LinkRule.NO_DANMAKU_GATE, new Fallback(LinkRule.NO_TIPPING_GATE, true),
      LinkRule.NO_PAGINATION_FOLDING, new Fallback(LinkRule.NO_POPUP_OVERLAY, false),
      LinkRule.NO_DYNAMIC_LOADING, new Fallback(LinkRule.NO_POPUP_OVERLAY, false),
      LinkRule.NO_FORCED_EXTERNAL_BROWSER, new Fallback(LinkRule.NO_POPUP_OVERLAY, false));

  /** How findings of one link are reported: rule prefix and, for the agency, one fixed obligation. */
  record Target(String rulePrefix, String path, @Nullable Obligation fixedObligation, boolean agencyLanding) {}

  private LinkChecks() {}

  static void check(Link link, @Nullable String registryName, Target t, RuleContext rc) {
    String p = t.path();
    if (Boolean.FALSE.equals(link.entryOnFirstScreen()) || Boolean.FALSE.equals(link.visiblePortrait())
        || Boolean.FALSE.equals(link.visibleLandscape())) {
      var ev = Evidence.builder();
      if (link.entryOnFirstScreen() != null) ev.put("entryOnFirstScreen", link.entryOnFirstScreen());
      if (link.visiblePortrait() != null) ev.put("visiblePortrait", link.visiblePortrait());
      if (link.visibleLandscape() != null) ev.put("visibleLandscape", link.visibleLandscape());
      report(t, "ENTRY", LinkRule.PROMINENT_ENTRY, p, ev.build(), rc);
    }
    if (link.hops() != null && link.hops() > 1) {
      report(t, "HOPS", LinkRule.NO_MULTIPLE_JUMPS, p, Evidence.builder().put("hops", link.hops()).build(), rc);
    }
    int verifications = link.consecutiveVerifications() == null ? 0 : link.consecutiveVerifications();
    if (verifications >= 2 || (verifications == 1 && !rc.config().singleVerificationAllowed())) {
      report(t, "VERIFICATION", LinkRule.NO_REPEATED_VERIFICATION, p,
          Evidence.builder().put("consecutiveVerifications", verifications).build(), rc);
    }
    boolean follow = false;
    boolean comment = false;
    boolean tip = false;
    boolean other = false;
    for (String g : link.gates()) {
      switch (g == null ? "" : g.strip().toUpperCase(Locale.ROOT)) {
        case "FOLLOW", "FORCED_FOLLOW" -> follow = true;
        case "COMMENT", "DANMAKU", "BULLET_COMMENT" -> comment = true;
        case "TIP", "TIPPING", "GIFT" -> tip = true;
        case "", "NONE" -> { }
        default -> other = true;
      }
    }
    if (follow) report(t, "FORCED_FOLLOW", LinkRule.NO_FORCED_FOLLOW, p, Evidence.empty(), rc);
    if (comment) report(t, "COMMENT_GATE", LinkRule.NO_DANMAKU_GATE, p, Evidence.empty(), rc);
    if (tip) report(t, "TIPPING_GATE", LinkRule.NO_TIPPING_GATE, p, Evidence.empty(), rc);
    if (other) {
      // an access restriction the text does not name: "等不合理访问限制" makes it a question for a person
      reportAs(t, "OTHER_GATE", LinkRule.NO_FORCED_FOLLOW, Severity.WARNING, p, Evidence.empty(), rc);
    }
    if (Boolean.TRUE.equals(link.popupCovers())) report(t, "POPUP", LinkRule.NO_POPUP_OVERLAY, p, Evidence.empty(), rc);
    if (Boolean.TRUE.equals(link.paginationFolded())) {
      report(t, "PAGINATION", LinkRule.NO_PAGINATION_FOLDING, p, Evidence.empty(), rc);
    }
    if (Boolean.TRUE.equals(link.dynamicLoadOnly())) {
      report(t, "DYNAMIC_LOADING", LinkRule.NO_DYNAMIC_LOADING, p, Evidence.empty(), rc);
    }
    if (Boolean.TRUE.equals(link.mobileForcesExternalBrowser())) {
      report(t, "EXTERNAL_BROWSER", LinkRule.NO_FORCED_EXTERNAL_BROWSER, p, Evidence.empty(), rc);
    }
    landing(link.landing(), registryName, t, rc);
  }

  private static void landing(@Nullable Landing landing, @Nullable String registryName, Target t, RuleContext rc) {
    String p = t.path() + ".landing";
    if (landing == null) {
      report(t, "LANDING", LinkRule.COMPLETE_LANDING_PAGE, p, Evidence.builder().put("present", false).build(), rc);
      return;
    }
    var missing = new StringBuilder();
    if (Texts.blank(landing.name())) missing.append("NAME,");
    if (t.agencyLanding()) {
      if (Texts.blank(landing.province())) missing.append("PROVINCE,");
      if (Texts.blank(landing.city())) missing.append("CITY,");
    } else {
      if (Texts.blank(landing.address())) missing.append("ADDRESS,");
      if (Texts.blank(landing.contact())) missing.append("CONTACT,");
    }
    if (missing.length() > 0) {
      missing.setLength(missing.length() - 1);
      report(t, "LANDING", LinkRule.COMPLETE_LANDING_PAGE, p,
          Evidence.of("missing", io.github.zhibo.core.check.EvidenceValue.code(missing.toString().replace(',', ':'))), rc);
    }
    if (!Texts.blank(landing.name()) && !Texts.blank(registryName) && !Texts.sameName(landing.name(), registryName)) {
      report(t, "LANDING_MISMATCH", LinkRule.DIRECTLY_TIED_TO_SELLER, p,
          Evidence.builder().put("equalsRegistry", false).build(), rc);
    }
  }

  private static void report(Target t, String suffix, LinkRule rule, String path, Evidence ev, RuleContext rc) {
    Map<LinkRule, ArticleRef> stated = rc.profile().sellerLinkRules();
    Severity severity;
    if (stated.containsKey(rule)) {
      severity = Severity.VIOLATION;
    } else {
      Fallback f = FALLBACK.get(rule);
      severity = f != null && f.stillViolation() ? Severity.VIOLATION : Severity.WARNING;
    }
    reportAs(t, suffix, rule, severity, path, ev, rc);
  }

  private static void reportAs(Target t, String suffix, LinkRule rule, Severity severity, String path, Evidence ev,
      RuleContext rc) {
    String id = t.rulePrefix() + "." + suffix;
    if (t.fixedObligation() != null) {
      rc.add(id, t.fixedObligation(), severity, path, ev);
      return;
    }
    Optional<ArticleRef> article = item(rule, rc);
    if (article.isPresent()) {
      rc.add(id, article.get(), severity, path, ev);
    } else {
      rc.add(id, Obligation.SELLER_LINK, severity, path, ev);
    }
  }

  /** The item the profile names for {@code rule}, or for its nearest listed rule. */
  private static Optional<ArticleRef> item(LinkRule rule, RuleContext rc) {
    Map<LinkRule, ArticleRef> stated = rc.profile().sellerLinkRules();
    ArticleRef a = stated.get(rule);
    if (a == null && FALLBACK.containsKey(rule)) a = stated.get(FALLBACK.get(rule).nearest());
    return Optional.ofNullable(a);
  }
}
