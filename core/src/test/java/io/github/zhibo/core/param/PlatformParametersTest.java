package io.github.zhibo.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.ZhiboException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlatformParametersTest {

  @Test
  void unsetParametersReadAsTheirDocumentedDefaults() {
    var p = PlatformParameters.defaults();
    assertThat(p.get(CoreParameters.PRE_LIVE_FRESHNESS)).isEqualTo(Duration.ofHours(24));
    assertThat(p.isSet(CoreParameters.PRE_LIVE_FRESHNESS)).isFalse();
    assertThat(p.describe(CoreParameters.MIN_MARKETER_AGE)).isEqualTo("identity.minMarketerAge=16 (defaults, default)");
  }

  @Test
  void settingIsCopyOnWrite_versioned_andRecordedInTheDescription() {
    var base = PlatformParameters.defaults();
    var acme = base.with("acme-2026-09", CoreParameters.PRE_LIVE_FRESHNESS, Duration.ofMinutes(30));
    assertThat(base.get(CoreParameters.PRE_LIVE_FRESHNESS)).isEqualTo(Duration.ofHours(24));
    assertThat(acme.get(CoreParameters.PRE_LIVE_FRESHNESS)).isEqualTo(Duration.ofMinutes(30));
    assertThat(acme.version()).isEqualTo("acme-2026-09");
    assertThat(acme.describe(CoreParameters.PRE_LIVE_FRESHNESS)).isEqualTo("identity.preLiveFreshness=PT30M (acme-2026-09)");
  }

  @Test
  void outOfRangeValuesAreTypedErrors() {
    assertThatThrownBy(() -> PlatformParameters.defaults().with("x", CoreParameters.MIN_MARKETER_AGE, 12))
        .isInstanceOf(ZhiboException.class).hasMessageStartingWith("ZB-CHK-0007");
    assertThatThrownBy(() -> Parameter.of("bad", Integer.class, 1, v -> true, "no dot"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parameter.of("a.b", Integer.class, -1, v -> v > 0, "invalid default"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
