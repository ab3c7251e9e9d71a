package io.github.zhibo.core.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.party.PartyRole;
import io.github.zhibo.core.time.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Profile data plus the calendar give due dates, retain-until dates and next re-verification in one call. */
class ConnectedPiecesTest {
  static final RegulationProfile ORDER = RegulationProfiles.get(ProfileId.ORDER_117);
  static final RegulationProfile DRAFT = RegulationProfiles.get(ProfileId.DRAFT_2025);

  @Test
  void workingDayDeadlines_giveTheirDueDateThroughTheCalendar() {
    var cal = WorkingDayCalendar.chinaMainland();
    // National Day 2026: Oct 1-7 off, Sat Oct 10 a make-up working day.
    assertThat(ORDER.platformChangeCheck().orElseThrow().dueDate(LocalDate.of(2026, 9, 30), cal)).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(ORDER.changeReport().dueDate(LocalDate.of(2026, 9, 30), cal)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(ORDER.platformChangeCheck().orElseThrow().anchorStated()).isFalse();
    assertThat(ORDER.changeReport().anchorStated()).isTrue();
    assertThat(ORDER.changeReport().dueDateDetailed(LocalDate.of(2026, 9, 30), cal).provisional()).isFalse();
  }

  @Test
  void retention_andReverification_useTheProfilesPeriods_monthEndClamped() {
    assertThat(ORDER.retention(RetainedRecord.MARKETER_VERIFICATION).orElseThrow().retainUntil(LocalDate.of(2024, 2, 29)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(ORDER.reverification().nextDue(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(DRAFT.reverification().nextDue(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(ORDER.reverification().covers(PartyRole.LIVE_ROOM_OPERATOR)).isTrue();
    assertThat(ORDER.reverification().covers(PartyRole.MARKETER)).isFalse();
    assertThat(DRAFT.reverification().covers(PartyRole.MARKETER)).isTrue();
  }
}
