package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.model.TextAsset;
import io.github.zhibo.disclosure.model.TextCategory;
import io.github.zhibo.disclosure.model.TextEvidence;
import io.github.zhibo.disclosure.text.Evasion;
import io.github.zhibo.disclosure.text.TermCategory;
import io.github.zhibo.disclosure.text.TextHit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Account and room texts (DRAFT_2025 Art. 29(1), ORDER_117 Art. 29): Advertising-Law absolute terms, false
 * authority, misleading hints, and medical, financial and educational claims. Exemptions follow
 * 《广告绝对化用语执法指南》: a standard grade with its basis, a verified registered trademark covering the hit,
 * a period- and scope-bounded fact with evidence, an authorisation or basis on file. In medical, financial
 * and educational texts no exemption applies and every hit is a violation (guideline item 11). A warning
 * term found only by undoing an evasion (变体字, separators, pinyin …) is a violation.
 *
 * <p>One finding per rule and text, at {@code texts[i]}, with the first hit's original span as evidence.
 */
final class TextAssetRules {

  private TextAssetRules() {}

  static void check(TextAsset t, String path, RuleContext rc) {
    if (Texts.blank(t.text())) return;
    String text = t.text();
    List<TextHit> hits = rc.scanner().scan(text);
    if (hits.isEmpty()) return;
    boolean strictArea = t.category() != null && t.category() != TextCategory.GENERAL;
    TextEvidence ev = t.evidence();
    Map<String, Agg> byRule = new LinkedHashMap<>();
    for (TextHit h : hits) {
      if (!strictArea && exempt(h, text, ev)) continue;
      Severity s = h.entry().severity();
      if (s == Severity.INFO) continue;
      if (strictArea || h.evasive()) s = Severity.VIOLATION;
      String rule = ruleOf(h.entry().category());
      Agg a = byRule.computeIfAbsent(rule, k -> new Agg(h));
      a.count++;
      a.evasions.addAll(h.evasions());
      if (s == Severity.VIOLATION) a.severity = Severity.VIOLATION;
      a.categories.add(h.entry().category().name());
    }
    for (var e : byRule.entrySet()) {
      Agg a = e.getValue();
      var b = Evidence.builder().put("hits", a.count).put("firstStart", a.first.start()).put("firstEnd", a.first.end())
          .put("termCategory", EvidenceValue.code(String.join(":", a.categories)))
          .put("lexiconVersion", EvidenceValue.code(rc.scanner().lexiconVersion()));
      if (!a.evasions.isEmpty()) {
        var names = new TreeSet<String>();
        a.evasions.forEach(x -> names.add(x.name()));
        b.put("evasions", EvidenceValue.code(String.join(":", names)));
      }
      if (strictArea) b.put("claimArea", t.category());
      rc.add(e.getKey(), Obligation.ROOM_ELEMENTS, a.severity, path, b.build());
    }
  }

  private static final class Agg {
    final TextHit first;
    int count;
    Severity severity = Severity.WARNING;
    final EnumSet<Evasion> evasions = EnumSet.noneOf(Evasion.class);
    final Set<String> categories = new TreeSet<>();

    Agg(TextHit first) {
      this.first = first;
    }
  }

  static String ruleOf(TermCategory c) {
    return switch (c) {
      case ABSOLUTE -> "TEXT.ABSOLUTE_TERM";
      case FALSE_AUTHORITY -> "TEXT.FALSE_AUTHORITY";
      case URGENCY, OFFICIAL_CLAIM, BASIS_CLAIM -> "TEXT.MISLEADING_CLAIM";
      case MEDICAL_CLAIM, FINANCE_CLAIM, EDUCATION_CLAIM -> "TEXT.SENSITIVE_CLAIM";
      case ALLOW -> throw new IllegalArgumentException("allow terms are never reported");
    };
  }

  private static boolean exempt(TextHit h, String text, @Nullable TextEvidence ev) {
    if (ev == null) return false;
    if (trademarkCovers(h, text, ev)) return true;
    return switch (h.entry().exemption()) {
      case STANDARD_GRADE -> Boolean.TRUE.equals(ev.gradeBasisProvided()) && !Texts.blank(ev.gradeStandardRef());
      case BOUNDED_FACT -> Boolean.TRUE.equals(ev.claimPeriodStated()) && Boolean.TRUE.equals(ev.claimScopeStated())
          && Boolean.TRUE.equals(ev.evidenceOnFile());
      case AUTHORIZATION -> Boolean.TRUE.equals(ev.officialAuthorizationOnFile());
      case BASIS -> Boolean.TRUE.equals(ev.evidenceOnFile());
      case NONE -> false;
    };
  }

  /** Guideline item 6(4): a verified registered trademark is not an absolute claim, inside its own span only. */
  private static boolean trademarkCovers(TextHit h, String text, TextEvidence ev) {
    String tm = ev.registeredTrademark();
    if (Texts.blank(tm) || !Boolean.TRUE.equals(ev.trademarkVerified())) return false;
    for (int at = text.indexOf(tm); at >= 0; at = text.indexOf(tm, at + 1)) {
      if (at <= h.start() && at + tm.length() >= h.end()) return true;
    }
    return false;
  }
}
