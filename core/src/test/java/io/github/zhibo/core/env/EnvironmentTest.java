package io.github.zhibo.core.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.core.time.ChinaZone;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void defaultsAreChinasClock_noListener_andTheCommonPool() {
    var env = Environment.defaults();
    assertThat(env.clock().getZone()).isEqualTo(ChinaZone.ZONE);
    env.emit(new ComplianceEvent.ComponentFailed(Instant.EPOCH, ProfileId.ORDER_117, "x", "ZB-X-0001"));
  }

  @Test
  void emitDeliversEvents_andABrokenListenerCannotBreakTheComponent() {
    List<ComplianceEvent> seen = new ArrayList<>();
    var clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ChinaZone.ZONE);
    var env = Environment.of(clock).withListener(seen::add);
    var article = RegulationProfiles.defaultProfile().requireArticle(Obligation.DISPOSAL_SYSTEM);
    var event = new ComplianceEvent.MeasureTaken(clock.instant(), ProfileId.ORDER_117, PartyId.of("op-1"),
        Measure.WARNING, ComplianceEvent.MeasureAction.TAKEN, article);
    env.emit(event);
    assertThat(seen).containsExactly(event);

    var broken = env.withListener(e -> { throw new IllegalStateException("listener bug"); });
    broken.emit(event);   // must not throw
    assertThat(broken.clock()).isSameAs(clock);
  }
}
