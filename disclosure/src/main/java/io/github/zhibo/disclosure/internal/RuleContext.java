package io.github.zhibo.disclosure.internal;

import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.regulation.ArticleRef;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.disclosure.DisclosureConfig;
import io.github.zhibo.disclosure.text.TextScanner;
import java.util.ArrayList;
import java.util.List;

/** What one snapshot check needs, and the findings it collects. One per check call; not thread-safe. */
public final class RuleContext {

  private final CheckContext ctx;
  private final DisclosureConfig config;
  private final WorkingDayCalendar calendar;
  private final TextScanner scanner;
  private final ProfileRules rules;
  private final List<Finding> findings = new ArrayList<>();

  /** A context for one check. */
  public RuleContext(CheckContext ctx, DisclosureConfig config, WorkingDayCalendar calendar, TextScanner scanner) {
    this.ctx = ctx;
    this.config = config;
    this.calendar = calendar;
    this.scanner = scanner;
    this.rules = ProfileRules.of(ctx.profile());
  }

  CheckContext check() {
    return ctx;
  }

  RegulationProfile profile() {
    return ctx.profile();
  }

  DisclosureConfig config() {
    return config;
  }

  WorkingDayCalendar calendar() {
    return calendar;
  }

  TextScanner scanner() {
    return scanner;
  }

  ProfileRules rules() {
    return rules;
  }

  /** Records a finding citing {@code obligation}'s article in this profile. */
  void add(String rule, Obligation obligation, Severity severity, String path, Evidence evidence) {
    findings.add(ctx.finding(rule, obligation, severity, Rules.messageKey(rule)).path(path).evidence(evidence).build());
  }

  void add(String rule, Obligation obligation, Severity severity, String path) {
    add(rule, obligation, severity, path, Evidence.empty());
  }

  /** Records a finding citing a finer article the profile's data names (a link-rule item, the AI-label paragraph). */
  void add(String rule, ArticleRef article, Severity severity, String path, Evidence evidence) {
    findings.add(Finding.builder(rule, ctx.profileId(), article, severity, Rules.messageKey(rule))
        .path(path).evidence(evidence).build());
  }

  /** The findings so far, in the order they were made. */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
