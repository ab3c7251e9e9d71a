package io.github.zhibo.examples.golive;

import io.github.zhibo.blacklist.Blacklist;
import io.github.zhibo.blacklist.ScreeningOccasion;
import io.github.zhibo.blacklist.ScreeningRecord;
import io.github.zhibo.blacklist.ScreeningResult;
import io.github.zhibo.blacklist.Verdict;
import io.github.zhibo.core.check.Check;
import io.github.zhibo.core.check.CheckContext;
import io.github.zhibo.core.check.Decision;
import io.github.zhibo.core.check.Evidence;
import io.github.zhibo.core.check.EvidenceValue;
import io.github.zhibo.core.check.Finding;
import io.github.zhibo.core.check.Severity;
import io.github.zhibo.core.env.Environment;
import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.disclosure.PageChecker;
import io.github.zhibo.disclosure.model.LiveRoomSnapshot;
import io.github.zhibo.identity.gate.PreLiveIdentityGate;
import io.github.zhibo.identity.gate.PreLiveRequest;
import io.github.zhibo.tiering.LiveMonitoring;
import io.github.zhibo.tiering.MonitoringCheck;
import io.github.zhibo.tiering.TierClassifier;
import io.github.zhibo.training.TrainingGate;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The go-live components built from zhibo's modules, as a platform wires them. Each adapts a module's
 * {@code Check} to the {@link GoLiveRequest}; the platform supplies the SPI implementations (where its
 * records live) as lookups from the request's ids. A lookup or module that throws makes its component fail,
 * which the gate answers with {@code REVIEW}, never {@code ALLOW}.
 *
 * <pre>{@code
 * GoLiveGate gate = GoLiveGate.builder()
 *     .environment(env)                                  // its executor runs the components
 *     .totalDeadline(Duration.ofMillis(500))
 *     .component(GoLiveComponents.training(records, env))
 *     .component(GoLiveComponents.preLiveIdentity(identityGate, req -> preLiveRequest(req)))
 *     .component(GoLiveComponents.blacklist(blacklist, id -> screeningRecord(id)))
 *     .component(GoLiveComponents.tierScope(classifier, req -> liveMonitoring(req)))
 *     .component(GoLiveComponents.disclosure(pageChecker, req -> roomSetup(req)))
 *     .build();
 * Decision d = gate.decide(request, RegulationProfiles.defaultProfile());
 * }</pre>
 */
public final class GoLiveComponents {

  /** The training component's name; failure findings cite it. */
  public static final String TRAINING = "training";
  /** The pre-live identity component's name. */
  public static final String IDENTITY = "identity";
  /** The blacklist screening component's name. */
  public static final String BLACKLIST = "blacklist";
  /** The tier service-scope component's name. */
  public static final String TIER_SCOPE = "tier-scope";
  /** The disclosure component's name. */
  public static final String DISCLOSURE = "disclosure";
  /** Rule of a presenter or operator the blacklist blocks (identity anchor). */
  public static final String RULE_LISTED = "GOLIVE.BLACKLIST.LISTED";
  /** Rule of a presenter or operator linked to a listed subject (linked evidence: a person decides). */
  public static final String RULE_LINKED = "GOLIVE.BLACKLIST.LINKED";

  private GoLiveComponents() {}

  /**
   * The training gate (Art. 10 ¶1) over every marketer of the live, with records from {@code records}: a
   * marketer without a record is untrained, a store failure is {@code REVIEW}.
   */
  public static GoLiveComponent training(TrainingRecordSource records, Environment environment) {
    TrainingGate gate = TrainingGate.builder().environment(environment).build();
    return GoLiveComponent.adapt(TRAINING, GoLiveRequest::marketers, gate.forMarketers(records));
  }

  /** {@link #training(TrainingRecordSource, Environment)} with its own timeout. */
  public static GoLiveComponent training(TrainingRecordSource records, Environment environment, Duration timeout) {
    return training(records, environment).withTimeout(timeout);
  }

  /**
   * The identity module's pre-live gate (开播前身份核验, Art. 8 ¶3 / Art. 28 ¶2): {@code lookup} builds its
   * {@link PreLiveRequest} (marketers' registrations, the operator's report, recent dynamic checks) from the
   * platform's records.
   */
  public static GoLiveComponent preLiveIdentity(PreLiveIdentityGate gate,
      Function<? super GoLiveRequest, PreLiveRequest> lookup) {
    return GoLiveComponent.adapt(IDENTITY, lookup, Objects.requireNonNull(gate, "gate"));
  }

  /**
   * Blacklist screening (黑名单, no way back in) of the room's operator and every marketer before the live
   * ({@link ScreeningOccasion#PRE_LIVE}): {@code records} gives each party's screening record. A blocking hit
   * is a {@code VIOLATION} ({@value #RULE_LISTED}: DENY), a hit on linked evidence only a {@code WARNING}
   * ({@value #RULE_LINKED}: REVIEW). Findings hold the entry id and the verdict, no personal data.
   */
  public static GoLiveComponent blacklist(Blacklist blacklist, Function<? super PartyId, ScreeningRecord> records) {
    Objects.requireNonNull(blacklist, "blacklist");
    Objects.requireNonNull(records, "records");
    return GoLiveComponent.of(BLACKLIST, new Check<GoLiveRequest>() {
      @Override
      public Decision check(GoLiveRequest request, CheckContext ctx) {
        List<Finding> findings = new ArrayList<>();
        screen(request.roomOperator(), "roomOperator", findings, ctx);
        for (int i = 0; i < request.marketers().size(); i++) {
          screen(request.marketers().get(i), "marketers[" + i + "]", findings, ctx);
        }
        return Decision.fromFindings(ctx.profileId(), findings);
      }

      private void screen(PartyId party, String path, List<Finding> findings, CheckContext ctx) {
        ScreeningRecord record = Objects.requireNonNull(records.apply(party), "no screening record");
        ScreeningResult r = blacklist.screen(record, ScreeningOccasion.PRE_LIVE);
        if (r.verdict() == Verdict.CLEAR) {
          return;
        }
        boolean block = r.verdict() == Verdict.BLOCK;
        findings.add(ctx.finding(block ? RULE_LISTED : RULE_LINKED, Obligation.BLACKLIST,
                block ? Severity.VIOLATION : Severity.WARNING, block ? "golive.blacklist.listed" : "golive.blacklist.linked")
            .evidence(Evidence.builder().put("entryId", EvidenceValue.code(r.hits().get(0).entryId()))
                .put("verdict", EvidenceValue.of(r.verdict())).build())
            .path(path).build());
      }

      @Override
      public String name() {
        return BLACKLIST;
      }
    });
  }

  /**
   * The tiering module's service scope (分级分类, 重点监测): a key subject or a room with concentrated complaints
   * goes live only with the monitoring its tier requires. {@code lookup} gives the room's metrics and the
   * monitoring in place for this live.
   */
  public static GoLiveComponent tierScope(TierClassifier classifier,
      Function<? super GoLiveRequest, LiveMonitoring> lookup) {
    return GoLiveComponent.adapt(TIER_SCOPE, lookup, new MonitoringCheck(classifier));
  }

  /**
   * The disclosure module's page checker on the room's setup before the live (operator, agency, sellers, goods
   * and prices, texts, AI persona): {@code setup} gives the room's page as it will go live.
   */
  public static GoLiveComponent disclosure(PageChecker checker,
      Function<? super GoLiveRequest, LiveRoomSnapshot> setup) {
    return GoLiveComponent.adapt(DISCLOSURE, setup, Objects.requireNonNull(checker, "checker"));
  }
}
