package io.github.zhibo.tiering;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One test over one {@link Metric}: {@code observed >= atLeast} for counts and decimals, presence for flags,
 * membership for categories. Hysteresis: a room that already holds what the criterion grants keeps it while
 * {@code observed >= stayAtLeast} (by default {@code atLeast × (1 − band)} of the policy).
 *
 * <p>{@link #label()} is the reason string decisions carry, e.g. {@code FOLLOWERS>=1000000},
 * {@code SERIOUS_DISHONESTY_LIST}, {@code LIFE_HEALTH_CATEGORY}, {@code CATEGORY:DRUG|MEDICAL_DEVICE}.
 * Immutable.
 *
 * @param metric what is tested
 * @param atLeast the threshold for {@code COUNT}/{@code DECIMAL} metrics (positive; whole for counts),
 *     {@code null} for flags and categories
 * @param stayAtLeast the explicit lower threshold to keep it, or {@code null} for the policy's band
 * @param categories the category ids a {@code CATEGORY} criterion names; empty otherwise
 * @param clearedByCreditRepair a flag criterion stops counting once the room's credit is repaired
 */
public record Criterion(Metric metric, @Nullable BigDecimal atLeast, @Nullable BigDecimal stayAtLeast,
    Set<String> categories, boolean clearedByCreditRepair) {

  /**
   * Validates the combination.
   *
   * @throws IllegalArgumentException if a threshold is missing, superfluous, non-positive, fractional for a
   *     count, or {@code stayAtLeast > atLeast}; or categories are given for another metric
   */
  public Criterion {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(categories, "categories");
    categories = Set.copyOf(new TreeSet<>(categories));
    boolean numeric = metric.kind() == MetricKind.COUNT || metric.kind() == MetricKind.DECIMAL;
    if (numeric) {
      if (atLeast == null) throw new IllegalArgumentException(metric + " needs atLeast");
      if (atLeast.signum() <= 0) throw new IllegalArgumentException("atLeast must be > 0");
      if (metric.kind() == MetricKind.COUNT && !isWhole(atLeast)) {
        throw new IllegalArgumentException(metric + " counts whole numbers: atLeast must be whole");
      }
      if (metric == Metric.COMPLAINT_RATE_30D && atLeast.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("a complaint rate threshold is within 0..1");
      }
      if (stayAtLeast != null && (stayAtLeast.signum() < 0 || stayAtLeast.compareTo(atLeast) > 0)) {
        throw new IllegalArgumentException("stayAtLeast must be within 0..atLeast");
      }
    } else if (atLeast != null || stayAtLeast != null) {
      throw new IllegalArgumentException(metric + " takes no threshold");
    }
    if (metric == Metric.CATEGORY && categories.isEmpty()) {
      throw new IllegalArgumentException("a CATEGORY criterion names at least one category");
    }
    if (metric != Metric.CATEGORY && !categories.isEmpty()) {
      throw new IllegalArgumentException(metric + " takes no categories");
    }
    if (clearedByCreditRepair && metric.kind() != MetricKind.FLAG) {
      throw new IllegalArgumentException("only a credit-list flag can be cleared by credit repair");
    }
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /** {@code metric >= atLeast}. */
  public static Criterion atLeast(Metric metric, long atLeast) {
    return new Criterion(metric, BigDecimal.valueOf(atLeast), null, Set.of(), false);
  }

  /** {@code metric >= atLeast} for a decimal metric, e.g. {@code "0.02"}. */
  public static Criterion atLeast(Metric metric, String atLeast) {
    return new Criterion(metric, new BigDecimal(atLeast), null, Set.of(), false);
  }

  /** A flag criterion. */
  public static Criterion flag(Metric metric, boolean clearedByCreditRepair) {
    return new Criterion(metric, null, null, Set.of(), clearedByCreditRepair);
  }

  /** Sells in one of {@code categories}. */
  public static Criterion category(Set<String> categories) {
    return new Criterion(Metric.CATEGORY, null, null, categories, false);
  }

  /** Sells goods or services concerning life and health (the policy's list). */
  public static Criterion lifeHealth() {
    return new Criterion(Metric.LIFE_HEALTH_CATEGORY, null, null, Set.of(), false);
  }

  /** The same criterion with an explicit keep threshold. */
  public Criterion withStayAtLeast(BigDecimal stay) {
    return new Criterion(metric, atLeast, stay, categories, clearedByCreditRepair);
  }

  /** The threshold, if the metric has one. */
  public Optional<BigDecimal> threshold() {
    return Optional.ofNullable(atLeast);
  }

  /** The reason string, e.g. {@code FOLLOWERS>=1000000}. */
  public String label() {
    return switch (metric.kind()) {
      case COUNT, DECIMAL -> metric.name() + ">=" + plain(Objects.requireNonNull(atLeast));
      case FLAG -> metric.name();
      case CATEGORY -> metric == Metric.CATEGORY
          ? "CATEGORY:" + String.join("|", new TreeSet<>(categories)) : metric.name();
    };
  }

  /** The keep threshold under {@code band}: explicit, or {@code atLeast × (1 − band)}; flags keep theirs. */
  public @Nullable BigDecimal keepThreshold(BigDecimal band) {
    if (atLeast == null) return null;
    if (stayAtLeast != null) return stayAtLeast;
    BigDecimal v = atLeast.multiply(BigDecimal.ONE.subtract(band));
    return metric.kind() == MetricKind.COUNT ? v.setScale(0, java.math.RoundingMode.CEILING) : v;
  }

  static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
