package io.github.zhibo.examples.golive;

import io.github.zhibo.core.env.Environment;
import io.github.zhibo.training.TrainingGate;
import io.github.zhibo.training.spi.TrainingRecordSource;
import java.time.Duration;

/**
 * The go-live components built from zhibo's modules, as a platform wires them. Each adapts a module's
 * {@code Check} to the {@link GoLiveRequest}; the platform supplies the SPI implementations (where its
 * records live). Components of other modules (pre-live identity, blacklist screening, tier scope,
 * disclosure) are added the same way with {@link GoLiveComponent#adapt}.
 *
 * <pre>{@code
 * GoLiveGate gate = GoLiveGate.builder()
 *     .environment(env)                                  // its executor runs the components
 *     .totalDeadline(Duration.ofMillis(500))
 *     .component(GoLiveComponents.training(records, env))
 *     .component(GoLiveComponent.adapt("blacklist", req -> screeningQuery(req), blacklistCheck))
 *     .build();
 * Decision d = gate.decide(request, RegulationProfiles.defaultProfile());
 * }</pre>
 */
public final class GoLiveComponents {

  /** The training component's name; failure findings cite it. */
  public static final String TRAINING = "training";

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
}
