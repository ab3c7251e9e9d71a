package io.github.zhibo.benchmarks;

import io.github.zhibo.core.party.DocumentType;
import io.github.zhibo.core.party.OperatorKind;
import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfile;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.identity.archive.ArchiveRole;
import io.github.zhibo.identity.archive.RegistrationRecord;
import io.github.zhibo.identity.report.ReportSummary;
import io.github.zhibo.identity.report.SemiannualReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The January/July report of {@code rows} records (a third each registered operators, unregistered operators
 * and marketers, ORDER_117) written to CSV and streaming XLSX, end to end including the SHA-256 of every file.
 * Records are generated on the fly, as a streaming archive read would produce them, so the heap holds only what
 * the writer keeps. One invocation writes one report (single-shot); the peak heap of the invocation is printed
 * after each iteration (reset before it), so "time and peak heap" of issue item 8 come from one run.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReportExportBenchmark -p rows=1000000}; smoke run
 * {@code -p rows=10000 -wi 0 -i 1}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g",
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ReportExportBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2026, 7, 10);
  private final RegulationProfile profile = RegulationProfiles.get(ProfileId.ORDER_117);

  @Param({"1000000"})
  public int rows;

  private Path dir;

  /** A fresh output directory and a reset peak-heap counter. */
  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("zhibo-report-bench");
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Prints the iteration's peak heap and removes the files. */
  @TearDown(Level.Iteration)
  public void tearDown() throws IOException {
    long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("%n[report export] rows=%d peakHeapMiB=%d%n", rows, peak >> 20);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** Writes the report; returns the number of rows written. */
  @Benchmark
  public long export() {
    ReportSummary summary;
    try (var writer = SemiannualReportWriter.builder().profile(profile).asOf(AS_OF).directory(dir).build()) {
      for (int i = 0; i < rows; i++) {
        writer.add(record(i));
      }
      summary = writer.finish();
    }
    return summary.sections().stream().mapToLong(s -> s.rows()).sum();
  }

  private static RegistrationRecord record(int i) {
    LocalDate registered = LocalDate.of(2025, 1, 1).plusDays(i % 365);
    String id = Integer.toString(i);
    switch (i % 3) {
      case 0:
        return RegistrationRecord.builder("op-" + id, ArchiveRole.OPERATOR, registered)
            .kind(OperatorKind.ORGANIZATION).marketEntityRegistered(true).name("北京某某科技有限公司" + id)
            .id(DocumentType.USCC, "91350100M000100Y43").address("北京市朝阳区建国路" + id + "号")
            .contact("138" + String.format("%08d", i % 100_000_000)).liveAccounts(List.of("acct:" + id)).build();
      case 1:
        return RegistrationRecord.builder("np-" + id, ArchiveRole.OPERATOR, registered)
            .kind(OperatorKind.NATURAL_PERSON).name("张伟" + id).id(DocumentType.RESIDENT_ID, "11010519491231002X")
            .address("北京市海淀区中关村大街" + id + "号").contact("139" + String.format("%08d", i % 100_000_000))
            .liveAccounts(List.of("acct:" + id)).build();
      default:
        return RegistrationRecord.builder("m-" + id, ArchiveRole.MARKETER, registered)
            .name("李娜" + id).id(DocumentType.RESIDENT_ID, "11010519491231002X")
            .address("上海市浦东新区世纪大道" + id + "号").contact("137" + String.format("%08d", i % 100_000_000))
            .agency("某某传媒").qualifications(List.of("营养师")).occupation("主播").build();
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
