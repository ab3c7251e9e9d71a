package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The read side tiering-like consumers use (draft Art. 13; Order 117 Art. 12 ¶3: records as compliance evidence). */
class MeasureHistoryTest {

  private static void takeOn(Fixture f, String caseRef, LocalDate day, ViolationGrade grade, Measure m) {
    f.clock.set(day);
    f.open(DisposalCase.platformFinding(caseRef, PartyId.of("op-1"), PartyRole.LIVE_ROOM_OPERATOR, grade, day));
    f.takeAllowed(caseRef, m);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORDER_117", "DRAFT_2025"})
  void history_windowAndCounts(String id) {
    var f = Fixture.of(id);
    takeOn(f, "a", LocalDate.of(2025, 3, 1), ViolationGrade.GRAVE, Measure.BLACKLIST);
    takeOn(f, "b", LocalDate.of(2025, 8, 31), ViolationGrade.MINOR, Measure.WARNING);
    takeOn(f, "c", LocalDate.of(2026, 2, 10), ViolationGrade.GENERAL, Measure.WARNING);
    takeOn(f, "d", LocalDate.of(2026, 3, 1), ViolationGrade.GENERAL, Measure.FUNCTION_LIMIT);
    MeasureHistory h = f.workflow.history();
    LocalDate asOf = LocalDate.of(2026, 3, 1);

    assertThat(h.measures(PartyId.of("op-1"))).extracting(MeasureRecord::caseRef).containsExactly("a", "b", "c", "d");
    // 12 months up to 2026-03-01: after 2025-03-01, so "a" (on that day) is out
    assertThat(h.takenWithin(PartyId.of("op-1"), 12, asOf)).extracting(MeasureRecord::caseRef)
        .containsExactly("b", "c", "d");
    assertThat(h.takenWithin(PartyId.of("op-1"), 6, asOf)).extracting(MeasureRecord::caseRef).containsExactly("c", "d");
    assertThat(h.countsByGrade(PartyId.of("op-1"), 12, asOf)).isEqualTo(Map.of(ViolationGrade.MINOR, 1L,
        ViolationGrade.GENERAL, 2L, ViolationGrade.SERIOUS, 0L, ViolationGrade.GRAVE, 0L));
    assertThat(h.countsByMeasure(PartyId.of("op-1"), 12, asOf))
        .isEqualTo(Map.of(Measure.WARNING, 2L, Measure.FUNCTION_LIMIT, 1L));
    assertThat(h.countsByGrade(PartyId.of("op-1"), 24, asOf).get(ViolationGrade.GRAVE)).isEqualTo(1L);
    assertThat(h.subjects()).containsExactly(PartyId.of("op-1"));
    assertThat(h.measures(PartyId.of("nobody"))).isEmpty();
  }

  @Test
  void history_isASnapshot_andInForceFollowsLifting() {
    var f = Fixture.of("ORDER_117");
    takeOn(f, "a", Fixture.DAY, ViolationGrade.GENERAL, Measure.WARNING);
    MeasureHistory before = f.workflow.history();
    f.workflow.lift("a.1", LiftReason.PLATFORM_DECISION, Fixture.DAY.plusDays(2));
    assertThat(before.inForceOn(PartyId.of("op-1"), Fixture.DAY.plusDays(5))).hasSize(1);
    MeasureHistory after = f.workflow.history();
    assertThat(after.inForceOn(PartyId.of("op-1"), Fixture.DAY.plusDays(1))).hasSize(1);
    assertThat(after.inForceOn(PartyId.of("op-1"), Fixture.DAY.plusDays(2))).isEmpty();
  }

  @Test
  void of_laterRecordWithSameIdReplacesEarlier_andNegativeWindowIsRejected() {
    var f = Fixture.of("DRAFT_2025");
    takeOn(f, "a", Fixture.DAY, ViolationGrade.GENERAL, Measure.WARNING);
    MeasureRecord taken = f.workflow.measures().get(0);
    MeasureRecord lifted = taken.lifted(Fixture.DAY.plusDays(1), LiftReason.PLATFORM_DECISION);
    MeasureHistory h = MeasureHistory.of(List.of(taken, lifted));
    assertThat(h.measures(PartyId.of("op-1"))).containsExactly(lifted);
    assertThatThrownBy(() -> h.takenWithin(PartyId.of("op-1"), -1, Fixture.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
