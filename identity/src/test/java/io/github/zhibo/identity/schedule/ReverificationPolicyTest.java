package io.github.zhibo.identity.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.support.Fixtures;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReverificationPolicyTest {

  private final ReverificationPolicy order = ReverificationPolicy.of(Fixtures.ORDER_117);
  private final ReverificationPolicy draft = ReverificationPolicy.of(Fixtures.DRAFT_2025);

  @Test
  void rolesCoveredAreProfileData() {
    assertThat(order.covers(ArchiveRole.OPERATOR)).isTrue();
    assertThat(order.covers(ArchiveRole.MARKETER)).isFalse();
    assertThat(draft.covers(ArchiveRole.OPERATOR)).isTrue();
    assertThat(draft.covers(ArchiveRole.MARKETER)).isTrue();
    assertThat(order.covers(ArchiveRole.SELLER)).isFalse();
    assertThat(draft.covers(ArchiveRole.SELLER)).isFalse();
    assertThat(order.dueOn(Fixtures.marketer("m-1", LocalDate.of(2025, 1, 1)))).isEmpty();
    assertThat(draft.dueOn(Fixtures.marketer("m-1", LocalDate.of(2025, 1, 1)))).contains(LocalDate.of(2025, 4, 1));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-08-31, 2026-02-28, 2025-11-30",
    "2023-08-31, 2024-02-29, 2023-11-30",
    "2025-09-30, 2026-03-30, 2025-12-30",
    "2025-11-30, 2026-05-30, 2026-02-28",
    "2025-03-01, 2025-09-01, 2025-06-01"
  })
  void dueDayIsAnchorPlusIntervalMonthEndClamped(LocalDate anchor, LocalDate orderDue, LocalDate draftDue) {
    assertThat(order.nextDue(anchor)).isEqualTo(orderDue);
    assertThat(draft.nextDue(anchor)).isEqualTo(draftDue);
  }

  @Test
  void lastVerificationWinsOverRegistration() {
    var op = Fixtures.organisation("op-1", LocalDate.of(2025, 1, 1)).verifiedOn(LocalDate.of(2025, 9, 30));
    assertThat(order.dueOn(op)).contains(LocalDate.of(2026, 3, 30));
    assertThat(order.dueItem(op, LocalDate.of(2026, 3, 29))).isEmpty();
    DueItem item = order.dueItem(op, LocalDate.of(2026, 4, 2)).orElseThrow();
    assertThat(item.overdueDays(LocalDate.of(2026, 4, 2))).isEqualTo(3);
    assertThat(item.article().toString()).isEqualTo("ORDER_117 Art. 8(1)");
  }

  @Test
  void aPlatformMayShortenButNotLengthenTheInterval() {
    assertThat(order.withInterval(Period.ofMonths(3)).nextDue(LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2025, 11, 30));
    assertThat(draft.withInterval(Period.ofDays(90)).interval()).isEqualTo(Period.ofDays(90));
    assertThatThrownBy(() -> draft.withInterval(Period.ofDays(92))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> order.withInterval(Period.ofMonths(7))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> order.withInterval(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
