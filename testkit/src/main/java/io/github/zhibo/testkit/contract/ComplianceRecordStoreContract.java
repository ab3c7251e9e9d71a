package io.github.zhibo.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.Obligation;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.tiering.MeasureRecord;
import io.github.zhibo.tiering.spi.ComplianceRecordStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of {@link ComplianceRecordStore}: {@code measuresSince} counts exactly the kept measures of
 * that room taken at or after the instant (inclusive), rooms do not mix, an unknown room has none, and
 * concurrent {@code record} calls lose nothing.
 *
 * <p>Extend it and return a new, empty store from {@link #newStore()}.
 */
public abstract class ComplianceRecordStoreContract {

  /** For subclasses that supply the implementation under test. */
  protected ComplianceRecordStoreContract() {}

  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
  private final RegulationProfile profile = RegulationProfiles.defaultProfile();

  /** A new, empty store. */
  protected abstract ComplianceRecordStore newStore();

  @Test
  void countsAreInclusiveOfTheInstantAndPerRoom() {
    ComplianceRecordStore store = newStore();
    for (int i = 0; i < 10; i++) {
      store.record(record("r-1", T0.plus(Duration.ofHours(i))));
    }
    store.record(record("r-2", T0));
    assertThat(store.measuresSince("r-1", T0)).isEqualTo(10);
    assertThat(store.measuresSince("r-1", T0.plus(Duration.ofHours(9)))).isEqualTo(1);
    assertThat(store.measuresSince("r-1", T0.plus(Duration.ofHours(9)).plusNanos(1))).isZero();
    assertThat(store.measuresSince("r-2", T0.minusSeconds(1))).isEqualTo(1);
    assertThat(store.measuresSince("r-unknown", Instant.EPOCH)).isZero();
  }

  @Test
  void concurrentRecordsLoseNothing() throws InterruptedException {
    ComplianceRecordStore store = newStore();
    Concurrently.run(4, t -> {
      for (int i = 0; i < 500; i++) {
        store.record(record("r-" + (i % 3), T0.plusSeconds(i)));
      }
      return null;
    });
    long total = 0;
    for (String room : List.of("r-0", "r-1", "r-2")) {
      total += store.measuresSince(room, T0);
    }
    assertThat(total).isEqualTo(2_000);
  }

  private MeasureRecord record(String room, Instant at) {
    Measure measure = profile.measures().get(0);
    return new MeasureRecord(room, measure, "TESTKIT_SIGNAL", at, profile.id(),
        profile.requireArticle(Obligation.TIERED_MANAGEMENT));
  }
}
