package io.github.zhibo.disclosure;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Messages;
import io.github.zhibo.core.env.ComplianceEvent;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.time.WorkingDayCalendar;
import io.github.zhibo.disclosure.internal.RuleContext;
import io.github.zhibo.disclosure.internal.Rules;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import io.github.zhibo.disclosure.text.Lexicon;
import io.github.zhibo.disclosure.text.TextScanner;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks what a live room shows ({@link LiveRoomSnapshot}) under a regulation profile: operator
 * self-disclosure, seller disclosure and link rules, agency display (where the profile imposes it), product
 * information, price arithmetic, account and room texts, AI-persona labels. Every finding cites its article
 * through the profile and names the JSON path of the element it is about; absent sections are not checked.
 *
 * <p>Immutable and thread-safe; the text lexicon can be swapped at run time with {@link #reloadLexicon}
 * without blocking checks.
 *
 * <pre>{@code
 * PageChecker checker = PageChecker.builder().environment(env).config(DisclosureConfig.defaults()).build();
 * PageReport report = checker.report(snapshot, RegulationProfiles.get(ProfileId.ORDER_117));
 * }</pre>
 */
public final class PageChecker implements Check<LiveRoomSnapshot> {

  private static final Messages MESSAGES = Messages.load(PageChecker.class, "messages");

  private final Environment environment;
  private final DisclosureConfig config;
  private final WorkingDayCalendar calendar;
  private final TextScanner scanner;

  private PageChecker(Builder b) {
    this.environment = b.environment;
    this.config = b.config;
    this.calendar = b.calendar != null ? b.calendar : WorkingDayCalendar.chinaMainland();
    this.scanner = TextScanner.builder().lexicon(b.lexicon != null ? b.lexicon : Lexicon.bundled())
        .skipMaxGap(config.textSkipMaxGap()).pinyinMatching(config.pinyinMatching()).build();
  }

  /** A builder with {@link Environment#defaults()}, {@link DisclosureConfig#defaults()}, the bundled calendar and lexicon. */
  public static Builder builder() {
    return new Builder();
  }

  /** This module's message bundle (English and Chinese), for rendering findings. */
  public static Messages messages() {
    return MESSAGES;
  }

  /** The configuration in use. */
  public DisclosureConfig config() {
    return config;
  }

  /** The version of the text lexicon in use. */
  public String lexiconVersion() {
    return scanner.lexiconVersion();
  }

  /** Compiles {@code lexicon} and swaps it in; running checks finish with the lexicon they started with. */
  public void reloadLexicon(Lexicon lexicon) {
    scanner.reload(lexicon);
  }

  /** Checks {@code snapshot} under {@code profile}, with this checker's environment. */
  public PageReport report(LiveRoomSnapshot snapshot, RegulationProfile profile) {
    return report(snapshot, CheckContext.of(profile, environment));
  }

  /** Checks {@code snapshot} under {@code context}'s profile, clock and listener. */
  public PageReport report(LiveRoomSnapshot snapshot, CheckContext context) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(context, "context");
    String version = scanner.lexiconVersion();
    var rc = new RuleContext(context, config, calendar, scanner);
    Rules.checkAll(snapshot, rc);
    List<Finding> findings = rc.findings();
    for (Finding f : findings) {
      context.environment().emit(new ComplianceEvent.FindingMade(context.clock().instant(), context.profileId(), java.util.Optional.empty(), f));
    }
    return new PageReport(context.profileId(), version, findings);
  }

  /** {@code DENY} with any violation, {@code REVIEW} with any warning, else {@code ALLOW}. */
  @Override
  public Decision check(LiveRoomSnapshot snapshot, CheckContext context) {
    return Decision.fromFindings(context.profileId(), report(snapshot, context).findings());
  }

  /** Renders a finding's message; untrusted text never enters a template. */
  public static String message(Finding finding, Locale locale) {
    return MESSAGES.render(finding, locale);
  }

  /** Builds a {@link PageChecker}; not thread-safe. */
  public static final class Builder {
    private Environment environment = Environment.defaults();
    private DisclosureConfig config = DisclosureConfig.defaults();
    private @org.jspecify.annotations.Nullable WorkingDayCalendar calendar;
    private @org.jspecify.annotations.Nullable Lexicon lexicon;

    private Builder() {}

    /** Clock, listener and executor (default {@link Environment#defaults()}). */
    public Builder environment(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** The judgement-call settings (default {@link DisclosureConfig#defaults()}). */
    public Builder config(DisclosureConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The working-day calendar for change-report deadlines (default {@link WorkingDayCalendar#chinaMainland()}). */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** The text lexicon (default {@link Lexicon#bundled()}). */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /** The checker. */
    public PageChecker build() {
      return new PageChecker(this);
    }
  }
}
