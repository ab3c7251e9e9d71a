package io.github.zhibo.benchmarks;

import io.github.zhibo.core.regulation.ProfileId;
import io.github.zhibo.core.regulation.RegulationProfiles;
import io.github.zhibo.tiering.RoomMetrics;
import io.github.zhibo.tiering.Tier;
import io.github.zhibo.tiering.TierClassifier;
import io.github.zhibo.tiering.TierDecision;
import io.github.zhibo.tiering.TierJson;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tier classification with the bundled default policy of each profile, over 4,096 rooms generated with a
 * fixed seed (metrics log-uniform across the default thresholds, a sixth of the rooms selling each
 * category, a quarter new rooms without history). The target is ≥ 2,000,000 classifications per
 * second per core ({@code classify}, one thread). {@code classifyToJson} adds the §5.3 output line, and
 * {@code parseClassifyFormat} is the whole per-line work of {@code tiers classify}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TierClassifierBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TierClassifierBenchmark {

  private static final int SIZE = 4096;
  private static final long SEED = 20261203L;
  private static final List<String> CATEGORIES = List.of("FOOD", "HEALTH_FOOD", "DRUG", "MEDICAL_DEVICE",
      "INFANT_FORMULA", "COSMETICS", "APPAREL", "ELECTRONICS", "HOME", "SERVICE");

  @Param({"ORDER_117", "DRAFT_2025"})
  public String profile;

  private TierClassifier classifier;
  private final RoomMetrics[] rooms = new RoomMetrics[SIZE];
  private final String[] lines = new String[SIZE];
  private int next;

  /** Builds the classifier and the rooms. */
  @Setup
  public void setUp() {
    classifier = TierClassifier.builder().profile(RegulationProfiles.get(ProfileId.of(profile))).build();
    var rnd = new SplittableRandom(SEED);
    for (int i = 0; i < SIZE; i++) {
      rooms[i] = room(rnd, i);
      lines[i] = line(rooms[i]);
    }
  }

  private static RoomMetrics room(SplittableRandom rnd, int i) {
    var cats = new java.util.ArrayList<String>();
    for (String c : CATEGORIES) {
      if (rnd.nextInt(6) == 0) cats.add(c);
    }
    return RoomMetrics.builder("room-" + i).followers(log(rnd, 8)).visits30d(log(rnd, 9)).gmv30dFen(log(rnd, 11))
        .orders30d(log(rnd, 7)).categories(cats).violations12m(rnd.nextInt(4)).measures12m(rnd.nextInt(4))
        .verifiedComplaints30d(rnd.nextInt(30)).complaintRate30d(rnd.nextDouble() * 0.03)
        .marketerInfluence(rnd.nextDouble()).previousTier(rnd.nextInt(4) == 0 ? null : Tier.of(1 + rnd.nextInt(3)))
        .previousKeySubject(rnd.nextBoolean()).build();
  }

  private static long log(SplittableRandom rnd, int decades) {
    return (long) Math.pow(10, rnd.nextDouble() * decades);
  }

  private static String line(RoomMetrics r) {
    var sb = new StringBuilder("{\"roomId\":\"").append(r.roomId()).append('"');
    sb.append(",\"followers\":").append(r.followers()).append(",\"visits30d\":").append(r.visits30d());
    sb.append(",\"gmv30dFen\":").append(r.gmv30dFen()).append(",\"orders30d\":").append(r.orders30d());
    sb.append(",\"categories\":[");
    for (int i = 0; i < r.categories().size(); i++) {
      sb.append(i > 0 ? ",\"" : "\"").append(r.categories().get(i)).append('"');
    }
    sb.append("],\"violations12m\":").append(r.violations12m()).append(",\"measures12m\":").append(r.measures12m());
    sb.append(",\"verifiedComplaints30d\":").append(r.verifiedComplaints30d());
    sb.append(",\"complaintRate30d\":").append(r.complaintRate30d());
    sb.append(",\"marketerInfluence\":").append(r.marketerInfluence());
    if (r.previousTier() != null) sb.append(",\"previousTier\":\"").append(r.previousTier()).append('"');
    return sb.append(",\"previousKeySubject\":").append(r.previousKeySubject()).append('}').toString();
  }

  private int index() {
    int i = next;
    next = (i + 1) & (SIZE - 1);
    return i;
  }

  /** One room's decision (tier, key status, reasons, monitoring). */
  @Benchmark
  public TierDecision classify() {
    return classifier.classify(rooms[index()]);
  }

  /** One room's decision as its §5.3 output line. */
  @Benchmark
  public String classifyToJson() {
    return TierJson.toJson(classifier.classify(rooms[index()]), false);
  }

  /** One input line parsed, classified and written: the per-line work of {@code tiers classify}. */
  @Benchmark
  public String parseClassifyFormat() {
    return TierJson.toJson(classifier.classify(TierJson.parseRoom(lines[index()])), false);
  }
}
