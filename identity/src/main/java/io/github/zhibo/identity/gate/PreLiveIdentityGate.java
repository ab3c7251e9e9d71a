package io.github.zhibo.identity.gate;

import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Messages;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.identity.channel.VerificationChannel;
import io.github.zhibo.identity.gate.internal.AgeRule;
import io.github.zhibo.identity.gate.internal.BarRule;
import io.github.zhibo.identity.gate.internal.DynamicCheckRule;
import io.github.zhibo.identity.gate.internal.GateFindings;
import io.github.zhibo.identity.gate.internal.LiveTiming;
import io.github.zhibo.identity.gate.internal.OperatorReportRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pre-live identity gate (直播前身份核验; draft Art. 8 ¶2; Order 117 Art. 8 ¶2–3 and Art. 28): may these
 * marketers appear in this live? For each marketer, in this order:
 *
 * <ol>
 *   <li><b>Operator's report</b> (only where the profile imposes
 *       {@link Obligation#OPERATOR_REPORTS_MARKETER_IDENTITY}, i.e. Order 117): the room operator reported
 *       this marketer's verified identity for this live, before it, with the registered document — else DENY.
 *   <li><b>Dynamic check</b> ({@link Obligation#PRE_LIVE_IDENTITY_CHECK}): a person-channel answer within
 *       {@code CoreParameters.PRE_LIVE_FRESHNESS} before the later of the start and now. MATCH passes (an INFO
 *       finding records it); MISMATCH or NOT_FOUND deny; none at all denies; a channel that cannot answer
 *       gives REVIEW, never ALLOW. Without a fresh answer the gate asks its {@link Builder#channel} if set —
 *       through the network identity channel when the marketer chose a 网号/网证.
 *   <li><b>Age</b>: under {@code CoreParameters.MIN_MARKETER_AGE} DENY; below
 *       {@code GUARDIAN_CONSENT_BELOW_AGE} DENY unless a guardian's consent is in force on the live's day;
 *       an unknown birth date gives REVIEW.
 *   <li><b>Bars</b>: the {@link BarList} (blacklists, legal bans); barred DENY, list failure REVIEW.
 * </ol>
 *
 * <p>The decision is {@link Decision#fromFindings}: any violation DENY, else any warning REVIEW, else ALLOW.
 * Each finding cites its article through the context's profile, carries the JSON path of the marketer
 * ({@code marketers[i]…}) and is emitted as a {@code FindingMade} event with the marketer's party id; a failing
 * channel or bar list is emitted as {@code ComponentFailed}. Nothing personal goes into findings or events.
 *
 * <p>The gate reads time from the context's clock and thresholds from its parameters. Immutable and
 * thread-safe if its channel and bar list are.
 */
public final class PreLiveIdentityGate implements Check<PreLiveRequest> {

  /** Rule: Order 117 — no operator's report for this marketer and live. */
  public static final String RULE_REPORT_MISSING = OperatorReportRule.MISSING;
  /** Rule: Order 117 — the report is dated after the start (or in the future). */
  public static final String RULE_REPORT_LATE = OperatorReportRule.LATE;
  /** Rule: Order 117 — the report is for another live or from another operator. */
  public static final String RULE_REPORT_WRONG_LIVE = OperatorReportRule.WRONG_LIVE;
  /** Rule: Order 117 — the reported document is not the registered one. */
  public static final String RULE_REPORT_MISMATCH = OperatorReportRule.MISMATCH;
  /** Rule (INFO): the dynamic check matched. */
  public static final String RULE_CHECK_MATCH = DynamicCheckRule.PASSED;
  /** Rule: no fresh dynamic check. */
  public static final String RULE_CHECK_MISSING = DynamicCheckRule.MISSING;
  /** Rule: the dynamic check answered MISMATCH. */
  public static final String RULE_CHECK_MISMATCH = DynamicCheckRule.MISMATCH;
  /** Rule: the dynamic check answered NOT_FOUND. */
  public static final String RULE_CHECK_NOT_FOUND = DynamicCheckRule.NOT_FOUND;
  /** Rule (WARNING): the channel could not answer. */
  public static final String RULE_CHECK_UNAVAILABLE = DynamicCheckRule.UNAVAILABLE;
  /** Rule: younger than the minimum age. */
  public static final String RULE_AGE_UNDER_MINIMUM = AgeRule.UNDER_MINIMUM;
  /** Rule: in the consent band without a guardian's consent in force. */
  public static final String RULE_AGE_CONSENT_MISSING = AgeRule.CONSENT_MISSING;
  /** Rule (INFO): in the consent band with a guardian's consent in force. */
  public static final String RULE_AGE_CONSENT_ON_FILE = AgeRule.CONSENT_ON_FILE;
  /** Rule (WARNING): the birth date is unknown. */
  public static final String RULE_AGE_UNKNOWN = AgeRule.UNKNOWN;
  /** Rule: barred by a bar list. */
  public static final String RULE_BAR_LISTED = BarRule.LISTED;
  /** Rule (WARNING): the bar list could not answer. */
  public static final String RULE_BAR_UNAVAILABLE = BarRule.UNAVAILABLE;

  private static final Messages MESSAGES = Messages.load(PreLiveIdentityGate.class, "messages");

  private final Optional<VerificationChannel> channel;
  private final BarList bars;
  private final VerificationSink sink;

  private PreLiveIdentityGate(Builder b) {
    this.channel = b.channel;
    this.bars = b.bars;
    this.sink = b.sink;
  }

  /** Starts a gate with no channel of its own and {@link BarList#none()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gate's message bundles (English and Chinese), to render its findings. */
  public static Messages messages() {
    return MESSAGES;
  }

  @Override
  public Decision check(PreLiveRequest request, CheckContext context) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(context, "context");
    var out = new GateFindings(context);
    var timing = new LiveTiming(context.clock().instant(), request.startAt());
    boolean preLiveDuty = context.profile().imposes(Obligation.PRE_LIVE_IDENTITY_CHECK);
    List<MarketerEntry> marketers = request.marketers();
    for (int i = 0; i < marketers.size(); i++) {
      MarketerEntry entry = marketers.get(i);
      String path = "marketers[" + i + "]";
      OperatorReportRule.apply(request, entry, path, timing, out);
      if (preLiveDuty) {
        DynamicCheckRule.apply(entry, path, timing, channel, sink, out);
        AgeRule.apply(entry, path, timing, out);
        BarRule.apply(request, entry, path, bars, out);
      }
    }
    return Decision.fromFindings(context.profileId(), out.all());
  }

  @Override
  public String name() {
    return "identity.preLiveIdentityGate";
  }

  @Override
  public String toString() {
    return "PreLiveIdentityGate[channel " + channel.isPresent() + "]";
  }

  /** Configures a {@link PreLiveIdentityGate}. Not thread-safe. */
  public static final class Builder {
    private Optional<VerificationChannel> channel = Optional.empty();
    private BarList bars = BarList.none();
    private VerificationSink sink = VerificationSink.none();

    private Builder() {}

    /**
     * The channel the gate uses when a marketer has no fresh dynamic check on file; typically a
     * {@code CachingChannel} over a {@code ResilientChannel}. Without one such a marketer is denied.
     */
    public Builder channel(VerificationChannel channel) {
      this.channel = Optional.of(Objects.requireNonNull(channel, "channel"));
      return this;
    }

    /** The bar list; default {@link BarList#none()}. Use {@link BarList#allOf} for several. */
    public Builder barList(BarList bars) {
      this.bars = Objects.requireNonNull(bars, "bars");
      return this;
    }

    /**
     * Where the verifications the gate makes itself go (e.g. the archive's verification history); default
     * {@link VerificationSink#none()}.
     */
    public Builder verificationSink(VerificationSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** The gate. */
    public PreLiveIdentityGate build() {
      return new PreLiveIdentityGate(this);
    }
  }
}
