package io.github.zhibo.benchmarks;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import io.github.zhibo.core.id.OrganisationCategory;
import io.github.zhibo.core.id.ParsePolicy;
import io.github.zhibo.core.id.Province;
import io.github.zhibo.core.id.ResidentIdNumber;
import io.github.zhibo.core.id.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resident-ID and USCC validation side by side with Hutool's {@code IdcardUtil.isValidCard18} and {@code
 * CreditCodeUtil.isCreditCode}, over 1,024 valid numbers generated with a fixed seed (birth years
 * 1940–2010 across all provinces; mostly enterprise and individual-business codes, old all-digit and new
 * {@code MA...} organisation codes). Each invocation checks one number, so the score is time per number.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IdentifierBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IdentifierBenchmark {

  private static final int SIZE = 1024;
  private static final long SEED = 20261128L;
  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final String[] residentIds = new String[SIZE];
  private final String[] usccs = new String[SIZE];
  private ParsePolicy policy;
  private ParsePolicy fixedClockPolicy;
  private int next;

  /** Generates the inputs and checks that both libraries accept every one of them. */
  @Setup
  public void setUp() {
    policy = ParsePolicy.defaults(Clock.system(ZoneId.of("Asia/Shanghai")));
    // A batch job captures "today" once; this shows what the system clock read costs per number.
    fixedClockPolicy = ParsePolicy.defaults(Clock.fixed(policy.clock().instant(), policy.clock().getZone()));
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < SIZE; i++) {
      residentIds[i] = residentId(random);
      usccs[i] = uscc(random);
      if (!ResidentIdNumber.isValid(residentIds[i], policy) || !IdcardUtil.isValidCard18(residentIds[i])
          || !UnifiedSocialCreditCode.isValid(usccs[i], policy) || !CreditCodeUtil.isCreditCode(usccs[i])) {
        throw new IllegalStateException("generated input " + i + " is not valid for both libraries");
      }
    }
  }

  private static String residentId(SplittableRandom r) {
    Province[] provinces = Province.values();
    String body = String.format(Locale.ROOT, "%02d%04d%04d%02d%02d%03d",
        provinces[r.nextInt(provinces.length)].code(), 100 + r.nextInt(9000), 1940 + r.nextInt(71),
        1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
    return body + ResidentIdNumber.checkCharacter(body);
  }

  private static String uscc(SplittableRandom r) {
    int pick = r.nextInt(10);
    OrganisationCategory category = pick < 6 ? OrganisationCategory.ENTERPRISE
        : pick < 9 ? OrganisationCategory.INDIVIDUAL_BUSINESS : OrganisationCategory.PUBLIC_INSTITUTION;
    Province[] provinces = Province.values();
    StringBuilder sb = new StringBuilder(18)
        .append(category.authority().code()).append(category.code())
        .append(String.format(Locale.ROOT, "%02d%04d", provinces[r.nextInt(provinces.length)].code(),
            r.nextInt(10000)));
    if (r.nextBoolean()) {
      sb.append("MA");
      for (int i = 0; i < 6; i++) {
        sb.append(USCC_ALPHABET.charAt(r.nextInt(USCC_ALPHABET.length())));
      }
    } else {
      sb.append(String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000)));
    }
    sb.append(UnifiedSocialCreditCode.organisationCodeCheckCharacter(sb.substring(8, 16)));
    return sb.append(UnifiedSocialCreditCode.checkCharacter(sb)).toString();
  }

  private String nextResidentId() {
    return residentIds[next++ & (SIZE - 1)];
  }

  private String nextUscc() {
    return usccs[next++ & (SIZE - 1)];
  }

  @Benchmark
  public boolean residentIdIsValid() {
    return ResidentIdNumber.isValid(nextResidentId(), policy);
  }

  @Benchmark
  public ResidentIdNumber residentIdParse() {
    return ResidentIdNumber.parse(nextResidentId(), policy);
  }

  @Benchmark
  public ResidentIdNumber residentIdParseFixedClock() {
    return ResidentIdNumber.parse(nextResidentId(), fixedClockPolicy);
  }

  @Benchmark
  public boolean residentIdHutool() {
    return IdcardUtil.isValidCard18(nextResidentId());
  }

  @Benchmark
  public boolean usccIsValid() {
    return UnifiedSocialCreditCode.isValid(nextUscc(), policy);
  }

  @Benchmark
  public UnifiedSocialCreditCode usccParse() {
    return UnifiedSocialCreditCode.parse(nextUscc(), policy);
  }

  @Benchmark
  public boolean usccHutool() {
    return CreditCodeUtil.isCreditCode(nextUscc());
  }
}
