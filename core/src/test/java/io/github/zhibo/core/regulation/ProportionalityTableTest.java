package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProportionalityTableTest {

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void defaultTable_isCumulative_keepsTheBlacklistForGraveCases_andUsesOnlyTheProfilesMeasures(String id) {
    var profile = RegulationProfiles.get(ProfileId.of(id));
    var table = ProportionalityTable.defaults(profile);
    ViolationGrade previous = null;
    for (ViolationGrade g : ViolationGrade.values()) {
      if (previous != null) assertThat(table.allowed(g)).containsAll(table.allowed(previous));
      previous = g;
    }
    assertThat(table.lightestGradeFor(Measure.BLACKLIST)).contains(ViolationGrade.GRAVE);
    assertThat(table.permits(ViolationGrade.MINOR, Measure.WARNING)).isTrue();
    assertThat(table.permits(ViolationGrade.MINOR, Measure.ACCOUNT_CLOSURE)).isFalse();
    assertThat(table.allowed(ViolationGrade.GRAVE)).containsAll(profile.measures());
  }

  @Test
  void measuresOfTheOtherText_andShrinkingBands_areRejected() {
    var order = RegulationProfiles.get(ProfileId.ORDER_117);
    var map = new EnumMap<ViolationGrade, Set<Measure>>(ViolationGrade.class);
    map.put(ViolationGrade.MINOR, Set.of(Measure.TEMPORARY_SUSPENSION));   // draft-only measure
    map.put(ViolationGrade.GENERAL, Set.of(Measure.TEMPORARY_SUSPENSION));
    map.put(ViolationGrade.SERIOUS, Set.of(Measure.TEMPORARY_SUSPENSION));
    map.put(ViolationGrade.GRAVE, Set.of(Measure.TEMPORARY_SUSPENSION));
    assertThatThrownBy(() -> ProportionalityTable.of(order, map)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProportionalityTable.of(order, Map.of(
        ViolationGrade.MINOR, Set.of(Measure.WARNING, Measure.FUNCTION_LIMIT), ViolationGrade.GENERAL, Set.of(Measure.WARNING),
        ViolationGrade.SERIOUS, Set.of(Measure.WARNING), ViolationGrade.GRAVE, Set.of(Measure.WARNING))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
