package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.tiering.RiskContext;
import io.github.zhibo.tiering.RiskSignal;
import io.github.zhibo.tiering.spi.RiskModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link RiskModel}: {@code assess} answers every context with a list, never {@code null}
 * and never holding {@code null} (the responder treats either as a failed model and answers REVIEW); rooms
 * not live and rooms without features are answered too; and it is safe to call from many threads at once,
 * answering a context concurrently as it does alone when the model is deterministic ({@link
 * #deterministic()}).
 *
 * <p>Extend it and return your model from {@link #model()}. Contexts are generated from {@link #seed()} over
 * the feature names of {@link #featureNames()}; override both to use your model's own inputs.
 */
public abstract class RiskModelContract {

  /** For subclasses that supply the implementation under test. */
  protected RiskModelContract() {}

  /** The model under test. */
  protected abstract RiskModel model();

  /** The feature names the generated contexts carry (values in [0, 1]). */
  protected List<String> featureNames() {
    return List.of("falsePromotionScore", "complaintScore", "refundRate");
  }

  /** Whether the model answers the same context the same way every time (default true). */
  protected boolean deterministic() {
    return true;
  }

  /** The seed of the generated contexts. */
  protected long seed() {
    return 20260302L;
  }

  /** Generated contexts: live and not, with and without features. */
  protected List<RiskContext> contexts() {
    SplittableRandom r = new SplittableRandom(seed());
    List<RiskContext> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      PartyId room = PartyId.of("op-" + r.nextInt(1_000_000));
      if (i % 5 == 0) {
        out.add(RiskContext.of(room, r.nextBoolean()));
        continue;
      }
      Map<String, Double> features = new java.util.HashMap<>();
      for (String f : featureNames()) {
        features.put(f, r.nextDouble());
      }
      out.add(new RiskContext(room, r.nextBoolean(), features));
    }
    return out;
  }

  @Test
  void everyContextGetsAListWithoutNulls() {
    RiskModel model = model();
    for (RiskContext c : contexts()) {
      List<RiskSignal> signals = model.assess(c);
      assertThat(signals).as(c.room().value()).isNotNull().doesNotContainNull();
    }
  }

  @Test
  void concurrentCallsAnswerAsSingleCallsDo() throws InterruptedException {
    RiskModel model = model();
    List<RiskContext> contexts = contexts();
    List<List<RiskSignal>> alone = new ArrayList<>();
    for (RiskContext c : contexts) {
      alone.add(model.assess(c));
    }
    Concurrently.run(6, t -> {
      for (int i = 0; i < contexts.size(); i++) {
        List<RiskSignal> signals = model.assess(contexts.get(i));
        assertThat(signals).isNotNull().doesNotContainNull();
        if (deterministic()) {
          assertThat(signals).isEqualTo(alone.get(i));
        }
      }
      return null;
    });
  }
}
