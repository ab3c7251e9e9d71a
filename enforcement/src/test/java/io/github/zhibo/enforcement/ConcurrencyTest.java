package io.github.zhibo.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibo.core.regulation.Measure;
import io.github.zhibo.core.regulation.ViolationGrade;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent callers see one consistent sequence: no lost measure, no duplicate id, an unbroken ledger chain. */
class ConcurrencyTest {

  @Test
  void concurrentCases_allRecorded_chainIntact() throws Exception {
    var f = Fixture.of("ORDER_117");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var tasks = new ArrayList<Callable<MeasureRecord>>();
      for (int i = 0; i < 64; i++) {
        String ref = "c" + i;
        tasks.add(() -> {
          f.notice(ref, "op-" + (ref.hashCode() & 7), ViolationGrade.GRAVE);
          MeasureRecord m = f.takeAllowed(ref, i(ref) % 2 == 0 ? Measure.WARNING : Measure.BLACKLIST);
          f.workflow.fileAppeal(m.measureId(), Fixture.DAY);
          return m;
        });
      }
      for (Future<MeasureRecord> done : pool.invokeAll(tasks)) done.get();
    } finally {
      pool.shutdown();
    }
    assertThat(f.workflow.measures()).hasSize(64).extracting(MeasureRecord::measureId).doesNotHaveDuplicates();
    assertThat(f.workflow.measures()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MeasureStatus.UNDER_APPEAL));
    // each WARNING owes 2 reports, each BLACKLIST 4
    assertThat(f.workflow.reports()).hasSize(32 * 2 + 32 * 4);
    assertThat(f.records("MEASURE_TAKEN")).hasSize(64);
    assertThat(f.ledger.verify().isOk()).isTrue();
  }

  private static int i(String ref) {
    return Integer.parseInt(ref.substring(1));
  }
}
