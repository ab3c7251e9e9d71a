package io.github.zhibo.enforcement;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the consumers' orders a measure affects are looked after (Order 117 Art. 23: 对受影响的消费者的相关订单处理、
 * 售后服务、消费纠纷解决等作出妥善安排，协助消费者进行维权).
 *
 * @param affectedOrders how many open orders the measure affects, 0 if none
 * @param arrangements what the platform arranged for them
 * @param planRef the platform's handling plan, a reference token, if any
 */
public record ConsumerOrders(long affectedOrders, Set<Arrangement> arrangements, Optional<String> planRef) {

  private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** One arrangement Art. 23 names. */
  public enum Arrangement {
    /** 订单处理: pending orders are fulfilled, cancelled or refunded. */
    ORDER_PROCESSING,
    /** 售后服务: after-sales service continues. */
    AFTER_SALES,
    /** 消费纠纷解决: disputes have a route. */
    DISPUTE_RESOLUTION,
    /** 协助消费者进行维权: the platform helps consumers assert their rights. */
    RIGHTS_ASSISTANCE
  }

  /** The arrangements Art. 23 lists; a measure affecting orders must cover them. */
  public static final Set<Arrangement> REQUIRED =
      Set.copyOf(EnumSet.of(Arrangement.ORDER_PROCESSING, Arrangement.AFTER_SALES, Arrangement.DISPUTE_RESOLUTION));

  /** Validates the parts. */
  public ConsumerOrders {
    if (affectedOrders < 0) throw new IllegalArgumentException("affected orders cannot be negative");
    arrangements = Set.copyOf(arrangements);
    Objects.requireNonNull(planRef, "planRef");
    planRef.ifPresent(r -> {
      if (!REF.matcher(r).matches()) {
        throw new IllegalArgumentException("a plan reference is 1-64 characters of [A-Za-z0-9._:-]");
      }
    });
  }

  /** The measure affects no consumer order. */
  public static ConsumerOrders none() {
    return new ConsumerOrders(0, Set.of(), Optional.empty());
  }

  /** {@code count} affected orders looked after by {@code arrangements} under plan {@code planRef}. */
  public static ConsumerOrders handled(long count, Set<Arrangement> arrangements, String planRef) {
    return new ConsumerOrders(count, arrangements, Optional.of(planRef));
  }

  /** Whether any order is affected. */
  public boolean affectsOrders() {
    return affectedOrders > 0;
  }

  /** The arrangements Art. 23 requires that are not in place. */
  public Set<Arrangement> missing() {
    var m = EnumSet.noneOf(Arrangement.class);
    m.addAll(REQUIRED);
    m.removeAll(arrangements);
    return Set.copyOf(m);
  }
}
