package io.github.zhibo.disclosure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

  @Test
  void roundTrips() {
    String json = "{\"products\":[{\"id\":\"p1\",\"name\":\"茶\",\"price\":{\"actualFen\":9900,\"history\":[]}}],"
        + "\"operator\":{\"changes\":[{\"changedOn\":\"2026-01-30\"}]},\"aiPersona\":{\"used\":true,\"labelCoverageRatio\":0.999}}";
    var s = SnapshotJson.read(json);
    var again = SnapshotJson.read(SnapshotJson.write(s));
    assertThat(again).isEqualTo(s);
    assertThat(s.products().get(0).price().history()).isEmpty();
    assertThat(s.aiPersona().labelCoverageRatio()).isEqualByComparingTo("0.999");
  }

  @Test
  void fractionalFenIsRejectedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> SnapshotJson.read("{\"products\":[{\"price\":{\"actualFen\":99.5}}]}"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("products[0].price.actualFen").hasMessageNotContaining("99.5");
  }

  @Test
  void badEnumIsRejectedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> SnapshotJson.read("{\"operator\":{\"type\":\"110105199003071234\"}}"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("operator.type").hasMessageNotContaining("110105199003071234");
  }

  @Test
  void notJsonAndDuplicateKeys() {
    assertThatThrownBy(() -> SnapshotJson.read("{\"texts\": [")).isInstanceOf(SnapshotFormatException.class);
    assertThatThrownBy(() -> SnapshotJson.read("{\"aiPersona\":{},\"aiPersona\":{}}")).isInstanceOf(SnapshotFormatException.class);
    assertThatThrownBy(() -> SnapshotJson.read("[]")).isInstanceOf(SnapshotFormatException.class);
  }

  @Test
  void toStringNeverShowsValues() {
    var s = SnapshotJson.read("{\"operator\":{\"displayed\":{\"idNumber\":\"110105199003071234\",\"contact\":\"13800138000\"}}}");
    assertThat(s.toString()).doesNotContain("110105199003071234").doesNotContain("13800138000").contains("idNumber");
  }

  @Test
  void configKeysAndDefaults() {
    var unknown = new HashSet<String>();
    var c = SnapshotJson.readConfig("{\"sellerSwitchToleranceSec\": 8, \"pinyinMatching\": true, \"somethingElse\": 1}", unknown);
    assertThat(c.sellerSwitchToleranceSec()).isEqualByComparingTo("8");
    assertThat(c.pinyinMatching()).isTrue();
    assertThat(c.textSkipMaxGap()).isEqualTo(2);
    assertThat(unknown).containsExactly("somethingElse");
    assertThatThrownBy(() -> SnapshotJson.readConfig("{\"textSkipMaxGap\": \"two\"}", unknown))
        .hasMessageContaining("textSkipMaxGap");
  }
}
