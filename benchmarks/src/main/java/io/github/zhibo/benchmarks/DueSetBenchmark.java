package io.github.zhibo.benchmarks;

import io.github.zhibo.core.party.PartyId;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.schedule.DueCursor;
import io.github.zhibo.identity.schedule.DueEntry;
import io.github.zhibo.identity.schedule.DuePage;
import io.github.zhibo.identity.schedule.InMemoryDueSetStore;
import io.github.zhibo.identity.schedule.ReverificationPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The day's due set of an archive of {@code records} operators on ORDER_117's 6-month cycle (last
 * verifications spread evenly over the past 183 days, seeded), two ways: through the due-set store's ordered
 * index ({@link InMemoryDueSetStore#due}, paged as the scheduler pages it), and the naive full scan the anchor
 * of issue item 8 names — compute every record's due day, keep those due, sort. The index costs in proportion
 * to the ~1/183 of records due; the scan to the whole archive.
 *
 * <p>Full size needs a large heap (the in-memory index holds every entry): {@code java -Xmx8g -jar
 * benchmarks/target/benchmarks.jar DueSetBenchmark -p records=10000000}. Smoke run: {@code -p records=100000
 * -wi 1 -i 1 -f 1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class DueSetBenchmark {

  private static final long SEED = 20260331L;
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private static final int PAGE = 4096;

  @Param({"10000000"})
  public int records;

  private final ReverificationPolicy policy =
      ReverificationPolicy.of(RegulationProfiles.get(ProfileId.ORDER_117));
  private InMemoryDueSetStore store;
  /** The naive archive: each record's last verification as an epoch day. */
  private int[] anchors;

  /** Builds the index and the flat archive from the same seeded anchors. */
  @Setup
  public void setUp() {
    var random = new SplittableRandom(SEED);
    store = new InMemoryDueSetStore();
    anchors = new int[records];
    LocalDate oldest = AS_OF.minus(policy.interval());
    for (int i = 0; i < records; i++) {
      LocalDate anchor = oldest.plusDays(random.nextInt(183));
      anchors[i] = (int) anchor.toEpochDay();
      store.put(DueEntry.of(PartyId.of("op-" + i), ArchiveRole.OPERATOR, policy.nextDue(anchor)));
    }
  }

  /** Due entries through the ordered index, paged. Returns how many are due. */
  @Benchmark
  public int indexed() {
    int n = 0;
    DueCursor cursor = null;
    while (true) {
      DuePage page = store.due(AS_OF, cursor, PAGE);
      if (page.entries().isEmpty()) {
        return n;
      }
      n += page.entries().size();
      cursor = page.next().orElseThrow();
    }
  }

  /** The naive full scan: every record's due day, those due kept and sorted. Returns how many are due. */
  @Benchmark
  public int naiveScan() {
    List<long[]> due = new ArrayList<>();
    long asOf = AS_OF.toEpochDay();
    for (int i = 0; i < anchors.length; i++) {
      long dueOn = policy.nextDue(LocalDate.ofEpochDay(anchors[i])).toEpochDay();
      if (dueOn <= asOf) {
        due.add(new long[] {dueOn, i});
      }
    }
    long[][] sorted = due.toArray(long[][]::new);
    Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    return sorted.length;
  }
}
