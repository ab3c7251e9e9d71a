package io.github.zhibo.testkit.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhibo.testkit.Gen;
import io.github.zhibo.testkit.internal.IdParts;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Room metrics, the input line of {@code tiers classify} (DESIGN.md §5.3): {@code roomId}, {@code followers},
 * {@code visits30d}, {@code gmv30dFen}, {@code orders30d}, {@code categories}, {@code violations12m},
 * {@code verifiedComplaints30d}, {@code complaintRate30d}, {@code marketerInfluence} and, for some rooms,
 * {@code previousTier}. Sizes are spread over orders of magnitude (log-uniform) so that every tier of a
 * policy is reached; the figures are consistent (complaints never exceed orders, the rate is their ratio).
 * Stateless and thread-safe.
 */
public final class RoomMetricsGen {

  /** The category ids DESIGN.md §5.3 names. */
  public static final List<String> CATEGORIES = List.of("FOOD", "HEALTH_FOOD", "DRUG", "MEDICAL_DEVICE",
      "INFANT_FORMULA", "COSMETICS", "APPAREL", "ELECTRONICS", "HOME", "SERVICE");

  private RoomMetricsGen() {}

  /** Metrics as JSON objects. */
  public static Gen<ObjectNode> objects() {
    return RoomMetricsGen::metrics;
  }

  /** Metrics as JSON lines. */
  public static Gen<String> lines() {
    return JsonLines.of(objects());
  }

  private static ObjectNode metrics(RandomGenerator r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("roomId", "r-" + IdParts.digits(r, 8));
    long followers = logUniform(r, 5_000_000L);
    o.put("followers", followers);
    o.put("visits30d", logUniform(r, Math.max(1, followers * 5)));
    long orders = logUniform(r, 100_000L);
    o.put("gmv30dFen", orders * (1_000 + r.nextLong(50_000)));
    o.put("orders30d", orders);
    ArrayNode categories = o.putArray("categories");
    List<String> pool = new ArrayList<>(CATEGORIES);
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      categories.add(pool.remove(r.nextInt(pool.size())));
    }
    o.put("violations12m", r.nextInt(4) == 0 ? r.nextInt(6) : 0);
    long complaints = orders == 0 ? 0 : Math.min(orders, r.nextLong(Math.max(1, orders / 50) + 1));
    o.put("verifiedComplaints30d", complaints);
    o.put("complaintRate30d", orders == 0 ? 0.0 : (double) complaints / orders);
    o.put("marketerInfluence", Math.round(r.nextDouble() * 100) / 100.0);
    if (r.nextBoolean()) {
      o.put("previousTier", "T" + (1 + r.nextInt(4)));
    }
    return o;
  }

  /** 0 or a value spread log-uniformly over 1..max. */
  private static long logUniform(RandomGenerator r, long max) {
    if (r.nextInt(20) == 0) {
      return 0;
    }
    return Math.max(1, Math.min(max, (long) Math.exp(r.nextDouble() * Math.log(max))));
  }
}
